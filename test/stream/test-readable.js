'use strict';
// stream.Readable: flowing and paused modes, event order and tick timing,
// push/unshift/read(n), setEncoding, objectMode, getters, async iteration,
// destroy and construct.
const assert = require('assert');
const { Readable } = require('stream');

function done(log, expected) {
  process.on('exit', () => assert.deepStrictEqual(log, expected));
}

// flowing mode: data, end, close in order; 'end' after the data
{
  const log = [];
  const r = new Readable({ read() {} });
  r.on('data', (c) => log.push(`data:${c}`));
  r.on('end', () => log.push('end'));
  r.on('close', () => log.push('close'));
  r.push('a');
  r.push('b');
  r.push(null);
  log.push('sync');
  done(log, ['sync', 'data:a', 'data:b', 'end', 'close']);
}

// paused mode: 'readable' and read(n) across chunk boundaries
{
  const r = new Readable({ read() {} });
  r.push('hello ');
  r.push('world');
  r.push(null);
  const parts = [];
  r.on('readable', () => {
    let c;
    while ((c = r.read(3)) !== null) parts.push(c.toString());
  });
  r.on('end', () => assert.deepStrictEqual(parts, ['hel', 'lo ', 'wor', 'ld']));
}

// setEncoding converts what is buffered; readableEncoding reflects it
{
  const r = new Readable({ read() {} });
  r.push(Buffer.from([0xe2, 0x82]));
  r.setEncoding('utf8');
  assert.strictEqual(r.readableEncoding, 'utf8');
  r.push(Buffer.from([0xac]));
  r.push(null);
  let s = '';
  r.on('data', (c) => { assert.strictEqual(typeof c, 'string'); s += c; });
  r.on('end', () => assert.strictEqual(s, '€'));
}

// objectMode, highWaterMark and push's return value
{
  const r = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
  assert.strictEqual(r.readableObjectMode, true);
  assert.strictEqual(r.readableHighWaterMark, 2);
  assert.strictEqual(r.push({ a: 1 }), true);
  assert.strictEqual(r.push(0), false);
  assert.strictEqual(r.readableLength, 2);
  assert.deepStrictEqual(r.read(), { a: 1 });
  assert.strictEqual(r.read(), 0);
}

// defaults and getters
{
  const r = new Readable();
  assert.strictEqual(r.readableHighWaterMark, 65536);
  assert.strictEqual(r.readableFlowing, null);
  assert.strictEqual(r.readableEnded, false);
  assert.strictEqual(r.readable, true);
  assert.strictEqual(r.destroyed, false);
  assert.strictEqual(r.isPaused(), false);
  r.pause();
  assert.strictEqual(r.isPaused(), true);
  assert.strictEqual(r.readableFlowing, false);
  // a throwing _read destroys the stream with its error
  r.on('error', (e) => assert.strictEqual(e.code, 'ERR_METHOD_NOT_IMPLEMENTED'));
  assert.strictEqual(r.read(), null);
}

// pause/resume events and unshift
{
  const log = [];
  const r = new Readable({ read() {} });
  r.on('pause', () => log.push('pause'));
  r.on('resume', () => log.push('resume'));
  r.push('xy');
  r.once('readable', () => {
    const c = r.read(1);
    r.unshift(c);
    log.push(`len:${r.readableLength}`);
    r.on('data', (d) => log.push(`data:${d}`));
    r.removeAllListeners('readable');
    r.pause();
    r.resume();
  });
  // read(1) split the chunk: the unshifted byte stays a chunk of its own
  done(log, ['len:2', 'data:x', 'data:y', 'resume']);
}

// push errors
{
  const r = new Readable({ read() {} });
  r.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(err.message, 'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)');
  });
  r.push(5);
}
{
  const r = new Readable({ read() {} });
  r.push(null);
  r.on('error', (err) => assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF'));
  r.push('x');
}

// destroy(err): error then close, on the next tick
{
  const log = [];
  const r = new Readable({ read() {} });
  r.on('error', (e) => log.push(`error:${e.message}`));
  r.on('close', () => log.push('close'));
  r.destroy(new Error('boom'));
  log.push(`destroyed:${r.destroyed}`);
  assert.strictEqual(r.errored.message, 'boom');
  done(log, ['destroyed:true', 'error:boom', 'close']);
}

// construct runs before _read
{
  const log = [];
  const r = new Readable({
    construct(cb) { log.push('construct'); setImmediate(cb); },
    read() { log.push('read'); this.push(null); },
  });
  r.resume();
  r.on('end', () => log.push('end'));
  done(log, ['construct', 'read', 'end']);
}

// emitClose: false and autoDestroy: false
{
  const r = new Readable({ emitClose: false, autoDestroy: false, read() {} });
  r.on('close', () => assert.fail('close'));
  r.push(null);
  r.resume();
  r.on('end', () => setImmediate(() => assert.strictEqual(r.destroyed, false)));
}

// async iteration, and break destroys the stream
(async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  r.push(2);
  r.push(null);
  const got = [];
  for await (const x of r) got.push(x);
  assert.deepStrictEqual(got, [1, 2]);

  const r2 = new Readable({ objectMode: true, read() { this.push('x'); } });
  for await (const x of r2) {
    assert.strictEqual(x, 'x');
    break;
  }
  assert.strictEqual(r2.destroyed, true);

  const r3 = new Readable({ read() { this.destroy(new Error('it')); } });
  await assert.rejects(async () => { for await (const x of r3) assert.fail(x); }, /it/);
})().then(() => {}, (e) => { process.exitCode = 1; console.error(e); });

// Readable.wrap of an old-style stream
{
  const EE = require('events');
  const old = new EE();
  old.pause = () => {};
  old.resume = () => {};
  const r = new Readable({ objectMode: true }).wrap(old);
  const got = [];
  r.on('data', (d) => got.push(d));
  r.on('end', () => assert.deepStrictEqual(got, ['a', 'b']));
  old.emit('data', 'a');
  old.emit('data', 'b');
  old.emit('end');
}
