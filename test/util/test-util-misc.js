'use strict';
// util helpers: promisify, callbackify, deprecate, styleText, system errors,
// toUSVString, stripVTControlCharacters, isArray, debuglog (off).
const assert = require('assert');
const util = require('util');

const code = (fn) => {
  try {
    fn();
  } catch (e) {
    return e.code;
  }
  return 'no error';
};

// promisify
assert.strictEqual(code(() => util.promisify(1)), 'ERR_INVALID_ARG_TYPE');
function withCustom() {}
const custom = () => 'custom';
withCustom[util.promisify.custom] = custom;
assert.strictEqual(util.promisify(withCustom), custom);
assert.strictEqual(util.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));
withCustom[util.promisify.custom] = 1;
assert.strictEqual(code(() => util.promisify(withCustom)), 'ERR_INVALID_ARG_TYPE');
function adder(a, b, cb) { cb(null, a + b, 'ignored'); }
adder.extra = 1;
const padder = util.promisify(adder);
assert.strictEqual(padder.extra, 1);
assert.strictEqual(padder.name, 'adder');
assert.strictEqual(util.promisify(padder), padder);
const events = [];
padder(1, 2).then((v) => events.push(['sum', v]));
util.promisify((cb) => cb(new Error('e')))().catch((e) => events.push(['err', e.message]));

// callbackify
assert.strictEqual(code(() => util.callbackify('x')), 'ERR_INVALID_ARG_TYPE');
async function doubler(a) { return a * 2; }
const cbDoubler = util.callbackify(doubler);
assert.strictEqual(cbDoubler.name, 'doublerCallbackified');
assert.strictEqual(cbDoubler.length, 2);
assert.strictEqual(code(() => cbDoubler(1)), 'ERR_INVALID_ARG_TYPE');
cbDoubler(4, (err, v) => events.push(['cb', err, v]));
util.callbackify(() => Promise.reject(0))((err) => {
  events.push(['falsy', err.code, err.message, err.reason]);
});

// deprecate: once per function, once per code
const warnings = [];
process.on('warning', (w) => warnings.push([w.name, w.message, w.code]));
const dep = util.deprecate(function f(a, b) { return a + b; }, 'f is old', 'DEP_T1');
assert.strictEqual(dep.length, 2);
assert.strictEqual(dep(1, 2), 3);
dep(1, 2);
util.deprecate(() => 0, 'other', 'DEP_T1')();
util.deprecate(() => 0, 'no code')();
assert.strictEqual(code(() => util.deprecate(() => 0, 'm', 5)), 'ERR_INVALID_ARG_TYPE');
class Base {}
const DepClass = util.deprecate(Base, 'class is old', 'DEP_T2');
assert.ok(new DepClass() instanceof Base);

// styleText
assert.strictEqual(util.styleText('red', 'x', { validateStream: false }), '\u001b[31mx\u001b[39m');
assert.strictEqual(util.styleText(['bold', 'red'], 'x', { validateStream: false }),
                   '\u001b[1m\u001b[31mx\u001b[39m\u001b[22m');
assert.strictEqual(util.styleText('red', 'a\u001b[39mb', { validateStream: false }),
                   '\u001b[31ma\u001b[31mb\u001b[39m');
assert.strictEqual(util.styleText('none', 'x', { validateStream: false }), 'x');
assert.strictEqual(code(() => util.styleText('nope', 'x')), 'ERR_INVALID_ARG_VALUE');
assert.strictEqual(code(() => util.styleText('red', 5)), 'ERR_INVALID_ARG_TYPE');
assert.strictEqual(code(() => util.styleText('red', 'x', { stream: {} })), 'ERR_INVALID_ARG_TYPE');
assert.strictEqual(code(() => util.styleText('red', 'x', { validateStream: 1 })), 'ERR_INVALID_ARG_TYPE');

// system errors
assert.strictEqual(util.getSystemErrorName(-2), 'ENOENT');
assert.strictEqual(util.getSystemErrorMessage(-13), 'permission denied');
assert.strictEqual(util.getSystemErrorName(-99999), 'Unknown system error -99999');
assert.strictEqual(code(() => util.getSystemErrorName(2)), 'ERR_OUT_OF_RANGE');
assert.strictEqual(code(() => util.getSystemErrorName('x')), 'ERR_INVALID_ARG_TYPE');
const errMap = util.getSystemErrorMap();
assert.ok(errMap instanceof Map && errMap.size > 70);
assert.deepStrictEqual(errMap.get(-98), ['EADDRINUSE', 'address already in use']);

// strings
assert.strictEqual(util.toUSVString('a\ud800b\udc00'), 'a\ufffdb\ufffd');
assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), 'red');
assert.strictEqual(code(() => util.stripVTControlCharacters(1)), 'ERR_INVALID_ARG_TYPE');

// isArray (deprecated, still there), inherits
assert.strictEqual(util.isArray([]), true);
assert.strictEqual(util.isArray({}), false);
function A() {}
function B() {}
util.inherits(A, B);
assert.strictEqual(A.super_, B);
assert.ok(new A() instanceof B);
assert.strictEqual(code(() => util.inherits(A, {})), 'ERR_INVALID_ARG_TYPE');

// debuglog with NODE_DEBUG unset: off
const log = util.debuglog('nodus_test_section');
assert.strictEqual(log.enabled, false);
log('not printed');
assert.strictEqual(util.debug, util.debuglog);

assert.strictEqual(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), true);
assert.strictEqual(util.isDeepStrictEqual([1], ['1']), false);

process.on('exit', () => {
  assert.deepStrictEqual(events, [
    ['sum', 3], ['err', 'e'], ['cb', null, 8],
    ['falsy', 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value', 0],
  ]);
  assert.deepStrictEqual(warnings, [
    ['DeprecationWarning', 'f is old', 'DEP_T1'],
    ['DeprecationWarning', 'no code', undefined],
    ['DeprecationWarning', 'class is old', 'DEP_T2'],
    ['DeprecationWarning', 'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.',
     'DEP0044'],
  ]);
});
