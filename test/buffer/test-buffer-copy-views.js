'use strict';
// copy works bytewise between any typed-array views; concat ignores a
// spoofed 'length' property.
const assert = require('assert');

const x = new Uint16Array(4);
assert.strictEqual(Buffer.of(1, 2, 3, 4).copy(x), 4);
assert.deepStrictEqual([...new Uint8Array(x.buffer)], [1, 2, 3, 4, 0, 0, 0, 0]);

const dv = new DataView(new ArrayBuffer(3));
assert.strictEqual(Buffer.of(9, 8, 7, 6).copy(dv), 3);
assert.strictEqual(dv.getUint8(2), 7);

const target = Buffer.alloc(8);
assert.strictEqual(Buffer.prototype.copy.call(new Uint16Array([0x0102, 0x0304]), target, 0, 1, 3), 2);
assert.deepStrictEqual([...target.subarray(0, 2)], [0x01, 0x04]);

for (const bad of [{}, new ArrayBuffer(4)]) {
  assert.throws(() => Buffer.alloc(2).copy(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => Buffer.prototype.copy.call(bad, Buffer.alloc(2)),
                { code: 'ERR_INVALID_ARG_TYPE', message: /"source" argument/ });
}

const a = new Uint8Array([1, 2]);
Object.defineProperty(a, 'length', { get() { return 50; } });
assert.deepStrictEqual(Buffer.concat([a, new Uint8Array([3])]), Buffer.of(1, 2, 3));
