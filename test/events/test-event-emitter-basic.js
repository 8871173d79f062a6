'use strict';
// EventEmitter: adding, emitting, removing, once, prepend, listener lists.
const assert = require('assert');
const EventEmitter = require('events');

{
  // emit calls listeners in order with the emitter as this and all arguments
  const ee = new EventEmitter();
  const calls = [];
  ee.on('x', function(a, b, c, d) { calls.push([this, a, b, c, d]); });
  ee.addListener('x', (...args) => calls.push(args.length));
  assert.strictEqual(ee.emit('x', 1, 2, 3, 4), true);
  assert.strictEqual(ee.emit('y'), false);
  assert.deepStrictEqual(calls, [[ee, 1, 2, 3, 4], 4]);
  for (let n = 0; n < 6; n++) {
    const got = [];
    const e2 = new EventEmitter();
    e2.on('n', (...a) => got.push(a.length));
    e2.on('n', (...a) => got.push(a.length));
    e2.emit('n', ...new Array(n).fill(0));
    assert.deepStrictEqual(got, [n, n]);
  }
}

{
  // once, prependListener, prependOnceListener and the once wrapper
  const ee = new EventEmitter();
  const order = [];
  const f = (v) => order.push(`once:${v}`);
  ee.once('x', f);
  ee.prependListener('x', (v) => order.push(`pre:${v}`));
  ee.prependOnceListener('x', (v) => order.push(`preonce:${v}`));
  ee.on('x', (v) => order.push(`on:${v}`));
  assert.strictEqual(ee.listenerCount('x'), 4);
  assert.strictEqual(ee.listeners('x')[2], f);
  const raw = ee.rawListeners('x')[2];
  assert.notStrictEqual(raw, f);
  assert.strictEqual(raw.listener, f);
  ee.emit('x', 1);
  ee.emit('x', 2);
  assert.deepStrictEqual(order, ['preonce:1', 'pre:1', 'once:1', 'on:1', 'pre:2', 'on:2']);
  // a once wrapper called directly runs the listener once and removes itself
  const e2 = new EventEmitter();
  e2.once('y', () => 42);
  const w = e2.rawListeners('y')[0];
  assert.strictEqual(w(), 42);
  assert.strictEqual(e2.listenerCount('y'), 0);
  assert.strictEqual(w(), undefined);
}

{
  // removeListener / off: last matching registration, by listener or once original
  const ee = new EventEmitter();
  const f = () => {};
  const g = () => {};
  ee.on('x', f).on('x', g).on('x', f);
  ee.off('x', f);
  assert.deepStrictEqual(ee.listeners('x'), [f, g]);
  ee.removeListener('x', f);
  assert.deepStrictEqual(ee.listeners('x'), [g]);
  ee.once('x', f);
  ee.removeListener('x', f);
  assert.deepStrictEqual(ee.listeners('x'), [g]);
  ee.removeListener('nothing', f);
  ee.removeListener('x', g);
  assert.deepStrictEqual(ee.eventNames(), []);
  assert.strictEqual(ee._eventsCount, 0);
}

{
  // changes made during emit take effect for the next emit only
  const ee = new EventEmitter();
  const out = [];
  const a2 = () => out.push('a2');
  const a3 = () => out.push('a3');
  const a1 = () => { out.push('a1'); ee.off('m', a2); ee.on('m', a3); };
  ee.on('m', a1);
  ee.on('m', a2);
  ee.emit('m');
  ee.emit('m');
  assert.strictEqual(out.join(), 'a1,a2,a1,a3');
  const e2 = new EventEmitter();
  const seen = [];
  e2.on('r', () => { seen.push(1); e2.removeAllListeners('r'); });
  e2.on('r', () => seen.push(2));
  e2.emit('r');
  e2.emit('r');
  assert.deepStrictEqual(seen, [1, 2]);
}

{
  // 'newListener' comes before the add, 'removeListener' after the removal
  const ee = new EventEmitter();
  const log = [];
  const f = () => {};
  ee.on('newListener', (type, l) => log.push(['new', type, l === f, ee.listenerCount(type)]));
  ee.on('removeListener', (type, l) => log.push(['rm', type, l === f, ee.listenerCount(type)]));
  ee.once('a', f);
  ee.on('a', f);
  ee.off('a', f);
  ee.emit('a');
  assert.deepStrictEqual(log, [
    ['new', 'removeListener', false, 0],
    ['new', 'a', true, 0],
    ['new', 'a', true, 1],
    ['rm', 'a', true, 1],
    ['rm', 'a', true, 0],
  ]);
}

{
  // removeAllListeners: one type, or every type with 'removeListener' last
  const ee = new EventEmitter();
  const removed = [];
  ee.on('a', () => {});
  ee.on('a', () => {});
  ee.on('b', () => {});
  ee.on('removeListener', (type) => removed.push(type));
  ee.removeAllListeners('a');
  assert.deepStrictEqual(removed, ['a', 'a']);
  assert.deepStrictEqual(ee.eventNames(), ['b', 'removeListener']);
  ee.removeAllListeners();
  assert.deepStrictEqual(removed, ['a', 'a', 'b']);
  assert.deepStrictEqual(ee.eventNames(), []);
  assert.strictEqual(ee.removeAllListeners(), ee);
}

{
  // listeners / rawListeners are copies; listenerCount with a listener
  const ee = new EventEmitter();
  const f = () => {};
  ee.on('x', f);
  ee.once('x', f);
  const l = ee.listeners('x');
  l.push(1);
  assert.strictEqual(ee.listenerCount('x'), 2);
  assert.strictEqual(ee.listenerCount('x', f), 2);
  assert.strictEqual(ee.listenerCount('x', () => {}), 0);
  assert.strictEqual(ee.listenerCount('none'), 0);
  assert.deepStrictEqual(new EventEmitter().listeners('x'), []);
}

{
  // symbols and special names as event names
  const ee = new EventEmitter();
  const s = Symbol('s');
  const got = [];
  for (const name of [s, '__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
    ee.on(name, () => got.push(name));
    ee.emit(name);
  }
  assert.deepStrictEqual(got, [s, '__proto__', 'toString', 'constructor', 'hasOwnProperty']);
  assert.deepStrictEqual(ee.eventNames(), ['__proto__', 'toString', 'constructor', 'hasOwnProperty', s]);
  ee.off('toString', ee.listeners('toString')[0]);
  assert.deepStrictEqual(ee.eventNames(), ['__proto__', 'constructor', 'hasOwnProperty', s]);
  assert.strictEqual(ee.listenerCount('__proto__'), 1);
}

{
  // subclasses and the old-style EventEmitter.call(this)
  class Sub extends EventEmitter {}
  const s = new Sub();
  let hit = 0;
  s.on('x', () => hit++);
  s.emit('x');
  function Old() { EventEmitter.call(this); }
  Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
  const o = new Old();
  o.on('x', () => hit++);
  o.emit('x');
  assert.strictEqual(hit, 2);
  // an emitter whose constructor never ran still works
  const bare = Object.create(EventEmitter.prototype);
  bare.on('x', () => hit++);
  bare.emit('x');
  assert.strictEqual(hit, 3);
  assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);
  assert.strictEqual(require('events'), EventEmitter);
}
