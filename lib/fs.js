'use strict';
// fs: the synchronous and callback APIs (fs.promises: internal/fs/promises).
// Each public function sorts out its optional arguments as Node does, then
// runs the one implementation of the operation in internal/fs/ops: directly
// for *Sync, on libuv's thread pool for the callback form.

const { Buffer } = require('buffer');
const { AbortError } = require('internal/errors');
const { validateFunction, validateObject, validateInteger } = require('internal/validators');
const {
  constants, kEmptyObject, toPath, getValidatedFd, getOptions, validateBuffer,
  validateStringAfterArrayBufferView, parseFileMode, stringToFlags,
} = require('internal/fs/utils');
const { kCustomPromisifyArgs } = require('internal/util/promisify_args');
const { Stats, Dirent } = require('internal/fs/stats');
const ops = require('internal/fs/ops');
const { runSync, runCallback, makeCallback } = require('internal/fs/run');
const { Dir, opendir, opendirSync } = require('internal/fs/dir');

const { isFd, readParams, writeParams } = ops;

// Node calls back with (err) alone when there is no result value.
function callbackWith(cb) {
  return (err, value) => (err || value === undefined ? cb(err) : cb(null, value));
}

function run(gen, cb) {
  runCallback(gen, callbackWith(cb));
}

// ---- open / close / read / write ----

function open(path, flags, mode, callback) {
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  }
  parseFileMode(mode, 'mode', 0o666);
  stringToFlags(flags);
  toPath(path);
  makeCallback(callback);
  run(ops.open(path, flags, mode), callback);
}

// (Node checks the path of the sync form last)
function openSync(path, flags, mode) {
  stringToFlags(flags);
  parseFileMode(mode, 'mode', 0o666);
  return runSync(ops.open(path, flags, mode), openSync);
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  if (callback !== defaultCloseCallback) makeCallback(callback);
  fd = getValidatedFd(fd);
  run(ops.close(fd), callback);
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  runSync(ops.close(fd), closeSync);
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', { nullable: true });
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // read(fd, bufferOrOptions, callback)
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      // read(fd, callback)
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', { nullable: true });
    ({
      offset = 0,
      length = buffer?.byteLength - offset,
      position = null,
    } = params ?? kEmptyObject);
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  const p = readParams(buffer, offset, length, position);
  if (p === null) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  runCallback(ops.read(fd, buffer, p[0], p[1], p[2]),
    (err, n) => callback(err, n || 0, buffer));
}

Object.defineProperty(read, kCustomPromisifyArgs, { value: ['bytesRead', 'buffer'] });

// (the descriptor of the sync read/write forms is checked last, as in Node)
function readSync(fd, buffer, offsetOrOptions, length, position) {
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
  const p = readParams(buffer, offset, length, position);
  if (p === null) return 0;
  fd = getValidatedFd(fd);
  return runSync(ops.read(fd, buffer, p[0], p[1], p[2]), readSync);
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params;
  if (ArrayBuffer.isView(buffer)) {
    callback = callback || position || length || offset;
    validateFunction(callback, 'cb');
    params = writeParams(buffer, offset, length, position,
      typeof offset === 'object' ? offsetOrOptions : undefined);
  } else {
    validateStringAfterArrayBufferView(buffer, 'buffer');
    if (typeof position !== 'function') {
      if (typeof offset === 'function') {
        position = offset;
        offset = null;
      } else {
        position = length;
      }
      length = 'utf8';
    }
    callback = position;
    validateFunction(callback, 'cb');
    params = writeParams(buffer, offset, length);
  }
  runCallback(ops.write(fd, ...params), (err, n) => callback(err, n || 0, buffer));
}

Object.defineProperty(write, kCustomPromisifyArgs, { value: ['bytesWritten', 'buffer'] });

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  let params;
  if (ArrayBuffer.isView(buffer)) {
    params = writeParams(buffer, offsetOrOptions, length, position,
      typeof offsetOrOptions === 'object' ? offsetOrOptions : undefined);
  } else {
    validateStringAfterArrayBufferView(buffer, 'buffer');
    params = writeParams(buffer, offsetOrOptions === undefined ? null : offsetOrOptions, length);
  }
  fd = getValidatedFd(fd);
  return runSync(ops.write(fd, ...params), writeSync);
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  ops.validateBufferArray(buffers);
  callback ||= position;
  validateFunction(callback, 'cb');
  runCallback(ops.readv(fd, buffers, position), (err, n) => callback(err, n || 0, buffers));
}
Object.defineProperty(readv, kCustomPromisifyArgs, { value: ['bytesRead', 'buffers'] });

function readvSync(fd, buffers, position) {
  ops.validateBufferArray(buffers);
  fd = getValidatedFd(fd);
  return runSync(ops.readv(fd, buffers, position), readvSync);
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  ops.validateBufferArray(buffers);
  callback ||= position;
  validateFunction(callback, 'cb');
  runCallback(ops.writev(fd, buffers, position), (err, n) => callback(err, n || 0, buffers));
}
Object.defineProperty(writev, kCustomPromisifyArgs, { value: ['bytesWritten', 'buffer'] });

function writevSync(fd, buffers, position) {
  ops.validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  fd = getValidatedFd(fd);
  return runSync(ops.writev(fd, buffers, position), writevSync);
}

// ---- whole files ----

// Node hands an already-aborted signal's error to the callback at once.
function abortedNow(signal, callback) {
  if (!signal?.aborted) return false;
  callback(new AbortError(undefined, { cause: signal.reason }));
  return true;
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  if (!isFd(path) && abortedNow(options.signal, callback)) return;
  runCallback(ops.readFile(path, options), callback);
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  return runSync(ops.readFile(path, { ...options, signal: undefined }, 'flags'), readFileSync);
}

const kWriteDefaults = { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false };

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, kWriteDefaults);
  if (abortedNow(options.signal, callback)) return;
  run(ops.writeFile(path, data, options), callback);
}

function writeFileSync(path, data, options) {
  options = getOptions(options, kWriteDefaults);
  runSync(ops.writeFile(path, data, { ...options, signal: undefined }), writeFileSync);
}

function appendOptions(path, options) {
  options = { ...getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }) };
  if (!options.flag || isFd(path)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  writeFile(path, data, appendOptions(path, options), callback);
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(path, options));
}

// ---- metadata ----

const kStatDefaults = { bigint: false };

function stat(path, options = kStatDefaults, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  makeCallback(callback);
  runCallback(ops.stat(path, options), callback);
}

function lstat(path, options = kStatDefaults, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  makeCallback(callback);
  runCallback(ops.stat(path, options, 'lstat'), callback);
}

function fstat(fd, options = kStatDefaults, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  makeCallback(callback);
  fd = getValidatedFd(fd);
  runCallback(ops.fstat(fd, options), callback);
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return runSync(ops.stat(path, options), statSync);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return runSync(ops.stat(path, options, 'lstat'), lstatSync);
}

function fstatSync(fd, options = kStatDefaults) {
  fd = getValidatedFd(fd);
  return runSync(ops.fstat(fd, options), fstatSync);
}

function statfs(path, options = kStatDefaults, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  validateFunction(callback, 'cb');
  runCallback(ops.statfs(path, options), callback);
}

function statfsSync(path, options = kStatDefaults) {
  return runSync(ops.statfs(path, options), statfsSync);
}

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = undefined;
  }
  toPath(path);
  makeCallback(callback);
  run(ops.access(path, mode), callback);
}

function accessSync(path, mode) {
  runSync(ops.access(path, mode), accessSync);
}

// Deprecated (documentation only): callback(exists), never an error.
function exists(path, callback) {
  validateFunction(callback, 'cb');
  try {
    runCallback(ops.exists(path), (err, yes) => callback(!err && yes));
  } catch {
    callback(false);
  }
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: function exists(path) {
    return new Promise((resolve) => module.exports.exists(path, resolve));
  },
  enumerable: false,
  configurable: true,
  writable: true,
});

let showExistsDeprecation = true;
function existsSync(path) {
  try {
    return runSync(ops.exists(path));
  } catch (err) {
    if (showExistsDeprecation && err?.code === 'ERR_INVALID_ARG_TYPE') {
      showExistsDeprecation = false;
      process.emitWarning('Passing invalid argument types to fs.existsSync is deprecated',
        'DeprecationWarning', 'DEP0187');
    }
    return false;
  }
}

function chmod(path, mode, callback) {
  toPath(path);
  parseFileMode(mode, 'mode');
  makeCallback(callback);
  run(ops.chmod(path, mode), callback);
}

function chmodSync(path, mode) {
  runSync(ops.chmod(path, mode), chmodSync);
}

// (Node checks the descriptor of the fd calls after their other arguments)
function fchmod(fd, mode, callback) {
  parseFileMode(mode, 'mode');
  makeCallback(callback);
  fd = getValidatedFd(fd);
  run(ops.fchmod(fd, mode), callback);
}

function fchmodSync(fd, mode) {
  parseFileMode(mode, 'mode');
  fd = getValidatedFd(fd);
  runSync(ops.fchmod(fd, mode), fchmodSync);
}

function chown(path, uid, gid, callback) {
  makeCallback(callback);
  run(ops.chown(path, uid, gid), callback);
}

function chownSync(path, uid, gid) {
  runSync(ops.chown(path, uid, gid), chownSync);
}

function lchown(path, uid, gid, callback) {
  makeCallback(callback);
  run(ops.chown(path, uid, gid, 'lchown'), callback);
}

function lchownSync(path, uid, gid) {
  runSync(ops.chown(path, uid, gid, 'lchown'), lchownSync);
}

function fchown(fd, uid, gid, callback) {
  ops.validateIds(uid, gid);
  makeCallback(callback);
  fd = getValidatedFd(fd);
  run(ops.fchown(fd, uid, gid), callback);
}

function fchownSync(fd, uid, gid) {
  ops.validateIds(uid, gid);
  fd = getValidatedFd(fd);
  runSync(ops.fchown(fd, uid, gid), fchownSync);
}

function utimes(path, atime, mtime, callback) {
  makeCallback(callback);
  run(ops.utimes(path, atime, mtime), callback);
}

function utimesSync(path, atime, mtime) {
  runSync(ops.utimes(path, atime, mtime), utimesSync);
}

function lutimes(path, atime, mtime, callback) {
  makeCallback(callback);
  run(ops.utimes(path, atime, mtime, 'lutime'), callback);
}

function lutimesSync(path, atime, mtime) {
  runSync(ops.utimes(path, atime, mtime, 'lutime'), lutimesSync);
}

function futimes(fd, atime, mtime, callback) {
  ops.toUnixTimestamp(atime, 'atime');
  ops.toUnixTimestamp(mtime, 'mtime');
  makeCallback(callback);
  fd = getValidatedFd(fd);
  run(ops.futimes(fd, atime, mtime), callback);
}

function futimesSync(fd, atime, mtime) {
  ops.toUnixTimestamp(atime, 'atime');
  ops.toUnixTimestamp(mtime, 'mtime');
  fd = getValidatedFd(fd);
  runSync(ops.futimes(fd, atime, mtime), futimesSync);
}

function fsync(fd, callback) {
  makeCallback(callback);
  fd = getValidatedFd(fd);
  run(ops.fsync(fd), callback);
}

function fsyncSync(fd) {
  fd = getValidatedFd(fd);
  runSync(ops.fsync(fd), fsyncSync);
}

function fdatasync(fd, callback) {
  makeCallback(callback);
  fd = getValidatedFd(fd);
  run(ops.fsync(fd, 'fdatasync'), callback);
}

function fdatasyncSync(fd) {
  fd = getValidatedFd(fd);
  runSync(ops.fsync(fd, 'fdatasync'), fdatasyncSync);
}

function truncate(path, len, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  if (len !== undefined) validateInteger(len, 'len');
  validateFunction(callback, 'cb');
  run(ops.truncate(path, len), callback);
}

function truncateSync(path, len) {
  runSync(ops.truncate(path, len), truncateSync);
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  validateInteger(len, 'len');
  makeCallback(callback);
  fd = getValidatedFd(fd);
  run(ops.ftruncate(fd, len), callback);
}

function ftruncateSync(fd, len = 0) {
  validateInteger(len, 'len');
  fd = getValidatedFd(fd);
  runSync(ops.ftruncate(fd, len), ftruncateSync);
}

// ---- directories ----

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  ops.mkdirOptions(options);
  makeCallback(callback);
  run(ops.mkdir(path, options), callback);
}

function mkdirSync(path, options) {
  return runSync(ops.mkdir(path, options), mkdirSync);
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  run(ops.mkdtemp(prefix, options), callback);
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  return runSync(ops.mkdtemp(prefix, options), mkdtempSync);
}

// A new directory that removes itself (with its contents) on remove() or
// when disposed; removing twice is harmless.
function mkdtempDisposableSync(prefix, options) {
  const path = mkdtempSync(prefix, options);
  const full = require('path').resolve(String(path));
  const remove = () => rmSync(full, { force: true, recursive: true });
  return {
    path,
    remove,
    [Symbol.dispose]: remove,
  };
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  runCallback(ops.readdir(path, options), callback);
}

function readdirSync(path, options) {
  options = getOptions(options);
  return runSync(ops.readdir(path, options), readdirSync);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  makeCallback(callback);
  run(ops.rmdir(path, options), callback);
}

function rmdirSync(path, options) {
  runSync(ops.rmdir(path, options), rmdirSync);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  // Node checks path and options here but not the callback
  toPath(path);
  ops.validateRmOptions(options);
  run(ops.rm(path, options), (err) => callback(err));
}

function rmSync(path, options) {
  ops.validateRmOptions(options);
  runSync(ops.rm(path, options), rmSync);
}

function unlink(path, callback) {
  makeCallback(callback);
  run(ops.unlink(path), callback);
}

function unlinkSync(path) {
  runSync(ops.unlink(path), unlinkSync);
}

// ---- copying trees ----

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  makeCallback(callback);
  const cpm = require('internal/fs/cp');
  options = cpm.validateCpOptions(options);
  run(cpm.cp(toPath(src, 'src'), toPath(dest, 'dest'), options), callback);
}

function cpSync(src, dest, options) {
  const cpm = require('internal/fs/cp');
  options = cpm.validateCpOptions(options);
  runSync(cpm.cp(toPath(src, 'src'), toPath(dest, 'dest'), options, true), cpSync);
}

// ---- names and links ----

function rename(oldPath, newPath, callback) {
  makeCallback(callback);
  run(ops.rename(oldPath, newPath), callback);
}

function renameSync(oldPath, newPath) {
  runSync(ops.rename(oldPath, newPath), renameSync);
}

function link(existingPath, newPath, callback) {
  makeCallback(callback);
  run(ops.link(existingPath, newPath), callback);
}

function linkSync(existingPath, newPath) {
  runSync(ops.link(existingPath, newPath), linkSync);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  toPath(src, 'src');
  toPath(dest, 'dest');
  makeCallback(callback);
  run(ops.copyFile(src, dest, mode), callback);
}

function copyFileSync(src, dest, mode) {
  runSync(ops.copyFile(src, dest, mode), copyFileSync);
}

function symlink(target, path, type, callback) {
  if (callback === undefined) {
    callback = makeCallback(type);
    type = undefined;
  } else {
    makeCallback(callback);
  }
  run(ops.symlink(target, path, type), callback);
}

function symlinkSync(target, path, type) {
  runSync(ops.symlink(target, path, type), symlinkSync);
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  runCallback(ops.readlink(path, options), callback);
}

function readlinkSync(path, options) {
  options = getOptions(options);
  return runSync(ops.readlink(path, options), readlinkSync);
}

function realpath(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  runCallback(ops.realpath(path, options), callback);
}

realpath.native = function native(path, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  runCallback(ops.realpathNative(path, options), callback);
};

function realpathSync(path, options) {
  options = getOptions(options);
  return runSync(ops.realpath(path, options), realpathSync);
}

realpathSync.native = function native(path, options) {
  options = getOptions(options);
  return runSync(ops.realpathNative(path, options), native);
};

// ReadStream / WriteStream load on first use; a program may replace them
// (fs.ReadStream = X) and createReadStream then makes an X.
let ReadStream;
let WriteStream;
function lazyStreams() {
  if (ReadStream === undefined) {
    ({ ReadStream, WriteStream } = require('internal/fs/streams'));
  }
}

function createReadStream(path, options) {
  lazyStreams();
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  lazyStreams();
  return new WriteStream(path, options);
}

module.exports = {
  access, accessSync,
  appendFile, appendFileSync,
  chmod, chmodSync,
  chown, chownSync,
  close, closeSync,
  copyFile, copyFileSync,
  cp, cpSync,
  createReadStream, createWriteStream,
  exists, existsSync,
  fchmod, fchmodSync,
  fchown, fchownSync,
  fdatasync, fdatasyncSync,
  fstat, fstatSync,
  fsync, fsyncSync,
  ftruncate, ftruncateSync,
  futimes, futimesSync,
  lchown, lchownSync,
  link, linkSync,
  lstat, lstatSync,
  lutimes, lutimesSync,
  mkdir, mkdirSync,
  mkdtemp, mkdtempSync, mkdtempDisposableSync,
  open, openSync,
  opendir, opendirSync,
  read, readSync,
  readdir, readdirSync,
  readv, readvSync,
  readFile, readFileSync,
  readlink, readlinkSync,
  realpath, realpathSync,
  rename, renameSync,
  rm, rmSync,
  rmdir, rmdirSync,
  stat, statSync,
  statfs, statfsSync,
  symlink, symlinkSync,
  truncate, truncateSync,
  unlink, unlinkSync,
  utimes, utimesSync,
  write, writeSync,
  writev, writevSync,
  writeFile, writeFileSync,
  _toUnixTimestamp: ops.toUnixTimestamp,
  Dir,
  Dirent,
  constants,
};

// fs.Stats warns when a program calls it (DEP0180); made on first use so
// that loading fs does not load util.
let deprecatedStats;
Object.defineProperty(module.exports, 'Stats', {
  get() {
    deprecatedStats ??= require('util').deprecate(Stats, 'fs.Stats constructor is deprecated.',
      'DEP0180');
    return deprecatedStats;
  },
  set(v) {
    deprecatedStats = v;
  },
  enumerable: true,
  configurable: true,
});

for (const [name, which] of [['ReadStream', 'r'], ['WriteStream', 'w'],
  ['FileReadStream', 'r'], ['FileWriteStream', 'w']]) {
  Object.defineProperty(module.exports, name, {
    get() {
      lazyStreams();
      return which === 'r' ? ReadStream : WriteStream;
    },
    set(v) {
      lazyStreams();
      if (which === 'r') ReadStream = v;
      else WriteStream = v;
    },
    enumerable: true,
    configurable: true,
  });
}

Object.defineProperty(module.exports, 'promises', {
  get() { return require('internal/fs/promises').exports; },
  enumerable: true,
  configurable: true,
});
