'use strict';
// The module's shape, assert.strict, the Assert class, AssertionError's
// options and properties, and assert.ok's message read from the call site.
const assert = require('assert');
const util = require('util');

function caught(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  assert.fail('expected a throw');
}

// shape
assert.strictEqual(require('assert/strict'), assert.strict);
assert.strictEqual(assert.strict.strict, assert.strict);
assert.strictEqual(assert.strict.Assert, assert.Assert);
assert.strictEqual(assert.strict.equal, assert.strictEqual);
assert.strictEqual(assert.strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(assert.strict.notEqual, assert.notStrictEqual);
assert.strictEqual(assert.strict.notDeepEqual, assert.notDeepStrictEqual);
assert.strictEqual(assert.CallTracker, undefined);
assert.deepStrictEqual(Object.keys(assert), ['AssertionError', 'ok', 'fail', 'equal', 'notEqual',
  'deepEqual', 'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual',
  'partialDeepStrictEqual', 'match', 'doesNotMatch', 'throws', 'rejects', 'doesNotThrow',
  'doesNotReject', 'ifError', 'strict', 'Assert']);
assert.strictEqual(assert.strictEqual.name, 'strictEqual');

// missing arguments
for (const name of ['equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
  'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual']) {
  const e = caught(() => assert[name](1));
  assert.strictEqual(e.code, 'ERR_MISSING_ARGS');
  assert.strictEqual(e.message, 'The "actual" and "expected" arguments must be specified');
}

// NaN is equal to itself for equal
assert.equal(NaN, NaN);
assert.notEqual(NaN, 1);
assert.equal(1, '1');
assert.strictEqual(caught(() => assert.notEqual(NaN, NaN)).message, 'NaN != NaN');

// message arguments: Error thrown as is, non-string rejected, extras ambiguous
const own = new TypeError('own');
assert.strictEqual(caught(() => assert.strictEqual(1, 2, own)), own);
assert.strictEqual(caught(() => assert.ok(false, own)), own);
let e = caught(() => assert.strictEqual(1, 2, own, 'x'));
assert.strictEqual(e.code, 'ERR_AMBIGUOUS_ARGUMENT');
assert.strictEqual(e.message, 'The "message" argument is ambiguous. The error message was passed as error object "TypeError: own" has trailing arguments that would be ignored.');
e = caught(() => assert.strictEqual(1, 2, function f() {}, 'x'));
assert.strictEqual(e.message, 'The "message" argument is ambiguous. The error message with function "f" has trailing arguments that would be ignored.');
e = caught(() => assert.strictEqual(1, 2, 5));
assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
assert.strictEqual(e.message, 'The "message" argument must be one of type string or function. Received type number (5)');
// the message function gets actual and expected; a throwing one is ignored
e = caught(() => assert.strictEqual(1, 2, (a, b) => `${a}-${b}`));
assert.strictEqual(e.message, '1-2\n\n1 !== 2\n');
e = caught(() => assert.notStrictEqual(1, 1, () => { throw new Error(); }));
assert.strictEqual(e.message, 'Expected "actual" to be strictly unequal to: 1');

// fail
e = caught(() => assert.fail());
assert.strictEqual(e.message, 'Failed');
assert.strictEqual(e.generatedMessage, true);
assert.strictEqual(e.operator, 'fail');
assert.strictEqual(caught(() => assert.fail(own)), own);

// AssertionError
e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert.ok(e instanceof Error);
assert.strictEqual(e.name, 'AssertionError');
assert.strictEqual(e.code, 'ERR_ASSERTION');
assert.strictEqual(e.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(e.generatedMessage, true);
assert.strictEqual(e.actual, 1);
assert.strictEqual(e.expected, 2);
assert.strictEqual(e.operator, 'strictEqual');
assert.strictEqual(e.diff, 'simple');
assert.deepStrictEqual(Object.keys(e), ['generatedMessage', 'code', 'actual', 'expected', 'operator', 'diff']);
assert.strictEqual(String(e), 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n');
assert.ok(e.stack.startsWith('AssertionError [ERR_ASSERTION]: Expected values'));
assert.strictEqual(new assert.AssertionError({ actual: 1, expected: 2, operator: 'foo' }).message, '1 foo 2');
assert.strictEqual(new assert.AssertionError({ message: 'm' }).generatedMessage, false);
assert.strictEqual(new assert.AssertionError({ diff: 'full', message: 'm' }).diff, 'full');
e = caught(() => new assert.AssertionError());
assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
assert.strictEqual(e.message, 'The "options" argument must be of type object. Received undefined');
// details: one set of properties per entry
e = new assert.AssertionError({ message: 'm', details: [{ message: 'a', actual: 1, expected: 2, operator: 'x', stack: 's' }] });
assert.strictEqual(e.actual, undefined);
assert.strictEqual(e['message 0'], 'a');
assert.strictEqual(e['stack trace 0'], 's');
// the stack starts at stackStartFn's caller
function wrapper() {
  throw new assert.AssertionError({ message: 'w', stackStartFn: wrapper });
}
e = caught(() => wrapper());
assert.ok(!e.stack.split('\n')[1].includes('wrapper'));
// inspection shortens long string values
const long = new assert.AssertionError({ actual: 'a\n'.repeat(20), expected: 'b', operator: 'strictEqual', message: 'm' });
assert.ok(util.inspect(long).includes(`actual: '${'a\\n'.repeat(10)}...'`));

// the Assert class
e = caught(() => assert.Assert());
assert.strictEqual(e.code, 'ERR_CONSTRUCT_CALL_REQUIRED');
assert.strictEqual(e.message, 'Class constructor Assert cannot be invoked without `new`');
e = caught(() => new assert.Assert({ diff: 'x' }));
assert.strictEqual(e.code, 'ERR_INVALID_ARG_VALUE');
const strictA = new assert.Assert();
assert.strictEqual(strictA.AssertionError, assert.AssertionError);
assert.strictEqual(caught(() => strictA.equal(1, '1')).operator, 'strictEqual');
const looseA = new assert.Assert({ strict: false });
looseA.equal(1, '1');
looseA.deepEqual({ a: 1 }, { a: '1' });
const fullA = new assert.Assert({ diff: 'full' });
e = caught(() => fullA.deepStrictEqual(Array.from({ length: 60 }, (_, i) => i), []));
assert.strictEqual(e.diff, 'full');
// detached methods fall back to the defaults
const { strictEqual } = fullA;
assert.strictEqual(caught(() => strictEqual(1, 2)).diff, 'simple');

// ifError
assert.ifError(null);
assert.ifError(undefined);
const cause = new Error('inner');
e = caught(() => assert.ifError(cause));
assert.strictEqual(e.message, 'ifError got unwanted exception: inner');
assert.strictEqual(e.actual, cause);
assert.strictEqual(e.expected, null);
assert.strictEqual(e.operator, 'ifError');
assert.strictEqual(caught(() => assert.ifError(0)).message, 'ifError got unwanted exception: 0');
assert.strictEqual(caught(() => assert.ifError(new TypeError(''))).message, 'ifError got unwanted exception: TypeError');
// the original error's frames end the new stack
assert.ok(e.stack.endsWith(cause.stack.slice(cause.stack.indexOf('\n    at') + 1)));

// match / doesNotMatch
assert.match('abc', /b/);
assert.doesNotMatch('abc', /x/);
e = caught(() => assert.match('abc', 'b'));
assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
assert.strictEqual(e.message, 'The "regexp" argument must be an instance of RegExp. Received type string (\'b\')');
e = caught(() => assert.match('abc', /x/, 'own'));
assert.strictEqual(e.message, 'own');
assert.strictEqual(e.generatedMessage, false);

// ok: the message is the failing call's own source text
const msg = (fn) => caught(fn).message;
const head = 'The expression evaluated to a falsy value:\n\n  ';
assert.strictEqual(msg(() => assert.ok(false)), `${head}assert.ok(false)\n`);
assert.strictEqual(msg(() => assert(0)), `${head}assert(0)\n`);
assert.strictEqual(msg(() => assert['ok'](0)), `${head}assert['ok'](0)\n`);
assert.strictEqual(msg(() => assert?.ok(0)), `${head}assert?.ok(0)\n`);
assert.strictEqual(msg(() => assert.ok(typeof 123 === 'string')), `${head}assert.ok(typeof 123 === 'string')\n`);
assert.strictEqual(msg(() => { const a = assert; a.ok(null, undefined); }), `${head}a.ok(null, undefined)\n`);
assert.strictEqual(msg(() => (assert.ok(''), 1)), `${head}assert.ok('')\n`);
assert.strictEqual(msg(() => assert.ok(`a${1}b` === 'q')), `${head}assert.ok(\`a\${1}b\` === 'q')\n`);
assert.strictEqual(msg(() => assert.ok(/re/.test('x'))), `${head}assert.ok(/re/.test('x'))\n`);
assert.strictEqual(msg(() => assert.ok("\u0001" === 'x')), `${head}assert.ok("\\u0001" === 'x')\n`);
assert.strictEqual(msg(() => assert.ok(0 /* c */)), `${head}assert.ok(0 /* c */)\n`);
assert.strictEqual(msg(() => { assert.ok(0); }), `${head}assert.ok(0)\n`);
assert.strictEqual(msg(() => assert.strict.ok(0)), `${head}assert.strict.ok(0)\n`);
assert.strictEqual(msg(() => assert.strict(0)), `${head}assert.strict(0)\n`);
assert.strictEqual(msg(() => { const { ok } = assert; ok(0); }), `${head}ok(0)\n`);
assert.strictEqual(msg(() => [0].map((x) => assert.ok(x))), `${head}assert.ok(x)\n`);
assert.strictEqual(msg(() => { (0, assert.ok)(0); }), `${head}(0)\n`);
assert.strictEqual(msg(() => assert.ok(
  false)), `${head}assert.ok(\n`);
assert.strictEqual(msg(() => assert.ok(0, 'a', 'b')), 'a b');
assert.strictEqual(msg(() => assert.ok()), 'No value argument passed to `assert.ok()`');
e = caught(() => assert.ok(''));
assert.strictEqual(e.generatedMessage, true);
assert.strictEqual(e.actual, '');
assert.strictEqual(e.expected, true);
assert.strictEqual(e.operator, '==');
