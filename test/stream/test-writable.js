'use strict';
// stream.Writable: write/end/cork/uncork/writev/_final, 'drain'/'finish'/
// 'close' order and timing, needDrain, and the errors.
const assert = require('assert');
const { Writable } = require('stream');

function done(log, expected) {
  process.on('exit', () => assert.deepStrictEqual(log, expected));
}

// callbacks, prefinish/finish/close order
{
  const log = [];
  const w = new Writable({
    write(chunk, enc, cb) { log.push(`write:${chunk}:${enc}`); cb(); },
    final(cb) { log.push('final'); cb(); },
  });
  w.on('prefinish', () => log.push('prefinish'));
  w.on('finish', () => log.push('finish'));
  w.on('close', () => log.push('close'));
  w.write('a', () => log.push('cb:a'));
  w.end('b', () => log.push('end-cb'));
  log.push(`ended:${w.writableEnded},finished:${w.writableFinished}`);
  done(log, ['write:a:buffer', 'write:b:buffer', 'final', 'prefinish',
    'ended:true,finished:false', 'cb:a', 'end-cb', 'finish', 'close']);
}

// backpressure: write() returns false at highWaterMark, 'drain' follows
{
  const log = [];
  const w = new Writable({ highWaterMark: 4, write(c, e, cb) { setImmediate(cb); } });
  log.push(w.write('ab'));
  log.push(w.write('cd'));
  log.push(w.writableNeedDrain, w.writableLength);
  w.on('drain', () => log.push('drain'));
  done(log, [true, false, true, 4, 'drain']);
}

// cork/uncork batches into _writev
{
  let batches;
  const w = new Writable({
    write() { assert.fail('write'); },
    writev(chunks, cb) { batches = chunks.map((c) => String(c.chunk)); cb(); },
  });
  w.cork();
  w.write('a');
  w.write('b');
  assert.strictEqual(w.writableCorked, 1);
  assert.strictEqual(w.writableLength, 2);
  process.nextTick(() => w.uncork());
  w.on('finish', () => assert.deepStrictEqual(batches, ['a', 'b']));
  setImmediate(() => w.end());
}

// decodeStrings: false keeps strings; objectMode keeps values
{
  const got = [];
  const w = new Writable({ decodeStrings: false, write(c, e, cb) { got.push([c, e]); cb(); } });
  w.write('x', 'latin1');
  w.end();
  w.on('finish', () => assert.deepStrictEqual(got, [['x', 'latin1']]));

  const o = new Writable({ objectMode: true, write(c, e, cb) { assert.deepStrictEqual(c, { k: 1 }); cb(); } });
  o.end({ k: 1 });
  assert.strictEqual(o.writableObjectMode, true);
}

// errors thrown by write()
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  assert.throws(() => w.write(null), { code: 'ERR_STREAM_NULL_VALUES', name: 'TypeError' });
  assert.throws(() => w.write(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)',
  });
  assert.throws(() => w.write('a', 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });
}

// write after end
{
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log.push(`error:${e.code}`));
  w.end();
  w.write('x', (e) => log.push(`cb:${e.code}`));
  done(log, ['cb:ERR_STREAM_WRITE_AFTER_END', 'error:ERR_STREAM_WRITE_AFTER_END']);
}

// write after destroy
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.destroy();
  w.write('x', (e) => assert.strictEqual(e.code, 'ERR_STREAM_DESTROYED'));
  w.on('error', () => assert.fail('no error event after destroy'));
}

// callback called twice
{
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', (e) => assert.strictEqual(e.code, 'ERR_MULTIPLE_CALLBACK'));
  w.write('x');
}

// a failing write: callback, then 'error', then 'close'
{
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(new Error('bad')); } });
  w.on('error', (e) => log.push(`error:${e.message}`));
  w.on('close', () => log.push('close'));
  w.write('x', (e) => log.push(`cb:${e.message}`));
  log.push('sync');
  done(log, ['sync', 'cb:bad', 'error:bad', 'close']);
}

// end() twice: the second callback gets ERR_STREAM_ALREADY_FINISHED
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end(() => {
    w.end((err) => assert.strictEqual(err.code, 'ERR_STREAM_ALREADY_FINISHED'));
  });
}

// instanceof works for Duplex, setDefaultEncoding validates
{
  const { Duplex } = require('stream');
  assert.ok(new Duplex() instanceof Writable);
  const w = new Writable();
  assert.strictEqual(w.setDefaultEncoding('HEX'), w);
  assert.throws(() => w.setDefaultEncoding('bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
}
