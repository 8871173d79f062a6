'use strict';
// The events module's functions over EventEmitters and EventTargets:
// getEventListeners, getMaxListeners, setMaxListeners, listenerCount,
// addAbortListener; and the module's shape.
const assert = require('assert');
const events = require('events');
const { EventEmitter } = events;

{
  const ee = new EventEmitter();
  const f = () => {};
  ee.on('x', f);
  ee.once('x', f);
  assert.deepStrictEqual(events.getEventListeners(ee, 'x'), [f, f]);
  const et = new EventTarget();
  const obj = { handleEvent() {} };
  et.addEventListener('x', f);
  et.addEventListener('x', obj);
  et.addEventListener('x', f); // duplicate: ignored
  assert.deepStrictEqual(events.getEventListeners(et, 'x'), [f, obj]);
  assert.deepStrictEqual(events.getEventListeners(et, 'y'), []);
  assert.strictEqual(events.listenerCount(ee, 'x'), 2);
  assert.strictEqual(events.listenerCount(et, 'x'), 2);
  for (const fn of ['getEventListeners', 'getMaxListeners', 'listenerCount']) {
    assert.throws(() => events[fn]({}, 'x'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. Received an instance of Object',
    });
  }
}

{
  const ee = new EventEmitter();
  const et = new EventTarget();
  const { signal } = new AbortController();
  assert.strictEqual(events.getMaxListeners(ee), 10);
  assert.strictEqual(events.getMaxListeners(et), 10);
  assert.strictEqual(events.getMaxListeners(signal), 0); // signals do not warn by default
  events.setMaxListeners(3, ee, et, signal);
  assert.strictEqual(ee.getMaxListeners(), 3);
  assert.strictEqual(events.getMaxListeners(et), 3);
  assert.strictEqual(events.getMaxListeners(signal), 3);
  assert.throws(() => events.setMaxListeners(1, {}), {
    message: 'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. ' +
      'Received an instance of Object',
  });
  assert.throws(() => events.setMaxListeners(-1), { code: 'ERR_OUT_OF_RANGE' });
  const before = events.defaultMaxListeners;
  events.setMaxListeners(7);
  assert.strictEqual(EventEmitter.defaultMaxListeners, 7);
  assert.strictEqual(new EventEmitter().getMaxListeners(), 7);
  assert.strictEqual(events.getMaxListeners(new EventTarget()), 7);
  events.setMaxListeners(before);
}

{
  // the module's own properties, in Node's order
  const names = Object.getOwnPropertyNames(events).filter((n) => n !== 'EventEmitterAsyncResource');
  assert.deepStrictEqual(names, ['length', 'name', 'prototype', 'addAbortListener', 'once', 'on',
    'getEventListeners', 'getMaxListeners', 'listenerCount', 'EventEmitter', 'usingDomains',
    'captureRejectionSymbol', 'captureRejections', 'errorMonitor', 'defaultMaxListeners',
    'kMaxEventTargetListeners', 'kMaxEventTargetListenersWarned', 'setMaxListeners', 'init']);
  assert.deepStrictEqual(Object.getOwnPropertyNames(EventEmitter.prototype), ['constructor', '_events',
    '_eventsCount', '_maxListeners', 'setMaxListeners', 'getMaxListeners', 'emit', 'addListener', 'on',
    'prependListener', 'once', 'prependOnceListener', 'removeListener', 'off', 'removeAllListeners',
    'listeners', 'rawListeners', 'listenerCount', 'eventNames']);
  assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
  assert.strictEqual(EventEmitter.prototype.off, EventEmitter.prototype.removeListener);
  assert.strictEqual(Object.getOwnPropertyDescriptor(events, 'kMaxEventTargetListeners').enumerable, false);
  assert.strictEqual(events.usingDomains, false);
  assert.strictEqual(EventEmitter.length, 1);
}

{
  // addAbortListener: validation, runs once, resists stopImmediatePropagation, disposable
  assert.throws(() => events.addAbortListener(), {
    message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
  });
  assert.throws(() => events.addAbortListener(null, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => events.addAbortListener({}, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => events.addAbortListener(new AbortController().signal, {}), {
    message: 'The "listener" argument must be of type function. Received an instance of Object',
  });
  const ac = new AbortController();
  ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
  const seen = [];
  const d = events.addAbortListener(ac.signal, (e) => seen.push(e.type));
  assert.strictEqual(Object.getPrototypeOf(d), null);
  ac.abort();
  ac.abort();
  assert.deepStrictEqual(seen, ['abort']);
  const ac2 = new AbortController();
  const d2 = events.addAbortListener(ac2.signal, () => seen.push('no'));
  const dispose = d2[Reflect.ownKeys(d2)[0]];
  dispose.call(d2);
  ac2.abort();
  // an aborted signal runs the listener on a microtask
  let sync = true;
  events.addAbortListener(AbortSignal.abort(), () => seen.push(sync ? 'sync' : 'async'));
  sync = false;
  setImmediate(() => assert.deepStrictEqual(seen, ['abort', 'async']));
}
