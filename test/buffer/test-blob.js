'use strict';
// Blob and File: contents, type, slicing, the promise readers, validation.
const assert = require('assert');
const { Blob, File, resolveObjectURL } = require('buffer');
const util = require('util');

(async () => {
  const b = new Blob(['ab', new Uint8Array([99]), new Blob(['d']), 5], { type: 'Text/Plain' });
  assert.strictEqual(b.size, 5);
  assert.strictEqual(b.type, 'text/plain');
  assert.strictEqual(await b.text(), 'abcd5');
  assert.strictEqual(Object.prototype.toString.call(b), '[object Blob]');
  assert.strictEqual(util.inspect(b), "Blob { size: 5, type: 'text/plain' }");

  const s = b.slice(1, -1, 'X/Y');
  assert.strictEqual(s.type, 'x/y');
  assert.strictEqual(await s.text(), 'bcd');
  assert.strictEqual(b.slice(-2).size, 2);
  assert.strictEqual(b.slice(4, 2).size, 0);
  assert.strictEqual(b.slice().type, '');

  assert.strictEqual(await new Blob(['\ufeffhi']).text(), 'hi');
  assert.strictEqual(new Blob(['a'], { type: 'é' }).type, '');
  assert.deepStrictEqual(await new Blob(['\ud800']).bytes(), new Uint8Array([0xef, 0xbf, 0xbd]));
  const ab = await new Blob(['xy']).arrayBuffer();
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [120, 121]);
  assert.strictEqual(new Blob(['a\r\nb'], { endings: 'native' }).size, 3);
  assert.strictEqual(new Blob(['a\r\nb']).size, 4);

  // the bytes are copied in: later changes to the source do not show
  const src = new Uint8Array([1, 2]);
  const copied = new Blob([src]);
  src[0] = 9;
  assert.deepStrictEqual(await copied.bytes(), new Uint8Array([1, 2]));

  assert.throws(() => new Blob('ab'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new Blob([], 1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new Blob([], { endings: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => Blob.prototype.size, { code: 'ERR_INVALID_THIS' });
  await assert.rejects(Blob.prototype.text.call({}), { code: 'ERR_INVALID_THIS' });

  const f = new File(['ab'], 'f.txt', { lastModified: 5, type: 'A' });
  assert.ok(f instanceof Blob);
  assert.strictEqual(f.name, 'f.txt');
  assert.strictEqual(f.lastModified, 5);
  assert.strictEqual(f.type, 'a');
  assert.strictEqual(await f.text(), 'ab');
  assert.strictEqual(Object.prototype.toString.call(f), '[object File]');
  assert.strictEqual(util.inspect(f), "File { size: 2, type: 'a', name: 'f.txt', lastModified: 5 }");
  assert.strictEqual(new File([], 'x', { lastModified: 'q' }).lastModified, 0);
  assert.ok(Math.abs(new File([], 'x').lastModified - Date.now()) < 10000);
  assert.throws(() => new File([]), { code: 'ERR_MISSING_ARGS' });

  assert.strictEqual(resolveObjectURL('blob:nodedata:nope'), undefined);
  assert.strictEqual(resolveObjectURL(1), undefined);
})().then(() => {}, (err) => {
  console.error(err);
  process.exitCode = 1;
});
