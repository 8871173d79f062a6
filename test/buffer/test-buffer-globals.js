'use strict';
// The buffer and encoding globals exist with Node's property attributes.
const assert = require('assert');
const buffer = require('buffer');

function attrs(name) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  return ['get' in d ? 'accessor' : 'data', d.enumerable, d.configurable, d.writable].join(' ');
}

assert.strictEqual(attrs('Buffer'), 'accessor false true ');
assert.strictEqual(attrs('atob'), 'data true true true');
assert.strictEqual(attrs('btoa'), 'data true true true');
for (const name of ['Blob', 'File', 'TextEncoder', 'TextDecoder']) {
  assert.strictEqual(typeof globalThis[name], 'function', name);
  assert.strictEqual(attrs(name), 'data false true true', name);
}
assert.strictEqual(Buffer, buffer.Buffer);
assert.strictEqual(atob, buffer.atob);
assert.strictEqual(btoa, buffer.btoa);
assert.strictEqual(Blob, buffer.Blob);
assert.strictEqual(File, buffer.File);
assert.ok(!Object.keys(globalThis).includes('Buffer'));

// assigning the Buffer global keeps the accessor and the new value
const saved = Buffer;
globalThis.Buffer = 5;
assert.strictEqual(Buffer, 5);
assert.strictEqual(attrs('Buffer'), 'accessor false true ');
globalThis.Buffer = saved;

// Buffer.prototype[util.inspect.custom] drives util.inspect and console.log
const util = require('util');
assert.strictEqual(Buffer.prototype[util.inspect.custom], Buffer.prototype.inspect);
assert.strictEqual(util.inspect(Buffer.from('hi')), '<Buffer 68 69>');
buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(util.inspect(Buffer.from('abcd')), '<Buffer 61 62 ... 2 more bytes>');
assert.throws(() => { buffer.INSPECT_MAX_BYTES = -1; }, { code: 'ERR_OUT_OF_RANGE' });
buffer.INSPECT_MAX_BYTES = 50;

// pooling: small allocations share one pool, large ones do not
assert.strictEqual(Buffer.poolSize, 64 * 1024);
const a = Buffer.allocUnsafe(10);
const b = Buffer.allocUnsafe(10);
assert.strictEqual(a.buffer, b.buffer);
assert.strictEqual(b.byteOffset % 8, 0);
assert.notStrictEqual(Buffer.allocUnsafeSlow(10).buffer, a.buffer);
assert.strictEqual(Buffer.allocUnsafe(40000).buffer.byteLength, 40000);
assert.strictEqual(Buffer.from('abc').buffer, Buffer.from('de').buffer);
assert.strictEqual(Buffer.alloc(10).buffer.byteLength, 10);
