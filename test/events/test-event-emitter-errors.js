'use strict';
// EventEmitter: the 'error' rule, errorMonitor, argument validation,
// captureRejections.
const assert = require('assert');
const EventEmitter = require('events');
const { inspect } = require('util');

{
  // no 'error' listener: an Error is thrown as is, anything else wrapped
  const ee = new EventEmitter();
  const err = new Error('boom');
  assert.throws(() => ee.emit('error', err), (e) => e === err);
  assert.throws(() => ee.emit('error'), {
    name: 'Error', code: 'ERR_UNHANDLED_ERROR', message: 'Unhandled error. (undefined)',
  });
  for (const [value, text] of [['str', "'str'"], [{ a: 1 }, '{ a: 1 }'], [42, '42'], [null, 'null']]) {
    assert.throws(() => ee.emit('error', value), (e) => {
      assert.strictEqual(e.code, 'ERR_UNHANDLED_ERROR');
      assert.strictEqual(e.message, `Unhandled error. (${text})`);
      assert.strictEqual(e.context, value);
      assert.deepStrictEqual(Object.keys(e), ['code', 'context']);
      return true;
    });
  }
  // an emitter that never ran its constructor follows the same rule
  assert.throws(() => Object.create(EventEmitter.prototype).emit('error', 1), { code: 'ERR_UNHANDLED_ERROR' });
  // with a listener it is an ordinary event
  ee.on('error', () => {});
  assert.strictEqual(ee.emit('error', 1), true);
}

{
  // errorMonitor sees errors first, and does not count as a handler
  const ee = new EventEmitter();
  const seen = [];
  ee.on(EventEmitter.errorMonitor, (e) => seen.push(['monitor', e.message]));
  assert.throws(() => ee.emit('error', new Error('x')), /^Error: x$/);
  ee.on('error', (e) => seen.push(['handler', e.message]));
  ee.emit('error', new Error('y'));
  assert.deepStrictEqual(seen, [['monitor', 'x'], ['monitor', 'y'], ['handler', 'y']]);
  assert.strictEqual(String(EventEmitter.errorMonitor), 'Symbol(events.errorMonitor)');
}

{
  // listener and limit validation
  const ee = new EventEmitter();
  for (const m of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'off', 'removeListener']) {
    assert.throws(() => ee[m]('x', 1), {
      name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "listener" argument must be of type function. Received type number (1)',
    });
  }
  assert.throws(() => ee.setMaxListeners(-1), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => ee.setMaxListeners(NaN), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => ee.setMaxListeners('1'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "setMaxListeners" argument must be of type number. Received type string (\'1\')',
  });
  assert.throws(() => { EventEmitter.defaultMaxListeners = -1; }, {
    message: 'The value of "defaultMaxListeners" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => new EventEmitter({ captureRejections: 1 }), {
    message: 'The "options.captureRejections" property must be of type boolean. Received type number (1)',
  });
  assert.throws(() => { EventEmitter.captureRejections = 'yes'; }, {
    message: 'The "EventEmitter.captureRejections" property must be of type boolean. ' +
      "Received type string ('yes')",
  });
  assert.strictEqual(ee.setMaxListeners(3), ee);
  assert.strictEqual(ee.getMaxListeners(), 3);
  assert.strictEqual(new EventEmitter().getMaxListeners(), 10);
}

{
  // inspect shows the emitter's own fields, and its class name at depth -1
  class Foo extends EventEmitter {}
  assert.strictEqual(inspect(new Foo(), { depth: -1 }), '[Foo]');
  assert.strictEqual(inspect(new EventEmitter(), { depth: -1 }), '[EventEmitter]');
  assert.match(inspect(new EventEmitter()), /^EventEmitter {\n {2}_events: \[Object: null prototype\] {},\n {2}_eventsCount: 0,\n {2}_maxListeners: undefined,/);
}

// captureRejections: a rejected listener promise becomes an 'error' event,
// or a call of the [Symbol.for('nodejs.rejection')] method.
const steps = [];
function captured() {
  const ee = new EventEmitter({ captureRejections: true });
  const err = new Error('kaboom');
  ee.on('something', async () => { throw err; });
  ee.on('error', (e) => {
    assert.strictEqual(e, err);
    steps.push('error');
    process.nextTick(customHandler);
  });
  ee.emit('something');
}
function customHandler() {
  const ee = new EventEmitter({ captureRejections: true });
  const err = new Error('kaboom');
  ee.on('something', async () => { throw err; });
  assert.strictEqual(EventEmitter.captureRejectionSymbol, Symbol.for('nodejs.rejection'));
  ee[EventEmitter.captureRejectionSymbol] = (e, type, ...args) => {
    assert.strictEqual(e, err);
    assert.strictEqual(type, 'something');
    assert.deepStrictEqual(args, [42, 'x']);
    steps.push('custom');
    process.nextTick(globalSetting);
  };
  ee.emit('something', 42, 'x');
}
function globalSetting() {
  assert.strictEqual(EventEmitter.captureRejections, false);
  EventEmitter.captureRejections = true;
  const ee = new EventEmitter();
  EventEmitter.captureRejections = false;
  ee.on('something', () => ({ then(resolve, reject) { reject(new Error('thenable')); } }));
  ee.on('error', (e) => {
    assert.strictEqual(e.message, 'thenable');
    steps.push('global');
  });
  ee.emit('something');
}
captured();
process.on('exit', () => {
  assert.deepStrictEqual(steps, ['error', 'custom', 'global']);
});
