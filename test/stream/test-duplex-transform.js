'use strict';
// Duplex (allowHalfOpen, readable/writable options), Transform (_transform,
// _flush, callback forms) and PassThrough.
const assert = require('assert');
const { Duplex, Transform, PassThrough, Readable, Writable } = require('stream');

{
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  assert.ok(d instanceof Readable);
  assert.ok(d instanceof Writable);
  assert.strictEqual(d.allowHalfOpen, true);
  assert.strictEqual(d.readable, true);
  assert.strictEqual(d.writable, true);
}

// allowHalfOpen: false ends the writable side after 'end'
{
  const log = [];
  const d = new Duplex({
    allowHalfOpen: false,
    read() { this.push(null); },
    write(c, e, cb) { cb(); },
  });
  d.on('end', () => log.push('end'));
  d.on('finish', () => log.push('finish'));
  d.on('close', () => {
    log.push('close');
    assert.deepStrictEqual(log, ['end', 'finish', 'close']);
  });
  d.resume();
}

// readable: false / writable: false
{
  const d = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  assert.strictEqual(d.readable, false);
  assert.strictEqual(d.readableEnded, true);
  const d2 = new Duplex({ writable: false, read() {} });
  assert.strictEqual(d2.writable, false);
  assert.strictEqual(d2.writableFinished, true);
}

// separate object modes and watermarks per side
{
  const d = new Duplex({ readableObjectMode: true, writableHighWaterMark: 3 });
  assert.strictEqual(d.readableObjectMode, true);
  assert.strictEqual(d.writableObjectMode, false);
  assert.strictEqual(d.writableHighWaterMark, 3);
  assert.strictEqual(d.readableHighWaterMark, 16);
}

// Transform: push in _transform, value in the callback, _flush at the end
{
  const t = new Transform({
    transform(chunk, enc, cb) {
      this.push(chunk.toString().toUpperCase());
      cb(null, '|');
    },
    flush(cb) { cb(null, 'END'); },
  });
  let out = '';
  t.on('data', (d) => { out += d; });
  t.on('end', () => assert.strictEqual(out, 'A|B|END'));
  t.write('a');
  t.end('b');
}

// Transform errors: callback(err) destroys with it
{
  const t = new Transform({ transform(c, e, cb) { cb(new Error('tx')); } });
  t.on('error', (e) => assert.strictEqual(e.message, 'tx'));
  t.on('close', () => assert.strictEqual(t.destroyed, true));
  t.write('x');
}

// Transform without _transform
{
  const t = new Transform();
  t.on('error', (e) => assert.strictEqual(e.code, 'ERR_METHOD_NOT_IMPLEMENTED'));
  assert.throws(() => t.write('x'), { code: 'ERR_METHOD_NOT_IMPLEMENTED' });
}

// PassThrough: bytes in, same bytes out; objectMode too
{
  const p = new PassThrough();
  const chunks = [];
  p.on('data', (c) => chunks.push(c));
  p.on('end', () => assert.strictEqual(Buffer.concat(chunks).toString(), 'abc'));
  p.write('a');
  p.write(Buffer.from('b'));
  p.end(new Uint8Array([99]));

  const o = new PassThrough({ objectMode: true });
  o.end({ x: 1 });
  o.on('data', (v) => assert.deepStrictEqual(v, { x: 1 }));
}

// pipe chain with backpressure through a Transform
{
  let n = 0;
  const src = new Readable({
    read() { this.push(n < 100 ? Buffer.alloc(1000, n++) : null); },
  });
  const t = new Transform({ highWaterMark: 100, transform(c, e, cb) { setImmediate(cb, null, c); } });
  let total = 0;
  const dst = new Writable({ highWaterMark: 10, write(c, e, cb) { total += c.length; setImmediate(cb); } });
  src.pipe(t).pipe(dst);
  dst.on('finish', () => assert.strictEqual(total, 100000));
}
