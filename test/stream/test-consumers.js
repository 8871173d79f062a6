'use strict';
// stream/consumers: text, json, buffer, arrayBuffer, blob.
const assert = require('assert');
const { Readable } = require('stream');
const consumers = require('stream/consumers');

(async () => {
  // a multi-byte character split across chunks
  const euro = Buffer.from('€');
  const parts = () => Readable.from([euro.subarray(0, 1), euro.subarray(1), Buffer.from('!')]);
  assert.strictEqual(await consumers.text(parts()), '€!');
  assert.deepStrictEqual(await consumers.json(Readable.from(['{"a"', ':[1]}'])), { a: [1] });
  const b = await consumers.buffer(parts());
  assert.ok(Buffer.isBuffer(b));
  assert.strictEqual(b.toString(), '€!');
  const ab = await consumers.arrayBuffer(Readable.from([Buffer.from('ab')]));
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(ab.byteLength, 2);
  const bytes = await consumers.bytes(Readable.from([Buffer.from('ab')]));
  assert.ok(bytes instanceof Uint8Array && !Buffer.isBuffer(bytes));
  assert.deepStrictEqual([...bytes], [97, 98]);
  const blob = await consumers.blob(Readable.from(['x', 'yz']));
  assert.strictEqual(blob.size, 3);
  assert.strictEqual(await blob.text(), 'xyz');
  // any async iterable works
  async function* gen() { yield 'g'; }
  assert.strictEqual(await consumers.text(gen()), 'g');
  await assert.rejects(consumers.json(Readable.from(['{'])), SyntaxError);
  assert.deepStrictEqual(Object.keys(consumers).sort(), ['arrayBuffer', 'blob', 'buffer', 'bytes', 'json', 'text']);
})().then(() => {}, (e) => { console.error(e); process.exitCode = 1; });
