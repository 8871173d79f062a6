'use strict';
// fs.ReadStream / fs.WriteStream: paths and fds, start/end, encoding,
// highWaterMark, events in order, FileHandle streams, option errors.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = { tmpdir: () => process.env.TMPDIR || '/tmp' };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-fsstream-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'f.txt');

let pending = 0;
function step(fn = () => {}) {
  pending++;
  return (...args) => {
    pending--;
    return fn(...args);
  };
}
process.on('exit', (code) => {
  if (code === 0) assert.strictEqual(pending, 0, 'every callback ran');
});

const events = [];
const ws = fs.createWriteStream(file);
assert.ok(ws instanceof fs.WriteStream);
assert.strictEqual(ws.pending, true);
assert.strictEqual(ws.path, file);
ws.on('open', step((fd) => {
  assert.strictEqual(typeof fd, 'number');
  events.push('open');
}));
ws.on('ready', () => events.push('ready'));
ws.on('finish', () => events.push('finish'));
ws.on('close', step(() => {
  events.push('close');
  assert.deepStrictEqual(events, ['open', 'ready', 'finish', 'close']);
  assert.strictEqual(ws.bytesWritten, 26);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcdefghijklmnopqrstuvwxyz');
  reads();
}));
ws.write('abcdefghij');
ws.write(Buffer.from('klmnop'));
ws.end('qrstuvwxyz');

function reads() {
  // start/end are inclusive; encoding gives strings
  const chunks = [];
  fs.createReadStream(file, { start: 2, end: 5, encoding: 'latin1' })
    .on('data', (c) => chunks.push(c))
    .on('end', step(() => assert.deepStrictEqual(chunks, ['cdef'])));

  // highWaterMark splits the data
  const sizes = [];
  const rs = fs.createReadStream(file, { highWaterMark: 10 });
  rs.on('data', (c) => sizes.push(c.length));
  rs.on('close', step(() => {
    assert.deepStrictEqual(sizes, [10, 10, 6]);
    assert.strictEqual(rs.bytesRead, 26);
    assert.strictEqual(rs.destroyed, true);
  }));

  // an fd, left open with autoClose: false
  const fd = fs.openSync(file, 'r');
  const r2 = fs.createReadStream(null, { fd, autoClose: false, start: 20 });
  let text = '';
  r2.setEncoding('utf8');
  r2.on('data', (c) => { text += c; });
  r2.on('end', step(() => {
    assert.strictEqual(text, 'uvwxyz');
    assert.ok(fs.fstatSync(fd).isFile()); // still open
    fs.closeSync(fd);
  }));

  // errors: opening a missing file emits 'error' then 'close'
  const bad = fs.createReadStream(path.join(dir, 'missing'));
  bad.on('error', step((err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'open');
  }));
  bad.on('close', step());

  // WriteStream with flags 'a' and start
  const w2 = fs.createWriteStream(path.join(dir, 'g.txt'), { flags: 'w' });
  w2.end('0123456789', step(() => {
    const w3 = fs.createWriteStream(path.join(dir, 'g.txt'), { flags: 'r+', start: 3 });
    w3.end('XY');
    w3.on('close', step(() => {
      assert.strictEqual(fs.readFileSync(path.join(dir, 'g.txt'), 'utf8'), '012XY56789');
    }));
  }));

  // FileHandle streams
  fs.promises.open(file).then(step(async (fh) => {
    let s = '';
    for await (const c of fh.createReadStream({ start: 23, encoding: 'utf8' })) s += c;
    assert.strictEqual(s, 'xyz');
    assert.strictEqual(fh.fd, -1); // the stream closed the handle
  }));
}

// argument errors throw at construction
assert.throws(() => fs.createReadStream(file, { start: 5, end: 2 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.createReadStream(file, { start: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.createReadStream(123), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.createWriteStream(file, { fd: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.createWriteStream(file, { fs: { open: 1 } }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
