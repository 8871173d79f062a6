'use strict';
// The MaxListenersExceededWarning: its text, its fields, once per array.
const assert = require('assert');
const EventEmitter = require('events');

const warnings = [];
process.on('warning', (w) => warnings.push(w));
const f = () => {};

const e1 = new EventEmitter();
for (let i = 0; i < 12; i++) e1.on('foo', f); // one warning at 11, none at 12
class Foo extends EventEmitter {}
const e2 = new Foo();
const sym = Symbol('sym');
for (let i = 0; i < 11; i++) e2.on(sym, f);
const e3 = new EventEmitter();
e3.setMaxListeners(1);
e3.on(null, f);
e3.prependListener(null, f);
const e4 = new EventEmitter();
e4.setMaxListeners(0); // no limit
for (let i = 0; i < 20; i++) e4.on('many', f);
const e5 = new EventEmitter();
EventEmitter.setMaxListeners(2, e5);
assert.strictEqual(e5.getMaxListeners(), 2);
for (let i = 0; i < 3; i++) e5.once('o', f);

setImmediate(() => {
  const tail = 'Use emitter.setMaxListeners() to increase limit';
  assert.deepStrictEqual(warnings.map((w) => w.message), [
    `Possible EventEmitter memory leak detected. 11 foo listeners added to [EventEmitter]. MaxListeners is 10. ${tail}`,
    `Possible EventEmitter memory leak detected. 11 Symbol(sym) listeners added to [Foo]. MaxListeners is 10. ${tail}`,
    `Possible EventEmitter memory leak detected. 2 null listeners added to [EventEmitter]. MaxListeners is 1. ${tail}`,
    `Possible EventEmitter memory leak detected. 3 o listeners added to [EventEmitter]. MaxListeners is 2. ${tail}`,
  ]);
  const w = warnings[0];
  assert.strictEqual(w.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w.emitter, e1);
  assert.strictEqual(w.type, 'foo');
  assert.strictEqual(w.count, 11);
  assert.deepStrictEqual(Object.keys(w), ['name', 'emitter', 'type', 'count']);
  assert.strictEqual(warnings[1].type, sym);
  assert.ok(w instanceof Error);
});
