'use strict';
// throws / doesNotThrow / rejects / doesNotReject: matching by class,
// RegExp, validation object and function; messages; argument errors.
const assert = require('assert');

function messageOf(fn) {
  try {
    fn();
  } catch (e) {
    return [e.code, e.message];
  }
  return 'no throw';
}

class MyError extends Error {}

assert.throws(() => { throw new TypeError('x'); }, TypeError);
assert.throws(() => { throw new TypeError('x'); }, Error);
assert.throws(() => { throw new TypeError('wrong value'); }, /wrong/);
assert.throws(() => { throw new TypeError('x'); }, { name: 'TypeError', message: 'x' });
assert.throws(() => { throw new TypeError('abc'); }, { message: /b/ });
assert.throws(() => { throw new MyError('m'); }, (e) => e instanceof MyError);
assert.throws(() => { throw Object.assign(new Error('e'), { code: 'C', info: { a: [1] } }); },
  { code: 'C', info: { a: [1] } });
assert.throws(() => { throw new Error('e'); }, new Error('e'));

assert.deepStrictEqual(messageOf(() => assert.throws(() => {})),
  ['ERR_ASSERTION', 'Missing expected exception.']);
assert.deepStrictEqual(messageOf(() => assert.throws(() => {}, TypeError, 'mm')),
  ['ERR_ASSERTION', 'Missing expected exception (TypeError): mm']);
assert.deepStrictEqual(messageOf(() => assert.throws(() => {}, 'abc')),
  ['ERR_ASSERTION', 'Missing expected exception: abc']);
assert.deepStrictEqual(messageOf(() => assert.throws(() => { throw new Error('q'); }, TypeError)),
  ['ERR_ASSERTION', 'The error is expected to be an instance of "TypeError". Received "Error"\n\nError message:\n\nq']);
assert.deepStrictEqual(messageOf(() => assert.throws(() => { throw 5; }, TypeError)),
  ['ERR_ASSERTION', 'The error is expected to be an instance of "TypeError". Received "5"']);
assert.deepStrictEqual(messageOf(() => assert.throws(() => { throw new Error('q'); }, () => false)),
  ['ERR_ASSERTION', 'The validation function is expected to return "true". Received false\n\nCaught error:\n\nError: q']);
assert.deepStrictEqual(messageOf(() => assert.throws(() => { throw new Error('q'); }, { message: 'r' })),
  ['ERR_ASSERTION', 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: \'q\'\n-   message: \'r\'\n  }\n']);
assert.deepStrictEqual(messageOf(() => assert.throws(() => { throw new Error('q'); }, /x/)),
  ['ERR_ASSERTION', "The input did not match the regular expression /x/. Input:\n\n'Error: q'\n"]);

// the failed validation keeps the real values on the error
const err = new Error('q');
try {
  assert.throws(() => { throw err; }, { message: 'r' });
} catch (e) {
  assert.strictEqual(e.actual, err);
  assert.deepStrictEqual(e.expected, { message: 'r' });
  assert.strictEqual(e.operator, 'throws');
}

// bad arguments
assert.deepStrictEqual(messageOf(() => assert.throws(1)),
  ['ERR_INVALID_ARG_TYPE', 'The "fn" argument must be of type function. Received type number (1)']);
assert.deepStrictEqual(messageOf(() => assert.throws(() => {}, 1)),
  ['ERR_INVALID_ARG_TYPE', 'The "error" argument must be of type function or an instance of Error, RegExp, or Object. Received type number (1)']);
assert.deepStrictEqual(messageOf(() => assert.throws(() => {}, 'abc', 'abc')),
  ['ERR_INVALID_ARG_TYPE', 'The "error" argument must be of type function or an instance of Error, RegExp, or Object. Received type string (\'abc\')']);
assert.deepStrictEqual(messageOf(() => assert.throws(() => { throw new Error('abc'); }, 'abc')),
  ['ERR_AMBIGUOUS_ARGUMENT', 'The "error/message" argument is ambiguous. The error message "abc" is identical to the message.']);
assert.deepStrictEqual(messageOf(() => assert.throws(() => { throw new Error('x'); }, {})),
  ['ERR_INVALID_ARG_VALUE', "The argument 'error' may not be an empty object. Received {}"]);

// doesNotThrow
assert.doesNotThrow(() => {});
assert.deepStrictEqual(messageOf(() => assert.doesNotThrow(() => { throw new Error('q'); })),
  ['ERR_ASSERTION', 'Got unwanted exception.\nActual message: "q"']);
assert.deepStrictEqual(messageOf(() => assert.doesNotThrow(() => { throw new TypeError('x'); }, TypeError, 'msg')),
  ['ERR_ASSERTION', 'Got unwanted exception: msg\nActual message: "x"']);
assert.deepStrictEqual(messageOf(() => assert.doesNotThrow(() => { throw new TypeError('x'); }, 'mm')),
  ['ERR_ASSERTION', 'Got unwanted exception: mm\nActual message: "x"']);
// an error of another kind is rethrown as it is
assert.deepStrictEqual(messageOf(() => assert.doesNotThrow(() => { throw new TypeError('x'); }, RangeError)),
  [undefined, 'x']);

// rejects / doesNotReject
(async () => {
  await assert.rejects(Promise.reject(new TypeError('r')), TypeError);
  await assert.rejects(async () => { throw new Error('r'); }, { message: 'r' });
  await assert.doesNotReject(Promise.resolve(1));
  await assert.doesNotReject(async () => {});
  await assert.rejects(assert.rejects(Promise.resolve()), {
    code: 'ERR_ASSERTION', message: 'Missing expected rejection.',
  });
  await assert.rejects(assert.doesNotReject(Promise.reject(new Error('z'))), {
    message: 'Got unwanted rejection.\nActual message: "z"', operator: 'doesNotReject',
  });
  await assert.rejects(assert.rejects(() => 5), {
    code: 'ERR_INVALID_RETURN_VALUE',
    message: 'Expected instance of Promise to be returned from the "promiseFn" function but got type number (5).',
  });
  await assert.rejects(assert.rejects(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "promiseFn" argument must be of type function or an instance of Promise. Received type number (5)',
  });
  // a thenable with catch counts as a promise
  await assert.rejects({ then(_, rej) { rej(new Error('t')); }, catch() {} }, /t/);
})().then(() => { process.exitCode = 0; }, (e) => { console.error(e); process.exitCode = 1; });
