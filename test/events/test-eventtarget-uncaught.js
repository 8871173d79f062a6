'use strict';
// A listener that throws, or returns a rejected promise, reports an
// 'uncaughtException' on a later tick; the other listeners still run.
const assert = require('assert');

const caught = [];
process.on('uncaughtException', (err, origin) => caught.push([err.message, origin]));
process.on('unhandledRejection', () => caught.push('unhandledRejection'));

const et = new EventTarget();
const order = [];
et.addEventListener('foo', () => { order.push(1); throw new Error('sync'); });
et.addEventListener('foo', async () => { order.push(2); throw new Error('async'); });
et.addEventListener('foo', { handleEvent() { order.push(3); throw new Error('object'); } });
et.addEventListener('foo', () => order.push(4));
assert.strictEqual(et.dispatchEvent(new Event('foo')), true);
assert.deepStrictEqual(order, [1, 2, 3, 4]);
assert.deepStrictEqual(caught, []); // not during the dispatch

const ac = new AbortController();
ac.signal.addEventListener('abort', () => { throw new Error('abort listener'); });
ac.abort();
assert.strictEqual(ac.signal.aborted, true);

setImmediate(() => {
  assert.deepStrictEqual(caught.sort(), [
    ['abort listener', 'uncaughtException'],
    ['async', 'uncaughtException'],
    ['object', 'uncaughtException'],
    ['sync', 'uncaughtException'],
  ]);
});
