'use strict';
// fs: the synchronous API. The callback API and fs.promises are not built
// yet and are absent rather than half there.

const { Buffer } = require('buffer');
const pathModule = require('path');
const { codes } = require('internal/errors');
const { validateBoolean, validateObject, validateOneOf } = require('internal/validators');
const {
  binding, constants, kEmptyObject, SystemError, check, throwIf, toPath, getValidatedFd, stringToFlags, parseFileMode, getValidMode, getOptions,
  encodeResult, validateBuffer, validateStringAfterArrayBufferView, validateOffsetLengthRead,
  validateOffsetLengthWrite, validatePosition, validateRmdirOptions,
} = require('internal/fs/utils');
const { Stats, getStats, Dirent, direntTypeOfMode } = require('internal/fs/stats');

const { F_OK, S_IFMT, S_IFDIR, S_IFLNK, UV_DIRENT_UNKNOWN,
  UV_DIRENT_DIR } = constants;
const kIoMaxLength = 2 ** 31 - 1;
const kReadChunk = 64 * 1024;

const isFd = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 2147483647;

// ---- open / close / read / write ----

function openSync(path, flags, mode) {
  path = toPath(path);
  const f = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return throwIf(binding.open(path, f, mode), 'open', path, undefined, openSync);
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  throwIf(binding.close(fd), 'close', undefined, undefined, closeSync);
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateObject(offsetOrOptions, 'options', { nullable: true });
    }
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) {
    offset = 0;
  } else {
    const { validateInteger } = require('internal/validators');
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new codes.ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  const pos = position == null ? -1 : validatePosition(position, 'position');
  return throwIf(binding.read(fd, buffer, offset, length, pos), 'read', undefined, undefined,
    readSync);
}

function validateEncoding(data, encoding) {
  if (encoding === 'hex' && data.length % 2 !== 0) {
    throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding,
      `is invalid for data of length ${data.length}`);
  }
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let view = buffer;
  if (ArrayBuffer.isView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (typeof offset !== 'number') offset = 0;
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
  } else {
    validateStringAfterArrayBufferView(buffer, 'buffer');
    // string form: writeSync(fd, string[, position[, encoding]])
    const encoding = length;
    validateEncoding(buffer, encoding);
    position = offset === undefined ? null : offset;
    view = Buffer.from(buffer, encoding);
    offset = 0;
    length = view.byteLength;
  }
  const pos = typeof position === 'number' && position >= 0 ? position : -1;
  return throwIf(binding.write(fd, view, offset, length, pos), 'write', undefined, undefined,
    writeSync);
}

// Writes all of view to fd; position null means the current position.
function writeAll(fd, view, position, fn) {
  let off = 0;
  while (off < view.byteLength) {
    const n = throwIf(binding.write(fd, view, off, view.byteLength - off,
      position === null ? -1 : position + off), 'write', undefined, undefined, fn);
    off += n;
  }
}

// ---- whole files ----

function tryStatSize(fd, fn) {
  const raw = new Float64Array(18);
  throwIf(binding.fstat(fd, raw), 'fstat', undefined, undefined, fn);
  // only regular files report a size worth trusting
  return (raw[1] & S_IFMT) === 0o100000 ? raw[8] : 0;
}

function readAll(fd, fn) {
  const size = tryStatSize(fd, fn);
  if (size > kIoMaxLength) throw new codes.ERR_FS_FILE_TOO_LARGE(size);
  if (size > 0) {
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = throwIf(binding.read(fd, buf, got, size - got, -1), 'read', undefined,
        undefined, fn);
      if (n === 0) break;
      got += n;
    }
    return got < size ? buf.subarray(0, got) : buf;
  }
  // size unknown (procfs, pipes): read until EOF
  const chunks = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(kReadChunk);
    const n = throwIf(binding.read(fd, chunk, 0, kReadChunk, -1), 'read', undefined, undefined,
      fn);
    if (n === 0) break;
    chunks.push(n < kReadChunk ? chunk.subarray(0, n) : chunk);
    total += n;
    if (total > kIoMaxLength) throw new codes.ERR_FS_FILE_TOO_LARGE(total);
  }
  return Buffer.concat(chunks, total);
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  let buf;
  if (isFd(path)) {
    buf = readAll(path, readFileSync);
  } else {
    const p = toPath(path);
    const fd = throwIf(binding.open(p, stringToFlags(options.flag), 0o666), 'open', p, undefined,
      readFileSync);
    try {
      buf = readAll(fd, readFileSync);
    } finally {
      binding.close(fd);
    }
  }
  return options.encoding && options.encoding !== 'buffer' ? buf.toString(options.encoding) : buf;
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (!ArrayBuffer.isView(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  } else if (!(data instanceof Uint8Array)) {
    data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  if (options.flush !== undefined && options.flush !== null) {
    validateBoolean(options.flush, 'options.flush');
  }
  if (isFd(path)) {
    writeAll(path, data, null, writeFileSync);
    return;
  }
  const p = toPath(path);
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const fd = throwIf(binding.open(p, flags, mode), 'open', p, undefined, writeFileSync);
  try {
    writeAll(fd, data, null, writeFileSync);
  } finally {
    binding.close(fd);
  }
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

// ---- metadata ----

function statRaw(options) {
  return options.bigint ? new BigInt64Array(18) : new Float64Array(18);
}

function isMissing(r) {
  return r === -2 /* ENOENT */ || r === -20 /* ENOTDIR */;
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  const p = toPath(path);
  const raw = statRaw(options);
  const r = binding.stat(p, raw);
  if (r < 0 && options.throwIfNoEntry === false && isMissing(r)) return undefined;
  throwIf(r, 'stat', p, undefined, statSync);
  return getStats(raw);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  const p = toPath(path);
  const raw = statRaw(options);
  const r = binding.lstat(p, raw);
  if (r < 0 && options.throwIfNoEntry === false && isMissing(r)) return undefined;
  throwIf(r, 'lstat', p, undefined, lstatSync);
  return getStats(raw);
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  const raw = statRaw(options);
  throwIf(binding.fstat(fd, raw), 'fstat', undefined, undefined, fstatSync);
  return getStats(raw);
}

function accessSync(path, mode) {
  const p = toPath(path);
  mode = getValidMode(mode, 7, F_OK);
  throwIf(binding.access(p, mode), 'access', p, undefined, accessSync);
}

let showExistsDeprecation = true;
function existsSync(path) {
  let p;
  try {
    p = toPath(path);
  } catch (err) {
    if (showExistsDeprecation && err?.code === 'ERR_INVALID_ARG_TYPE') {
      showExistsDeprecation = false;
      process.emitWarning('Passing invalid argument types to fs.existsSync is deprecated',
        'DeprecationWarning', 'DEP0187');
    }
    return false;
  }
  return binding.access(p, F_OK) === 0;
}

function chmodSync(path, mode) {
  const p = toPath(path);
  mode = parseFileMode(mode, 'mode');
  throwIf(binding.chmod(p, mode), 'chmod', p, undefined, chmodSync);
}

// ---- directories ----

function modeOf(p, lstat) {
  const raw = new Float64Array(18);
  const r = lstat ? binding.lstat(p, raw) : binding.stat(p, raw);
  return r < 0 ? r : raw[1];
}

const isDirMode = (m) => m >= 0 && (m & S_IFMT) === S_IFDIR;

// mkdir -p: the first directory created, or undefined when all existed.
function mkdirp(p, mode) {
  let r = binding.mkdir(p, mode);
  if (r === 0) return p;
  if (r === -17 /* EEXIST */) {
    if (isDirMode(modeOf(p, false))) return undefined;
    throwIf(r, 'mkdir', p, undefined, mkdirSync);
  }
  if (r !== -2 /* ENOENT */) throwIf(r, 'mkdir', p, undefined, mkdirSync);
  const parent = pathModule.dirname(p);
  if (parent === p) throwIf(r, 'mkdir', p, undefined, mkdirSync);
  const first = mkdirp(parent, mode);
  r = binding.mkdir(p, mode);
  if (r === 0) return first ?? p;
  if (r === -17 && isDirMode(modeOf(p, false))) return first;
  throwIf(r, 'mkdir', p, undefined, mkdirSync);
}

function mkdirSync(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  validateBoolean(recursive, 'options.recursive');
  const p = toPath(path);
  if (recursive) {
    const first = mkdirp(p, mode);
    return first === undefined ? undefined : encodeResult(first, undefined);
  }
  throwIf(binding.mkdir(p, mode), 'mkdir', p, undefined, mkdirSync);
}

function direntFor(dir, name, type, encoding) {
  if (type === UV_DIRENT_UNKNOWN) {
    const m = modeOf(pathModule.join(dir, name), true);
    if (m >= 0) type = direntTypeOfMode(m);
  }
  return new Dirent(encodeResult(name, encoding), type, dir);
}

function readdirSync(path, options) {
  options = getOptions(options);
  const p = toPath(path);
  const { encoding, withFileTypes = false, recursive = false } = options;
  if (options.recursive != null) validateBoolean(recursive, 'options.recursive');
  if (!recursive) {
    const r = throwIf(binding.readdir(p, withFileTypes), 'scandir', p, undefined, readdirSync);
    if (!withFileTypes) return r.map((n) => encodeResult(n, encoding));
    const [names, types] = r;
    return names.map((n, i) => direntFor(p, n, types[i], encoding));
  }
  // breadth-first over the tree, as Node walks it
  const out = [];
  const queue = [p];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const r = throwIf(binding.readdir(dir, true), 'scandir', dir, undefined, readdirSync);
    const [names, types] = r;
    for (let j = 0; j < names.length; j++) {
      const full = pathModule.join(dir, names[j]);
      if (withFileTypes) {
        const d = direntFor(dir, names[j], types[j], encoding);
        out.push(d);
        if (d.isDirectory()) queue.push(full);
      } else {
        out.push(encodeResult(pathModule.relative(p, full), encoding));
        if (isDirMode(modeOf(full, false))) queue.push(full);
      }
    }
  }
  return out;
}

function rmdirSync(path, options) {
  const p = toPath(path);
  validateRmdirOptions(options);
  throwIf(binding.rmdir(p), 'rmdir', p, undefined, rmdirSync);
}

function unlinkSync(path) {
  const p = toPath(path);
  throwIf(binding.unlink(p), 'unlink', p, undefined, unlinkSync);
}

function validateRmOptions(options) {
  if (options === undefined) return { force: false, recursive: false, maxRetries: 0 };
  validateObject(options, 'options');
  const { force = false, recursive = false, maxRetries = 0, retryDelay = 100 } = options;
  validateBoolean(force, 'options.force');
  validateBoolean(recursive, 'options.recursive');
  const { validateInt32, validateUint32 } = require('internal/validators');
  validateInt32(retryDelay, 'options.retryDelay', 0);
  validateUint32(maxRetries, 'options.maxRetries');
  return { force, recursive, maxRetries };
}

// Removes p and everything under it (not following links).
function removeTree(p) {
  const m = modeOf(p, true);
  if (m < 0) return m;
  if ((m & S_IFMT) !== S_IFDIR) return binding.unlink(p);
  const r = binding.readdir(p, true);
  if (typeof r === 'number') return r;
  const [names, types] = r;
  for (let i = 0; i < names.length; i++) {
    const child = pathModule.join(p, names[i]);
    const e = types[i] === UV_DIRENT_DIR || types[i] === UV_DIRENT_UNKNOWN ?
      removeTree(child) : binding.unlink(child);
    if (e < 0 && e !== -2) return check(e, 'rm', child, undefined, rmSync);
  }
  return binding.rmdir(p);
}

function rmSync(path, options) {
  const p = toPath(path);
  const opts = validateRmOptions(options);
  const m = modeOf(p, true);
  if (m < 0) {
    if (opts.force && m === -2) return;
    throwIf(m, 'lstat', p, undefined, rmSync);
  }
  if ((m & S_IFMT) === S_IFDIR && !opts.recursive) {
    throw new SystemError('ERR_FS_EISDIR', 'Path is a directory', {
      code: 'EISDIR', message: 'is a directory', path: p, syscall: 'rm', errno: 21,
    });
  }
  const r = (m & S_IFMT) === S_IFDIR ? removeTree(p) : binding.unlink(p);
  if (r instanceof Error) throw r;
  if (r < 0 && !(opts.force && r === -2)) throwIf(r, 'rm', p, undefined, rmSync);
}

// ---- names and links ----

function renameSync(oldPath, newPath) {
  const from = toPath(oldPath, 'oldPath');
  const to = toPath(newPath, 'newPath');
  throwIf(binding.rename(from, to), 'rename', from, to, renameSync);
}

function copyFileSync(src, dest, mode) {
  const from = toPath(src, 'src');
  const to = toPath(dest, 'dest');
  mode = getValidMode(mode, 7, 0);
  throwIf(binding.copyfile(from, to, mode), 'copyfile', from, to, copyFileSync);
}

function symlinkSync(target, path, type) {
  validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);
  const t = toPath(target, 'target');
  const p = toPath(path);
  const flags = type === 'dir' ? constants.UV_FS_SYMLINK_DIR :
    type === 'junction' ? constants.UV_FS_SYMLINK_JUNCTION : 0;
  throwIf(binding.symlink(t, p, flags), 'symlink', t, p, symlinkSync);
}

function readlinkSync(path, options) {
  options = getOptions(options);
  const p = toPath(path, 'oldPath');
  const r = throwIf(binding.readlink(p), 'readlink', p, undefined, readlinkSync);
  return encodeResult(r, options.encoding);
}

// Walks the path a component at a time, expanding symbolic links, so that
// errors name the component that failed (lstat), as Node's JS version does.
function realpathSync(p, options) {
  options = getOptions(options);
  const start = toPath(p);
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
    throwIf(binding.lstat(next, raw), 'lstat', next, undefined, realpathSync);
    if ((raw[1] & S_IFMT) !== S_IFLNK) {
      resolved = next;
      continue;
    }
    if (++links > 40) {
      // a loop: let the system say so
      const r = throwIf(binding.realpathNative(start), 'realpath', start, undefined, realpathSync);
      return encodeResult(r, options.encoding);
    }
    const target = throwIf(binding.readlink(next), 'readlink', next, undefined, realpathSync);
    if (target.startsWith('/')) resolved = '/';
    parts = [...target.split('/'), ...parts.slice(i + 1)];
    i = -1;
  }
  return encodeResult(resolved, options.encoding);
}

realpathSync.native = function native(path, options) {
  options = getOptions(options);
  const p = toPath(path);
  const r = throwIf(binding.realpathNative(p), 'realpath', p, undefined, native);
  return encodeResult(r, options.encoding);
};

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  const p = `${toPath(prefix, 'prefix')}XXXXXX`;
  const r = throwIf(binding.mkdtemp(p), 'mkdtemp', p, undefined, mkdtempSync);
  return encodeResult(r, options.encoding);
}

module.exports = {
  appendFileSync,
  accessSync,
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  rmdirSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
  writeSync,
  Dirent,
  Stats,
  constants,
};
