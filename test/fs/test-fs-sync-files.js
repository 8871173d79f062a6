'use strict';
// fs sync file API: open/read/write/close, readFile/writeFile/appendFile,
// stat kinds, errors with Node's codes, messages and properties.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = { tmpdir: () => process.env.TMPDIR || '/tmp' };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'a.txt');

// writeFileSync / readFileSync round trips, encodings, flags
fs.writeFileSync(file, 'héllo\n');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'héllo\n');
assert.deepStrictEqual(fs.readFileSync(file), Buffer.from('héllo\n'));
assert.strictEqual(fs.readFileSync(file, { encoding: 'hex' }), Buffer.from('héllo\n').toString('hex'));
fs.appendFileSync(file, 'more');
assert.strictEqual(fs.readFileSync(file, 'latin1').length, 11);
fs.writeFileSync(file, new Uint16Array([0x4241]));
assert.strictEqual(fs.readFileSync(file, 'ascii'), 'AB');
fs.writeFileSync(file, 'xyz', { flag: 'a' });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'ABxyz');
fs.writeFileSync(file, '68656c6c6f', 'hex');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello');
// a file with no size in stat still reads to the end
assert.match(fs.readFileSync('/proc/self/status', 'utf8'), /^Name:/);

// open / read / write / close with positions
const fd = fs.openSync(file, 'r+');
assert.strictEqual(typeof fd, 'number');
const buf = Buffer.alloc(10);
assert.strictEqual(fs.readSync(fd, buf, 0, 3, 1), 3);
assert.strictEqual(buf.toString('utf8', 0, 3), 'ell');
assert.strictEqual(fs.readSync(fd, buf, { position: 0 }), 5);
// positioned reads leave the file position alone
assert.strictEqual(fs.readSync(fd, buf), 5);
assert.strictEqual(fs.readSync(fd, buf), 0);
assert.strictEqual(fs.writeSync(fd, 'J', 0), 1);
assert.strictEqual(fs.writeSync(fd, Buffer.from('!!'), 0, 2, 5), 2);
assert.strictEqual(fs.writeSync(fd, '21', 7, 'hex'), 1);
assert.strictEqual(fs.fstatSync(fd).size, 8);
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(file, 'latin1'), 'Jello!!!');
const wfd = fs.openSync(file, 'a');
fs.writeFileSync(wfd, 'Z');
fs.closeSync(wfd);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'Jello!!!Z');

// Stats
const st = fs.statSync(file);
assert.ok(st instanceof fs.Stats);
assert.ok(st.isFile() && !st.isDirectory() && !st.isSymbolicLink());
assert.strictEqual(st.size, 9);
assert.deepStrictEqual(Object.keys(st), ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev',
  'blksize', 'ino', 'size', 'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs']);
assert.ok(st.mtime instanceof Date);
assert.strictEqual(st.mtime, st.mtime);
assert.strictEqual(st.mtime.getTime(), Math.floor(st.mtimeMs) === st.mtimeMs ? st.mtimeMs : st.mtime.getTime());
assert.ok(Math.abs(st.mtime.getTime() - st.mtimeMs) < 1);
assert.strictEqual(st.mode & 0o777, 0o644);
const big = fs.statSync(file, { bigint: true });
assert.strictEqual(big.size, 9n);
assert.strictEqual(typeof big.mtimeNs, 'bigint');
assert.strictEqual(big.mtimeMs, big.mtimeNs / 1000000n);
assert.ok(big.isFile());
assert.ok(fs.statSync(dir).isDirectory());
assert.ok(fs.statSync('/dev/null').isCharacterDevice());
assert.strictEqual(fs.statSync(path.join(dir, 'none'), { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.lstatSync(path.join(dir, 'none'), { throwIfNoEntry: false }), undefined);

// existsSync / accessSync
assert.strictEqual(fs.existsSync(file), true);
assert.strictEqual(fs.existsSync(path.join(dir, 'none')), false);
assert.strictEqual(fs.existsSync(), false);
assert.strictEqual(fs.existsSync('a\u0000b'), false);
fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);

// system errors
function sysErr(fn, code, syscall, message, extra = {}) {
  assert.throws(fn, (e) => {
    assert.strictEqual(e.name, 'Error');
    assert.strictEqual(e.code, code);
    assert.strictEqual(e.syscall, syscall);
    assert.strictEqual(e.message, message);
    assert.strictEqual(typeof e.errno, 'number');
    for (const k of Object.keys(extra)) assert.strictEqual(e[k], extra[k]);
    return true;
  });
}
const missing = path.join(dir, 'missing');
sysErr(() => fs.openSync(missing), 'ENOENT', 'open',
  `ENOENT: no such file or directory, open '${missing}'`, { path: missing });
sysErr(() => fs.readFileSync(missing), 'ENOENT', 'open',
  `ENOENT: no such file or directory, open '${missing}'`);
sysErr(() => fs.readFileSync(dir), 'EISDIR', 'read', 'EISDIR: illegal operation on a directory, read');
sysErr(() => fs.statSync(missing), 'ENOENT', 'stat', `ENOENT: no such file or directory, stat '${missing}'`);
sysErr(() => fs.closeSync(2 ** 30), 'EBADF', 'close', 'EBADF: bad file descriptor, close');
sysErr(() => fs.openSync(file, 'wx'), 'EEXIST', 'open', `EEXIST: file already exists, open '${file}'`);
sysErr(() => fs.accessSync(missing), 'ENOENT', 'access', `ENOENT: no such file or directory, access '${missing}'`);

// argument errors
const argErr = (fn, code, message) => assert.throws(fn, { code, message });
argErr(() => fs.openSync(1), 'ERR_INVALID_ARG_TYPE',
  'The "path" argument must be of type string or an instance of Buffer or URL. Received type number (1)');
argErr(() => fs.openSync('/x\u0000'), 'ERR_INVALID_ARG_VALUE',
  "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received '/x\\x00'");
argErr(() => fs.openSync(file, 'rq'), 'ERR_INVALID_ARG_VALUE', "The argument 'flags' is invalid. Received 'rq'");
argErr(() => fs.openSync(file, 'r', {}), 'ERR_INVALID_ARG_TYPE',
  'The "mode" argument must be of type number. Received an instance of Object');
argErr(() => fs.openSync(file, 'r', '8'), 'ERR_INVALID_ARG_VALUE',
  "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received '8'");
argErr(() => fs.closeSync(-1), 'ERR_OUT_OF_RANGE',
  'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1');
argErr(() => fs.closeSync('1'), 'ERR_INVALID_ARG_TYPE',
  'The "fd" argument must be of type number. Received type string (\'1\')');
argErr(() => fs.readSync(0), 'ERR_INVALID_ARG_TYPE',
  'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. Received undefined');
argErr(() => fs.readSync(0, Buffer.alloc(4), 0, 4, 'x'), 'ERR_INVALID_ARG_TYPE',
  'The "position" argument must be of type bigint or integer. Received type string (\'x\')');
argErr(() => fs.readSync(0, Buffer.alloc(4), 2, 4, 0), 'ERR_OUT_OF_RANGE',
  'The value of "length" is out of range. It must be <= 2. Received 4');
argErr(() => fs.readSync(0, Buffer.alloc(0), 0, 1, 0), 'ERR_INVALID_ARG_VALUE',
  "The argument 'buffer' is empty and cannot be written. Received <Buffer >");
argErr(() => fs.writeSync(1, {}), 'ERR_INVALID_ARG_TYPE',
  'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of Object');
argErr(() => fs.writeFileSync(file, {}), 'ERR_INVALID_ARG_TYPE',
  'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of Object');
argErr(() => fs.readFileSync(file, 'bogus'), 'ERR_INVALID_ARG_VALUE',
  "The argument 'encoding' is invalid encoding. Received 'bogus'");
argErr(() => fs.readFileSync(file, 5), 'ERR_INVALID_ARG_TYPE',
  'The "options" argument must be one of type string or object. Received type number (5)');
argErr(() => fs.readFileSync(file, { flag: 'zz' }), 'ERR_INVALID_ARG_VALUE',
  "The argument 'flags' is invalid. Received 'zz'");
assert.throws(() => fs.accessSync(file, 8), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });

// Buffer paths
assert.strictEqual(fs.readFileSync(Buffer.from(file), 'utf8'), 'Jello!!!Z');
