'use strict';
// fs callback API: results, argument forms, ordering (callbacks run after
// the current tick and its microtasks), errors with Node's shape.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = { tmpdir: () => process.env.TMPDIR || '/tmp' };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-fscb-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'a.txt');

let pending = 0;
function step(fn) {
  pending++;
  return (...args) => {
    pending--;
    fn(...args);
  };
}
process.on('exit', (code) => {
  if (code === 0) assert.strictEqual(pending, 0, 'every callback ran');
});

// ordering: a callback never runs before the current tick, its nextTicks
// and its microtasks
{
  const order = [];
  fs.stat(__filename, step((err, st) => {
    assert.ifError(err);
    assert.ok(st.isFile());
    order.push('stat');
    assert.deepStrictEqual(order, ['sync', 'tick', 'micro', 'stat']);
  }));
  process.nextTick(() => order.push('tick'));
  Promise.resolve().then(() => order.push('micro'));
  order.push('sync');
}

// microtasks queued inside a callback run before the next callback
{
  const seen = [];
  fs.access(__filename, step(() => {
    seen.push('a');
    Promise.resolve().then(() => seen.push('a-micro'));
    process.nextTick(() => seen.push('a-tick'));
  }));
  fs.access(__filename, step(() => {
    seen.push('b');
    if (seen.length === 4) assert.deepStrictEqual(seen, ['a', 'a-tick', 'a-micro', 'b']);
  }));
}

// writeFile / readFile / appendFile round trip; no-result callbacks get (err) alone
fs.writeFile(file, 'hello', step(function(err) {
  assert.strictEqual(err, null);
  assert.strictEqual(arguments.length, 1);
  fs.appendFile(file, Buffer.from(' world'), step((err) => {
    assert.ifError(err);
    fs.readFile(file, 'utf8', step((err, text) => {
      assert.ifError(err);
      assert.strictEqual(text, 'hello world');
      fs.readFile(file, step((err, buf) => {
        assert.ifError(err);
        assert.ok(Buffer.isBuffer(buf));
        assert.strictEqual(buf.length, 11);
        fdOps();
      }));
    }));
  }));
}));

// open / write (buffer and string forms) / read / fstat / ftruncate / close
function fdOps() {
  fs.open(file, 'r+', step((err, fd) => {
    assert.ifError(err);
    assert.strictEqual(typeof fd, 'number');
    fs.write(fd, 'HE', 0, 'utf8', step((err, n, str) => {
      assert.ifError(err);
      assert.strictEqual(n, 2);
      assert.strictEqual(str, 'HE');
      const src = Buffer.from('!!');
      fs.write(fd, src, 0, 2, 5, step((err, n, b) => {
        assert.ifError(err);
        assert.strictEqual(n, 2);
        assert.strictEqual(b, src);
        const dst = Buffer.alloc(8);
        fs.read(fd, dst, 0, 8, 0, step((err, n, b) => {
          assert.ifError(err);
          assert.strictEqual(n, 8);
          assert.strictEqual(b, dst);
          assert.strictEqual(dst.toString(), 'HEllo!!o');
          fs.read(fd, { buffer: Buffer.alloc(3), position: 1 }, step((err, n, b) => {
            assert.ifError(err);
            assert.strictEqual(b.toString(), 'Ell');
            fs.ftruncate(fd, 4, step((err) => {
              assert.ifError(err);
              fs.fstat(fd, step((err, st) => {
                assert.ifError(err);
                assert.strictEqual(st.size, 4);
                fs.fsync(fd, step((err) => {
                  assert.ifError(err);
                  fs.close(fd, step((err) => {
                    assert.ifError(err);
                    fs.close(fd, step((err) => {
                      assert.strictEqual(err.code, 'EBADF');
                      assert.strictEqual(err.syscall, 'close');
                    }));
                  }));
                }));
              }));
            }));
          }));
        }));
      }));
    }));
  }));
}

// errors: Node's message, errno, code, syscall, path (and dest)
fs.readFile(path.join(dir, 'missing'), step((err, data) => {
  assert.strictEqual(data, undefined);
  assert.ok(err instanceof Error);
  assert.strictEqual(err.message,
    `ENOENT: no such file or directory, open '${path.join(dir, 'missing')}'`);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, path.join(dir, 'missing'));
  // made outside any JavaScript frame: the stack is the message line alone
  assert.strictEqual(err.stack, `Error: ${err.message}`);
}));
fs.rename(path.join(dir, 'nope1'), path.join(dir, 'nope2'), step((err) => {
  assert.strictEqual(err.message, `ENOENT: no such file or directory, rename '${
    path.join(dir, 'nope1')}' -> '${path.join(dir, 'nope2')}'`);
  assert.strictEqual(err.dest, path.join(dir, 'nope2'));
}));
fs.readFile(dir, step((err) => {
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.syscall, 'read');
}));

// argument validation throws synchronously, before any I/O
assert.throws(() => fs.stat(__filename), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});
assert.throws(() => fs.readFile(__filename), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.open(123, () => {}), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => fs.read(-1, Buffer.alloc(1), 0, 1, 0, () => {}), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.fchmod(1, '8', () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.mkdir(dir, { recursive: 'yes' }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });

// exists (deprecated form): only a boolean, never an error
fs.exists(__filename, step((yes) => assert.strictEqual(yes, true)));
fs.exists(path.join(dir, 'missing'), step((yes) => assert.strictEqual(yes, false)));
fs.exists(123, step((yes) => assert.strictEqual(yes, false)));
require('util').promisify(fs.exists)(__filename).then(step((yes) => assert.strictEqual(yes, true)));

// util.promisify(fs.read) resolves { bytesRead, buffer }
fs.open(__filename, 'r', step((err, fd) => {
  assert.ifError(err);
  require('util').promisify(fs.read)(fd, Buffer.alloc(4), 0, 4, 0).then(step((r) => {
    assert.strictEqual(r.bytesRead, 4);
    assert.strictEqual(r.buffer.toString(), "'use");
    fs.closeSync(fd);
  }));
}));
