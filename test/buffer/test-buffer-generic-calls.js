'use strict';
// Buffer.prototype methods called on plain Uint8Arrays and other edge
// receivers behave as Node's do.
const assert = require('assert');

const { indexOf, lastIndexOf, includes, subarray, slice, write, toString } = Buffer.prototype;
const u = Uint8Array.of(154, 3, 145, 3, 163, 3, 163, 3, 149, 3);
assert.strictEqual(includes.call(u, '\u03a3', 0, 'utf16le'), true);
assert.strictEqual(indexOf.call(u, 163), 4);
assert.strictEqual(lastIndexOf.call(u, 163), 6);
assert.throws(() => new lastIndexOf(1, 'str'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. ' +
    'Received an instance of lastIndexOf',
});

const sub = subarray.call(u, 2, 5);
assert.ok(Buffer.isBuffer(sub));
assert.deepStrictEqual([...sub], [145, 3, 163]);
assert.strictEqual(subarray.call(u, -3).length, 3);
assert.strictEqual(subarray.call(u, 'x', Infinity).length, 10);
const sl = slice.call(u, 2, 5);
assert.ok(!Buffer.isBuffer(sl));
assert.strictEqual(sl.length, 3);

const target = new Uint8Array(4);
assert.strictEqual(write.call(target, 'ab'), 2);
assert.deepStrictEqual([...target], [97, 98, 0, 0]);

const b = Buffer.from('abc');
for (const enc of [null, 0, false, '']) {
  assert.throws(() => b.toString(enc, 1, 2), { code: 'ERR_UNKNOWN_ENCODING', message: `Unknown encoding: ${enc}` });
}
assert.strictEqual(toString.call(b, undefined, 1, 2), 'b');

const ab = new ArrayBuffer(10, { maxByteLength: 20 });
const tracking = Buffer.from(ab, 1);
assert.strictEqual(tracking.length, 9);
ab.resize(15);
assert.strictEqual(tracking.length, 14);
assert.strictEqual(Buffer.from(ab, 1, 4).length, 4);
