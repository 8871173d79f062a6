'use strict';
// The stream module's shape: exports, aliases, the default highWaterMark
// helpers, the state predicates, the ESM named exports, and error texts.
const assert = require('assert');
const stream = require('stream');
const { spawnSync } = require('child_process');

assert.strictEqual(require('node:stream'), stream);
assert.strictEqual(stream.Stream, stream);
assert.strictEqual(stream.promises, require('stream/promises'));
assert.strictEqual(typeof stream, 'function');
assert.ok(new stream.Readable() instanceof stream);
for (const name of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline',
  'finished', 'compose', 'duplexPair', 'addAbortSignal', 'destroy', 'isReadable',
  'isWritable', 'isErrored', 'isDisturbed', 'isDestroyed']) {
  assert.strictEqual(typeof stream[name], 'function', name);
}

// default highWaterMark
assert.strictEqual(stream.getDefaultHighWaterMark(false), 65536);
assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
stream.setDefaultHighWaterMark(false, 1024);
assert.strictEqual(new stream.Writable().writableHighWaterMark, 1024);
stream.setDefaultHighWaterMark(false, 65536);
assert.throws(() => stream.setDefaultHighWaterMark(false, -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new stream.Readable({ highWaterMark: -1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.highWaterMark' is invalid. Received -1",
});

// predicates
{
  const r = new stream.Readable({ read() {} });
  assert.strictEqual(stream.isReadable(r), true);
  assert.strictEqual(stream.isWritable(r), null);
  assert.strictEqual(stream.isDisturbed(r), false);
  r.push('x');
  r.read();
  assert.strictEqual(stream.isDisturbed(r), true);
  r.on('error', () => assert.strictEqual(stream.isErrored(r), true));
  r.destroy(new Error('e'));
  assert.strictEqual(stream.isDestroyed(r), true);
  // errored once 'error' went out
  assert.strictEqual(stream.isErrored(r), false);
  assert.strictEqual(stream.isReadable(r), false);
  // the well-known symbol marks a stream destroyed
  const fake = new stream.Writable();
  fake[Symbol.for('nodejs.stream.destroyed')] = true;
  assert.strictEqual(stream.isDestroyed(fake), true);
}

// addAbortSignal destroys with an AbortError
{
  const ac = new AbortController();
  const r = stream.addAbortSignal(ac.signal, new stream.Readable({ read() {} }));
  r.on('error', (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
  });
  ac.abort();
  assert.throws(() => stream.addAbortSignal('x', r), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => stream.addAbortSignal(ac.signal, {}), { code: 'ERR_INVALID_ARG_TYPE' });
}

// legacy Stream#pipe
{
  const src = new stream.Stream();
  src.readable = true;
  const got = [];
  const dst = new stream.Writable({ write(c, e, cb) { got.push(String(c)); cb(); } });
  src.pipe(dst);
  src.emit('data', 'a');
  src.emit('end');
  dst.on('finish', () => assert.deepStrictEqual(got, ['a']));
}

// ESM named exports
{
  const code = "import { Readable, pipeline } from 'node:stream';" +
    "import def from 'stream';" +
    "import { pipeline as p } from 'stream/promises';" +
    "import { text } from 'node:stream/consumers';" +
    "console.log(typeof Readable, typeof pipeline, def.Readable === Readable, typeof p, typeof text);";
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, 'function function true function function\n');
}

// unhandled stream error output
{
  const r = spawnSync(process.execPath, ['-e',
    "const { Writable } = require('stream'); new Writable({ write(c, e, cb) { cb(); } }).end().write('x');"],
  { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /Error \[ERR_STREAM_WRITE_AFTER_END\]: write after end/);
}
