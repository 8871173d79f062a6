'use strict';
// pipeline (callback and stream/promises) and finished (callback and
// promise): completion, error propagation, destruction, generators,
// AbortSignal, cleanup.
const assert = require('assert');
const { pipeline, finished, Readable, Writable, PassThrough, Transform } = require('stream');
const promises = require('stream/promises');
const { promisify } = require('util');

function collect(sink) {
  return new Writable({
    objectMode: true,
    write(chunk, enc, cb) { sink.push(String(chunk)); cb(); },
  });
}

// plain pipeline through a transform
{
  const out = [];
  const last = collect(out);
  const ret = pipeline(
    Readable.from(['a', 'b']),
    new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c.toUpperCase()); } }),
    last,
    (err) => {
      assert.ifError(err);
      assert.deepStrictEqual(out, ['A', 'B']);
    });
  assert.strictEqual(ret, last);
}

// an error in the middle destroys every stream, callback gets it once
{
  const src = new Readable({ read() {} });
  const mid = new PassThrough();
  const dst = new Writable({ write(c, e, cb) { cb(); } });
  let calls = 0;
  pipeline(src, mid, dst, (err) => {
    calls++;
    assert.strictEqual(err.message, 'mid');
    process.nextTick(() => {
      assert.strictEqual(src.destroyed, true);
      assert.strictEqual(dst.destroyed, true);
    });
  });
  mid.destroy(new Error('mid'));
  process.on('exit', () => assert.strictEqual(calls, 1));
}

// generator source, async generator transform, async function sink; the
// sink's return value is the promise result
promises.pipeline(
  function* () { yield 'x'; yield 'y'; },
  async function* (source) { for await (const c of source) yield c + c; },
  async function(source) {
    let s = '';
    for await (const c of source) s += c;
    return s;
  },
).then((value) => assert.strictEqual(value, 'xxyy'));

// argument errors
assert.throws(() => pipeline(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => pipeline(new PassThrough(), () => {}), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => pipeline(1, new PassThrough(), () => {}), { code: 'ERR_INVALID_ARG_TYPE' });

// AbortSignal aborts the pipeline
{
  const ac = new AbortController();
  const src = new Readable({ read() {} });
  promises.pipeline(src, new PassThrough(), { signal: ac.signal }).then(
    () => assert.fail('resolved'),
    (err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(src.destroyed, true);
    });
  setImmediate(() => ac.abort());
}

// promisify(pipeline) is the promise version
assert.strictEqual(promisify(pipeline), promises.pipeline);
assert.strictEqual(promisify(finished), promises.finished);

// finished: normal end, premature close, error, cleanup function
{
  const r = new Readable({ read() {} });
  finished(r, (err) => assert.ifError(err));
  r.resume();
  r.push(null);
}
{
  const r = new Readable({ read() {} });
  finished(r, (err) => assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE'));
  r.destroy();
}
{
  const w = new Writable({ write(c, e, cb) { cb(new Error('wr')); } });
  w.on('error', () => {});
  finished(w, (err) => assert.strictEqual(err.message, 'wr'));
  w.write('x');
}
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const cleanup = finished(w, () => assert.fail('cleaned up'));
  cleanup();
  w.end();
}
// already finished: called back on a later tick
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('finish', () => {
    let sync = true;
    finished(w, (err) => {
      assert.ifError(err);
      assert.strictEqual(sync, false);
    });
    sync = false;
  });
}
assert.throws(() => finished({}, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => finished(new PassThrough()), { code: 'ERR_INVALID_ARG_TYPE' });

// finished promise with an already aborted signal
{
  const r = new Readable({ read() {} });
  promises.finished(r, { signal: AbortSignal.abort() }).catch((err) => {
    assert.strictEqual(err.name, 'AbortError');
  });
}
