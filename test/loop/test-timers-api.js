'use strict';
// The timers module and the Timeout/Immediate objects as Node shows them:
// exports, own properties and their order, methods, argument errors and
// the warnings for out-of-range delays.
const { deepStrictEqual } = require('./harness');
const timers = require('timers');
const util = require('util');

function throwsCode(fn, code, message) {
  let caught;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  deepStrictEqual(caught instanceof TypeError, true);
  deepStrictEqual([caught.code, caught.message], [code, message]);
}

// --- the module ---
deepStrictEqual(Object.keys(timers), [
  'setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'setInterval',
  'clearInterval', 'promises',
]);
deepStrictEqual(timers.promises, require('timers/promises'));
deepStrictEqual(require('node:timers'), timers);
for (const name of ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate',
  'setInterval', 'clearInterval']) {
  deepStrictEqual(globalThis[name], timers[name]);
  deepStrictEqual(Object.getOwnPropertyDescriptor(globalThis, name).enumerable, true);
}
deepStrictEqual([setTimeout.length, setInterval.length, setImmediate.length,
  clearTimeout.length, queueMicrotask.length, process.nextTick.length], [2, 2, 1, 1, 1, 1]);
deepStrictEqual(util.promisify(setTimeout), timers.promises.setTimeout);
deepStrictEqual(util.promisify(setImmediate), timers.promises.setImmediate);

// --- Timeout ---
const t = setTimeout(function cb() {}, 10, 'a', 'b');
deepStrictEqual(t.constructor.name, 'Timeout');
deepStrictEqual(Reflect.ownKeys(t).map(String), [
  '_idleTimeout', '_idlePrev', '_idleNext', '_idleStart', '_onTimeout', '_timerArgs', '_repeat',
  '_destroyed', 'Symbol(refed)', 'Symbol(kHasPrimitive)', 'Symbol(asyncId)', 'Symbol(triggerId)',
  'Symbol(kAsyncContextFrame)',
]);
deepStrictEqual([t._idleTimeout, t._repeat, t._destroyed, t._timerArgs, typeof t._idleStart],
                [10, null, false, ['a', 'b'], 'number']);
deepStrictEqual(t._idlePrev.constructor.name, 'TimersList');
const forIn = [];
for (const key in t) forIn.push(key);
deepStrictEqual(forIn, ['_idleTimeout', '_idlePrev', '_idleNext', '_idleStart', '_onTimeout',
  '_timerArgs', '_repeat', '_destroyed', 'close']);
deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(t)),
                ['constructor', 'refresh', 'unref', 'ref', 'hasRef', 'close']);
deepStrictEqual([t.hasRef(), t.unref() === t, t.hasRef(), t.ref() === t, t.hasRef()],
                [true, true, false, true, true]);
const id = +t;
deepStrictEqual([typeof id, `${t}` === String(id), t + 0 === id], ['number', true, true]);
deepStrictEqual(util.inspect(t).startsWith('Timeout {'), true);
clearTimeout(t);
deepStrictEqual([t._idleTimeout, t._destroyed, t._onTimeout, t._timerArgs, t._idleNext],
                [-1, true, undefined, undefined, null]);

const iv = setInterval(() => {}, 5.5);
deepStrictEqual([iv._idleTimeout, iv._repeat], [5.5, 5.5]);
clearInterval(iv);

// --- Immediate ---
const im = setImmediate(() => {}, 1);
deepStrictEqual(im.constructor.name, 'Immediate');
deepStrictEqual(Reflect.ownKeys(im).map(String), [
  '_idleNext', '_idlePrev', '_onImmediate', '_argv', '_destroyed', 'Symbol(refed)',
  'Symbol(asyncId)', 'Symbol(triggerId)', 'Symbol(kAsyncContextFrame)',
]);
deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(im)),
                ['constructor', 'ref', 'unref', 'hasRef']);
deepStrictEqual(Number.isNaN(+im), true);
clearImmediate(im);
deepStrictEqual([im._destroyed, im._onImmediate, im.hasRef()], [true, undefined, false]);

// --- argument errors ---
throwsCode(() => setTimeout(), 'ERR_INVALID_ARG_TYPE',
           'The "callback" argument must be of type function. Received undefined');
throwsCode(() => setInterval('code'), 'ERR_INVALID_ARG_TYPE',
           'The "callback" argument must be of type function. Received type string (\'code\')');
throwsCode(() => setImmediate(1), 'ERR_INVALID_ARG_TYPE',
           'The "callback" argument must be of type function. Received type number (1)');
throwsCode(() => process.nextTick(null), 'ERR_INVALID_ARG_TYPE',
           'The "callback" argument must be of type function. Received null');
throwsCode(() => queueMicrotask({}), 'ERR_INVALID_ARG_TYPE',
           'The "callback" argument must be of type function. Received an instance of Object');
for (const bad of [undefined, null, 1, 'x', {}]) {
  clearTimeout(bad);
  clearInterval(bad);
  clearImmediate(bad);
}

// --- delays out of range: set to 1, with Node's warnings ---
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));
const delays = [2 ** 31, -5, NaN, 'abc', -1, 2 ** 32, Infinity, -Infinity];
const made = delays.map((d) => setTimeout(() => {}, d));
deepStrictEqual(made.map((x) => x._idleTimeout), [1, 1, 1, 1, 1, 1, 1, 1]);
made.forEach(clearTimeout);
const overflowIv = setInterval(() => {}, 2 ** 31);
deepStrictEqual(overflowIv._repeat, 1);
clearInterval(overflowIv);

process.on('exit', () => {
  deepStrictEqual(warnings, [
    'TimeoutOverflowWarning: 2147483648 does not fit into a 32-bit signed integer.\n' +
      'Timeout duration was set to 1.',
    'TimeoutNegativeWarning: -5 is a negative number.\nTimeout duration was set to 1.',
    'TimeoutNaNWarning: NaN is not a number.\nTimeout duration was set to 1.',
    'TimeoutOverflowWarning: 4294967296 does not fit into a 32-bit signed integer.\n' +
      'Timeout duration was set to 1.',
    'TimeoutOverflowWarning: Infinity does not fit into a 32-bit signed integer.\n' +
      'Timeout duration was set to 1.',
    'TimeoutOverflowWarning: 2147483648 does not fit into a 32-bit signed integer.\n' +
      'Timeout duration was set to 1.',
  ]);
});
