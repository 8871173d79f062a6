'use strict';
// Every fs operation once, as a generator run by lib/internal/fs/run.js:
// synchronously for fs.*Sync, on the thread pool for the callback and
// promise APIs. Each validates its (already unshuffled) arguments before
// its first yield, so validation errors throw at the call site; a yield is
// a binding call [fn, ...args] and evaluates to its raw value.

const { Buffer } = require('buffer');
const pathModule = require('path');
const { codes, AbortError } = require('internal/errors');
const {
  validateBoolean, validateObject, validateOneOf, validateInteger, validateInt32,
  validateUint32,
} = require('internal/validators');
const {
  binding: B, constants, kEmptyObject, SystemError, throwIf, toPath, toPaths, wantRaw, isURLLike,
  stringToFlags, parseFileMode,
  getValidMode, encodeResult, validateRmdirOptions, validateBuffer, validateOffsetLengthRead,
  validateOffsetLengthWrite, validatePosition, validateStringAfterArrayBufferView,
} = require('internal/fs/utils');
const { getStats, Dirent, direntTypeOfMode } = require('internal/fs/stats');

const { F_OK, S_IFMT, S_IFREG, S_IFDIR, S_IFLNK, UV_DIRENT_UNKNOWN, UV_DIRENT_DIR } = constants;
const kIoMaxLength = 2 ** 31 - 1;
const kReadChunk = 64 * 1024;
const kMaxUserId = 2 ** 32 - 1;
const ENOENT = -2;
const ENOTDIR = -20;
const EEXIST = -17;

const isFd = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 2147483647;

// Throws the Node error for a negative code; passes a result through.
const chk = (r, syscall, path, dest) => throwIf(r, syscall, path, dest);

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

// A pause between retries: a timer when asynchronous, a blocking wait when
// synchronous.
function sleep(ms, cb) {
  if (typeof cb === 'function') {
    setTimeout(cb, ms, 0);
    return undefined;
  }
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  return 0;
}

// ---- argument forms shared by the APIs ----

// read's offset/length/position once the forms are told apart: null when
// there is nothing to read, else [offset, length, position].
function readParams(buffer, offset, length, position) {
  validateBuffer(buffer);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return null;
  if (buffer.byteLength === 0) {
    throw new codes.ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  const pos = position == null ? -1 : validatePosition(position, 'position', length);
  return [offset, length, pos];
}

function validateEncoding(data, encoding) {
  if (encoding === 'hex' && data.length % 2 !== 0) {
    throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding,
      `is invalid for data of length ${data.length}`);
  }
}

// The view write() writes and its [view, offset, length, position]; the
// string form is write(fd, string[, position[, encoding]]).
function writeParams(buffer, offset, length, position, options) {
  if (ArrayBuffer.isView(buffer)) {
    if (options !== undefined) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } =
        options ?? kEmptyObject);
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return [buffer, offset, length, position ?? -1];
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const view = Buffer.from(buffer, length);
  return [view, 0, view.byteLength, typeof offset === 'number' ? offset : -1];
}

// ---- single calls ----

function* open(path, flags, mode) {
  const [p, bp] = toPaths(path);
  const f = stringToFlags(flags);
  const m = parseFileMode(mode, 'mode', 0o666);
  return chk(yield [B.open, bp, f, m], 'open', p);
}

function* close(fd) {
  chk(yield [B.close, fd], 'close');
}

// The binding reads typed arrays; a DataView goes as bytes.
const asBytes = (v) => (ArrayBuffer.isView(v) && !(v instanceof DataView) ? v :
  new Uint8Array(v.buffer, v.byteOffset, v.byteLength));

// read/write(fd, view, offset, length, position): arguments checked by the caller
function* read(fd, buffer, offset, length, position) {
  return chk(yield [B.read, fd, asBytes(buffer), offset, length, position], 'read');
}

function* write(fd, buffer, offset, length, position) {
  return chk(yield [B.write, fd, asBytes(buffer), offset, length, position], 'write');
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

// readv/writev(fd, views, position): position a number or the current one
function* readv(fd, buffers, position) {
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  const pos = typeof position === 'number' ? position : -1;
  return chk(yield [B.readv, fd, buffers.map(asBytes), pos], 'read');
}

function* writev(fd, buffers, position) {
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  const pos = typeof position === 'number' ? position : -1;
  return chk(yield [B.writev, fd, buffers.map(asBytes), pos], 'write');
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function* statfs(path, options) {
  const [p, bp] = toPaths(path);
  const raw = options?.bigint ? new BigInt64Array(7) : new Float64Array(7);
  chk(yield [B.statfs, bp, raw], 'statfs', p);
  return new StatFs(...raw);
}

function statRaw(options) {
  return options?.bigint ? new BigInt64Array(18) : new Float64Array(18);
}

function* stat(path, options, kind = 'stat') {
  const [p, bp] = toPaths(path);
  const raw = statRaw(options);
  const r = yield [kind === 'stat' ? B.stat : B.lstat, bp, raw];
  if (r < 0 && options?.throwIfNoEntry === false && (r === ENOENT || r === ENOTDIR)) {
    return undefined;
  }
  chk(r, kind, p);
  return getStats(raw);
}

function* fstat(fd, options) {
  const raw = statRaw(options);
  chk(yield [B.fstat, fd, raw], 'fstat');
  return getStats(raw);
}

function* access(path, mode) {
  const [p, bp] = toPaths(path);
  mode = getValidMode(mode, 7, F_OK);
  chk(yield [B.access, bp, mode], 'access', p);
}

function* exists(path) {
  const [, bp] = toPaths(path);
  return (yield [B.access, bp, F_OK]) === 0;
}

function* chmod(path, mode) {
  const [p, bp] = toPaths(path);
  mode = parseFileMode(mode, 'mode');
  chk(yield [B.chmod, bp, mode], 'chmod', p);
}

function* fchmod(fd, mode) {
  mode = parseFileMode(mode, 'mode');
  chk(yield [B.fchmod, fd, mode], 'fchmod');
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function* chown(path, uid, gid, syscall = 'chown') {
  const [p, bp] = toPaths(path);
  validateIds(uid, gid);
  chk(yield [syscall === 'chown' ? B.chown : B.lchown, bp, uid, gid], syscall, p);
}

function* fchown(fd, uid, gid) {
  validateIds(uid, gid);
  chk(yield [B.fchown, fd, uid, gid], 'fchown');
}

// A time argument as seconds: a number, a numeric string or a Date.
function toUnixTimestamp(time, name = 'time') {
  // eslint-disable-next-line eqeqeq
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function* utimes(path, atime, mtime, syscall = 'utime') {
  const [p, bp] = toPaths(path);
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  chk(yield [syscall === 'utime' ? B.utimes : B.lutimes, bp, a, m], syscall, p);
}

function* futimes(fd, atime, mtime) {
  const a = toUnixTimestamp(atime, 'atime');
  const m = toUnixTimestamp(mtime, 'mtime');
  chk(yield [B.futimes, fd, a, m], 'futime');
}

function* fsync(fd, syscall = 'fsync') {
  chk(yield [syscall === 'fsync' ? B.fsync : B.fdatasync, fd], syscall);
}

function validateLength(len) {
  if (len === undefined) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function* ftruncate(fd, len) {
  len = validateLength(len);
  chk(yield [B.ftruncate, fd, len], 'ftruncate');
}

// (the file is opened before len is checked, as in Node)
function* truncate(path, len) {
  const fd = yield* open(path, 'r+');
  try {
    len = validateLength(len);
    chk(yield [B.ftruncate, fd, len], 'ftruncate');
  } finally {
    yield [B.close, fd];
  }
}

function* unlink(path) {
  const [p, bp] = toPaths(path);
  chk(yield [B.unlink, bp], 'unlink', p);
}

function* rmdir(path, options) {
  const [p, bp] = toPaths(path);
  validateRmdirOptions(options);
  chk(yield [B.rmdir, bp], 'rmdir', p);
}

function* rename(oldPath, newPath) {
  const [from, bfrom] = toPaths(oldPath, 'oldPath');
  const [to, bto] = toPaths(newPath, 'newPath');
  chk(yield [B.rename, bfrom, bto], 'rename', from, to);
}

function* link(existingPath, newPath) {
  const [from, bfrom] = toPaths(existingPath, 'existingPath');
  const [to, bto] = toPaths(newPath, 'newPath');
  chk(yield [B.link, bfrom, bto], 'link', from, to);
}

function* copyFile(src, dest, mode) {
  const [from, bfrom] = toPaths(src, 'src');
  const [to, bto] = toPaths(dest, 'dest');
  mode = getValidMode(mode, 7, 0);
  chk(yield [B.copyfile, bfrom, bto, mode], 'copyfile', from, to);
}

function* symlink(target, path, type) {
  validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);
  const [t, bt] = toPaths(target, 'target');
  const [p, bp] = toPaths(path);
  const flags = type === 'dir' ? constants.UV_FS_SYMLINK_DIR :
    type === 'junction' ? constants.UV_FS_SYMLINK_JUNCTION : 0;
  chk(yield [B.symlink, bt, bp, flags], 'symlink', t, p);
}

function* readlink(path, options, name = 'path') {
  const [p, bp] = toPaths(path, name);
  const r = chk(yield [B.readlink, bp, wantRaw(options?.encoding)], 'readlink', p);
  return encodeResult(r, options?.encoding);
}

function* realpathNative(path, options) {
  const [p, bp] = toPaths(path);
  const r = chk(yield [B.realpathNative, bp, wantRaw(options?.encoding)], 'realpath', p);
  return encodeResult(r, options?.encoding);
}

let warnNonPortableTemplate = true;

function* mkdtemp(prefix, options) {
  const [given, bgiven] = toPaths(prefix, 'prefix');
  if (warnNonPortableTemplate && given.endsWith('X')) {
    warnNonPortableTemplate = false;
    process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
      'For details see: https://nodejs.org/api/fs.html');
  }
  const p = `${given}XXXXXX`;
  const bp = typeof bgiven === 'string' ? p : Buffer.concat([bgiven, Buffer.from('XXXXXX')]);
  const r = chk(yield [B.mkdtemp, bp, wantRaw(options?.encoding)], 'mkdtemp', p);
  return encodeResult(r, options?.encoding);
}

// ---- whole files ----

// The size of a regular file open at fd, 0 for anything else (procfs,
// pipes: read those until EOF).
function* sizeOf(fd) {
  const raw = new Float64Array(18);
  chk(yield [B.fstat, fd, raw], 'fstat');
  return (raw[1] & S_IFMT) === S_IFREG ? raw[8] : 0;
}

function* readAll(fd, signal) {
  const size = yield* sizeOf(fd);
  if (size > kIoMaxLength) throw new codes.ERR_FS_FILE_TOO_LARGE(size);
  if (size > 0) {
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      checkAborted(signal);
      const n = chk(yield [B.read, fd, buf, got, size - got, -1], 'read');
      checkAborted(signal);
      if (n === 0) break;
      got += n;
    }
    return got < size ? buf.subarray(0, got) : buf;
  }
  const chunks = [];
  let total = 0;
  for (;;) {
    checkAborted(signal);
    const chunk = Buffer.allocUnsafe(kReadChunk);
    const n = chk(yield [B.read, fd, chunk, 0, kReadChunk, -1], 'read');
    if (n === 0) break;
    chunks.push(n < kReadChunk ? chunk.subarray(0, n) : chunk);
    total += n;
    if (total > kIoMaxLength) throw new codes.ERR_FS_FILE_TOO_LARGE(total);
  }
  return Buffer.concat(chunks, total);
}

// options: as getOptions() returned them, defaults { flag: 'r' }
// (the sync form names a bad flag 'flags', the others 'options.flag')
function* readFile(path, options, flagName = 'options.flag') {
  const { encoding, signal } = options;
  let buf;
  if (isFd(path)) {
    buf = yield* readAll(path, signal);
  } else {
    const [p, bp] = toPaths(path);
    const flags = stringToFlags(options.flag, flagName);
    checkAborted(signal);
    const fd = chk(yield [B.open, bp, flags, 0o666], 'open', p);
    try {
      buf = yield* readAll(fd, signal);
    } finally {
      yield [B.close, fd];
    }
  }
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

// fs.fsync / fs.fsyncSync as the module has them now (Node calls them
// through the module, and programs may wrap them): 0, or the error.
function publicFsync(fd, then) {
  const fs = require('fs');
  if (typeof then === 'function') {
    fs.fsync(fd, (err) => then(err ?? 0));
    return undefined;
  }
  try {
    fs.fsyncSync(fd);
    return 0;
  } catch (err) {
    return err;
  }
}

function* flushFd(fd) {
  const r = yield [publicFsync, fd];
  if (r instanceof Error) throw r;
}

// Writes all of view at the current position.
function* writeAll(fd, view, signal) {
  let off = 0;
  while (off < view.byteLength) {
    checkAborted(signal);
    off += chk(yield [B.write, fd, view, off, view.byteLength - off, -1], 'write');
    checkAborted(signal);
  }
}

// The bytes writeFile() writes: a view as bytes, a string encoded.
function dataBytes(data, encoding) {
  if (!ArrayBuffer.isView(data)) {
    if (typeof data !== 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'],
        data);
    }
    return Buffer.from(data, encoding || 'utf8');
  }
  return data instanceof Uint8Array ? data :
    new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

// options: as getOptions() returned them (encoding, mode, flag, flush, signal)
function* writeFile(path, data, options) {
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  data = dataBytes(data, options.encoding);
  const { signal } = options;
  if (isFd(path)) {
    yield* writeAll(path, data, signal);
    if (flush) yield* flushFd(path);
    return;
  }
  const [p, bp] = toPaths(path);
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  checkAborted(signal);
  const fd = chk(yield [B.open, bp, flags, mode], 'open', p);
  try {
    yield* writeAll(fd, data, signal);
    if (flush) yield* flushFd(fd);
  } finally {
    yield [B.close, fd];
  }
}

// ---- directories ----

// The mode of p, or a negative code.
function* modeOf(p, lstat) {
  const raw = new Float64Array(18);
  const r = yield [lstat ? B.lstat : B.stat, p, raw];
  return r < 0 ? r : raw[1];
}

const isDirMode = (m) => m >= 0 && (m & S_IFMT) === S_IFDIR;

// mkdir -p: the first directory created, or undefined when all existed.
function* mkdirp(p, mode) {
  let r = yield [B.mkdir, p, mode];
  if (r === 0) return p;
  if (r === EEXIST) {
    if (isDirMode(yield* modeOf(p, false))) return undefined;
    chk(r, 'mkdir', p);
  }
  if (r !== ENOENT) chk(r, 'mkdir', p);
  const parent = pathModule.dirname(p);
  if (parent === p) chk(r, 'mkdir', p);
  const first = yield* mkdirp(parent, mode);
  r = yield [B.mkdir, p, mode];
  if (r === 0) return first ?? p;
  if (r === EEXIST && isDirMode(yield* modeOf(p, false))) return first;
  chk(r, 'mkdir', p);
}

// mkdir's options: a mode, or { recursive, mode }
function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  return { mode, recursive };
}

function* mkdir(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  const [p, bp] = toPaths(path);
  validateBoolean(recursive, 'options.recursive');
  if (recursive) {
    const first = yield* mkdirp(p, mode);
    return first === undefined ? undefined : encodeResult(first, undefined);
  }
  chk(yield [B.mkdir, bp, mode], 'mkdir', p);
}

function* direntFor(dir, name, type, encoding) {
  if (type === UV_DIRENT_UNKNOWN) {
    const m = yield* modeOf(pathModule.join(dir, name), true);
    if (m >= 0) type = direntTypeOfMode(m);
  }
  return new Dirent(encodeResult(name, encoding), type, dir);
}

// options: as getOptions() returned them
function* readdir(path, options) {
  const [p, bp] = toPaths(path);
  const { encoding, withFileTypes = false, recursive = false } = options;
  if (options.recursive != null) validateBoolean(recursive, 'options.recursive');
  if (!recursive) {
    const r = chk(yield [B.readdir, bp, withFileTypes, wantRaw(encoding)], 'scandir', p);
    if (!withFileTypes) return r.map((n) => encodeResult(n, encoding));
    const [names, types] = r;
    const out = [];
    for (let i = 0; i < names.length; i++) out.push(yield* direntFor(p, names[i], types[i], encoding));
    return out;
  }
  // breadth-first over the tree, as Node walks it
  const out = [];
  const queue = [p];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const [names, types] = chk(yield [B.readdir, dir, true], 'scandir', dir);
    for (let j = 0; j < names.length; j++) {
      const full = pathModule.join(dir, names[j]);
      const d = yield* direntFor(dir, names[j], types[j], encoding);
      out.push(withFileTypes ? d : encodeResult(pathModule.relative(p, full), encoding));
      if (d.isDirectory()) queue.push(full);
    }
  }
  return out;
}

function validateRmOptions(options) {
  if (options === undefined) return { force: false, recursive: false, maxRetries: 0, retryDelay: 100 };
  validateObject(options, 'options');
  const { force = false, recursive = false, maxRetries = 0, retryDelay = 100 } = options;
  validateBoolean(force, 'options.force');
  validateBoolean(recursive, 'options.recursive');
  validateInt32(retryDelay, 'options.retryDelay', 0);
  validateUint32(maxRetries, 'options.maxRetries');
  return { force, recursive, maxRetries, retryDelay };
}

// Codes worth another try when removing a tree: EBUSY, EMFILE, ENFILE,
// ENOTEMPTY, EPERM.
const kRetryCodes = new Set([-16, -24, -23, -39, -1]);
const kSlash = Buffer.from('/');

// Removes p and everything under it (not following links). Works on the
// bytes of the names, which need not be UTF-8.
function* removeTree(p, opts) {
  const m = yield* modeOf(p, true);
  if (m < 0) return m;
  if ((m & S_IFMT) !== S_IFDIR) return yield [B.unlink, p];
  const r = yield [B.readdir, p, true, true];
  if (typeof r === 'number') return r;
  const [names, types] = r;
  const dir = Buffer.from(typeof p === 'string' ? Buffer.from(p) : p);
  for (let i = 0; i < names.length; i++) {
    const child = Buffer.concat([dir, kSlash, names[i]]);
    const e = types[i] === UV_DIRENT_DIR || types[i] === UV_DIRENT_UNKNOWN ?
      yield* removeTree(child, opts) : yield [B.unlink, child];
    if (e < 0 && e !== ENOENT) chk(e, 'rm', child.toString());
  }
  let rr = yield [B.rmdir, p];
  for (let tries = 1; rr < 0 && kRetryCodes.has(rr) && tries <= opts.maxRetries; tries++) {
    yield [sleep, tries * opts.retryDelay];
    rr = yield [B.rmdir, p];
  }
  return rr;
}

function* rm(path, options) {
  const [p, bp] = toPaths(path);
  const opts = validateRmOptions(options);
  const m = yield* modeOf(bp, true);
  if (m < 0) {
    if (opts.force && m === ENOENT) return;
    chk(m, 'lstat', p);
  }
  if ((m & S_IFMT) === S_IFDIR && !opts.recursive) {
    throw new SystemError('ERR_FS_EISDIR', 'Path is a directory', {
      code: 'EISDIR', message: 'is a directory', path: p, syscall: 'rm', errno: 21,
    });
  }
  const r = (m & S_IFMT) === S_IFDIR ? yield* removeTree(bp, opts) : yield [B.unlink, bp];
  if (r < 0 && !(opts.force && r === ENOENT)) chk(r, 'rm', p);
}

// Walks the path a component at a time, expanding symbolic links, so that
// errors name the component that failed (lstat), as Node's JS version does.
// Any value names a path here (Node's walk turns it into a string).
function* realpath(path, options) {
  if (isURLLike(path)) path = require('url').fileURLToPath(path);
  const start = toPath(typeof path === 'string' || path instanceof Uint8Array ? path : `${path}`);
  let parts = pathModule.resolve(start).split('/');
  let resolved = '/';
  let links = 0;
  const raw = new Float64Array(18);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === '' || part === '.') continue;
    if (part === '..') {
      resolved = pathModule.dirname(resolved);
      continue;
    }
    const next = resolved === '/' ? `/${part}` : `${resolved}/${part}`;
    chk(yield [B.lstat, next, raw], 'lstat', next);
    if ((raw[1] & S_IFMT) !== S_IFLNK) {
      resolved = next;
      continue;
    }
    if (++links > 40) return yield* realpathNative(start, options); // a loop: the system says so
    const target = chk(yield [B.readlink, next], 'readlink', next);
    if (target.startsWith('/')) resolved = '/';
    parts = [...target.split('/'), ...parts.slice(i + 1)];
    i = -1;
  }
  return encodeResult(resolved, options?.encoding);
}

module.exports = {
  isFd, readParams, writeParams, validateRmOptions, mkdirOptions, validateBufferArray, readv, writev, statfs, StatFs, checkAborted, toUnixTimestamp, validateIds, dataBytes, writeAll,
  open, close, read, write, stat, fstat, access, exists, chmod, fchmod, chown, fchown,
  utimes, futimes, fsync, ftruncate, truncate, unlink, rmdir, rename, link, copyFile, symlink,
  readlink, realpathNative, realpath, mkdtemp, readFile, writeFile, mkdir, readdir, rm,
};
