'use strict';
// fs.promises / require('fs/promises'): the operations of internal/fs/ops
// returning promises, and FileHandle, an open file whose methods do the
// same on its descriptor.

const { Buffer } = require('buffer');
const EventEmitter = require('events');
const { codes } = require('internal/errors');
const { validateObject, validateInteger } = require('internal/validators');
const {
  constants, kEmptyObject, toPath, getOptions, validateBuffer,
} = require('internal/fs/utils');
const ops = require('internal/fs/ops');
const { runPromise } = require('internal/fs/run');
const { opendirPromise } = require('internal/fs/dir');

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseSettle = Symbol('kCloseSettle');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    this[kCloseSettle] = null;
  }

  // Closing waits for the operations in flight (each holds a reference).
  // An own property, as in Node: `const { close } = handle` works.
  close = () => {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    let p;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      p = runPromise(ops.close(fd));
    } else {
      p = new Promise((resolve, reject) => { this[kCloseSettle] = { resolve, reject }; });
    }
    this[kClosePromise] = p.finally(() => { this[kClosePromise] = null; });
    this.emit('close');
    return this[kClosePromise];
  };

  get fd() {
    return this[kFd];
  }

  async [Symbol.asyncDispose]() {
    await this.close();
  }

  // A user of the descriptor (an operation, a stream): close() waits for it.
  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    if (--this[kRefs] === 0 && this[kCloseSettle]) {
      const settle = this[kCloseSettle];
      const fd = this[kFd];
      this[kFd] = -1;
      this[kCloseSettle] = null;
      runPromise(ops.close(fd)).then(settle.resolve, settle.reject);
    }
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  appendFile(data, options) {
    return fsCall('writeFileHandle', writeFileHandle, this, data, options, 'a');
  }

  chmod(mode) {
    return fsCall('fchmod', (h, m) => runPromise(ops.fchmod(h.fd, m)), this, mode);
  }

  chown(uid, gid) {
    return fsCall('fchown', (h, u, g) => runPromise(ops.fchown(h.fd, u, g)), this, uid, gid);
  }

  datasync() {
    return fsCall('fdatasync', (h) => runPromise(ops.fsync(h.fd, 'fdatasync')), this);
  }

  sync() {
    return fsCall('fsync', (h) => runPromise(ops.fsync(h.fd)), this);
  }

  read(buffer, offset, length, position) {
    return fsCall('read', readHandle, this, buffer, offset, length, position);
  }

  readv(buffers, position) {
    return fsCall('readv', async (h, b, p) => ({
      __proto__: null, bytesRead: await runPromise(ops.readv(h.fd, b, p)), buffers: b,
    }), this, buffers, position);
  }

  writev(buffers, position) {
    return fsCall('writev', async (h, b, p) => ({
      __proto__: null, bytesWritten: await runPromise(ops.writev(h.fd, b, p)), buffers: b,
    }), this, buffers, position);
  }

  readFile(options) {
    return fsCall('readFileHandle', readFileHandle, this, options);
  }

  stat(options) {
    return fsCall('fstat', (h, o) => runPromise(ops.fstat(h.fd, o ?? { bigint: false })), this,
      options);
  }

  truncate(len = 0) {
    return fsCall('ftruncate', (h, l) => runPromise(ops.ftruncate(h.fd, l)), this, len);
  }

  utimes(atime, mtime) {
    return fsCall('futimes', (h, a, m) => runPromise(ops.futimes(h.fd, a, m)), this, atime,
      mtime);
  }

  write(buffer, offsetOrOptions, length, position) {
    return fsCall('write', writeHandle, this, buffer, offsetOrOptions, length, position);
  }

  writeFile(data, options) {
    return fsCall('writeFileHandle', writeFileHandle, this, data, options, 'w');
  }
}

// Runs fn(handle, ...args) while holding a reference, so close() waits;
// `name` is the syscall a closed handle's error reports.
async function fsCall(name, fn, handle, ...args) {
  if (handle[kFd] === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = name;
    throw err;
  }
  handle[kRef]();
  try {
    return await fn(handle, ...args);
  } finally {
    handle[kUnref]();
  }
}

async function readHandle(handle, bufferOrOptions, offset, length, position) {
  let buffer = bufferOrOptions;
  if (!ArrayBuffer.isView(buffer)) {
    if (bufferOrOptions !== undefined) {
      validateObject(bufferOrOptions, 'options', { nullable: true });
    }
    ({
      buffer = Buffer.alloc(16384),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrOptions ?? kEmptyObject);
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = offset);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  const p = ops.readParams(buffer, offset, length, position);
  if (p === null) return { __proto__: null, bytesRead: 0, buffer };
  const bytesRead = await runPromise(ops.read(handle.fd, buffer, p[0], p[1], p[2]));
  return { __proto__: null, bytesRead: bytesRead || 0, buffer };
}

async function writeHandle(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  const params = ArrayBuffer.isView(buffer) ?
    ops.writeParams(buffer, offsetOrOptions, length, position,
      typeof offsetOrOptions === 'object' ? offsetOrOptions : undefined) :
    ops.writeParams(buffer, offsetOrOptions, length);
  const bytesWritten = await runPromise(ops.write(handle.fd, ...params));
  return { __proto__: null, bytesWritten: bytesWritten || 0, buffer };
}

async function readFileHandle(handle, options) {
  options = getOptions(options, { flag: 'r' });
  ops.checkAborted(options.signal);
  return runPromise(ops.readFile(handle.fd, options));
}

function isIterable(v) {
  return v != null && typeof v === 'object' &&
    (typeof v[Symbol.iterator] === 'function' || typeof v[Symbol.asyncIterator] === 'function');
}

// writeFile's data: bytes, a string, or an (async) iterable of either
async function writeFileHandle(handle, data, options, flag) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag });
  ops.checkAborted(options.signal);
  if (!ArrayBuffer.isView(data) && typeof data !== 'string' && isIterable(data)) {
    for await (const chunk of data) {
      ops.checkAborted(options.signal);
      const bytes = ops.dataBytes(chunk, options.encoding);
      await runPromise(ops.writeAll(handle.fd, bytes, options.signal));
    }
    return;
  }
  return runPromise(ops.writeFile(handle.fd, data, options));
}

// ---- the module's functions ----

async function open(path, flags, mode) {
  return new FileHandle(await runPromise(ops.open(path, flags, mode)));
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return readFileHandle(path, options);
  toPath(path);
  ops.checkAborted(options.signal);
  return runPromise(ops.readFile(path, options));
}

async function writeFile(path, data, options, flag = 'w') {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag });
  const iterable = !ArrayBuffer.isView(data) && typeof data !== 'string' && isIterable(data);
  if (!iterable) ops.dataBytes(data, options.encoding); // data is checked before path
  if (path instanceof FileHandle) return writeFileHandle(path, data, options, flag);
  toPath(path);
  if (!iterable) return runPromise(ops.writeFile(path, data, options));
  ops.checkAborted(options.signal);
  const fd = await runPromise(ops.open(path, options.flag || flag, options.mode));
  const handle = new FileHandle(fd);
  try {
    await writeFileHandle(handle, data, options, flag);
  } finally {
    await handle.close();
  }
}

async function appendFile(path, data, options) {
  options = { ...getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }) };
  options.flag ||= 'a';
  return writeFile(path, data, options, 'a');
}

async function mkdtempDisposable(prefix, options) {
  const path = await runPromise(ops.mkdtemp(prefix, getOptions(options)));
  const full = require('path').resolve(String(path));
  const remove = async () => {
    await runPromise(ops.rm(full, { force: true, recursive: true }));
  };
  return {
    __proto__: null,
    path,
    remove,
    [Symbol.asyncDispose]: remove,
  };
}

async function cp(src, dest, options) {
  const cpm = require('internal/fs/cp');
  options = cpm.validateCpOptions(options);
  return runPromise(cpm.cp(toPath(src, 'src'), toPath(dest, 'dest'), options));
}

// lchmod exists only where the system has it (macOS), as in Node.
async function lchmod() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function realpath(path, options) {
  return runPromise(ops.realpathNative(path, getOptions(options)));
}

// fn(...the first n arguments) as a promise
const call = (gen, n) => async (...args) => runPromise(gen(...args.slice(0, n)));

const api = {
  access: call(ops.access, 2),
  appendFile,
  chmod: call(ops.chmod, 2),
  chown: call(ops.chown, 3),
  copyFile: call(ops.copyFile, 3),
  cp,
  lchmod,
  lchown: async (path, uid, gid) => runPromise(ops.chown(path, uid, gid, 'lchown')),
  lutimes: async (path, atime, mtime) => runPromise(ops.utimes(path, atime, mtime, 'lutime')),
  link: call(ops.link, 2),
  lstat: async (path, options = { bigint: false }) => {
    validateObject(options, 'options');
    return runPromise(ops.stat(path, { bigint: options.bigint }, 'lstat'));
  },
  mkdir: async (path, options) => {
    toPath(path);
    return runPromise(ops.mkdir(path, options));
  },
  mkdtemp: async (prefix, options) => runPromise(ops.mkdtemp(prefix, getOptions(options))),
  mkdtempDisposable,
  open,
  opendir: opendirPromise,
  readdir: async (path, options) => runPromise(ops.readdir(path, getOptions(options))),
  readFile,
  // ('oldPath' is the name Node's promise form gives a bad path here)
  readlink: async (path, options) => runPromise(ops.readlink(path, getOptions(options), 'oldPath')),
  realpath,
  rename: call(ops.rename, 2),
  rm: call(ops.rm, 2),
  rmdir: call(ops.rmdir, 2),
  stat: async (path, options = { bigint: false }) => {
    validateObject(options, 'options');
    return runPromise(ops.stat(path, { bigint: options.bigint }));
  },
  statfs: async (path, options = { bigint: false }) => runPromise(ops.statfs(path, options)),
  symlink: call(ops.symlink, 3),
  truncate: call(ops.truncate, 2),
  unlink: call(ops.unlink, 1),
  utimes: async (path, atime, mtime) => runPromise(ops.utimes(path, atime, mtime)),
  writeFile: async (path, data, options) => writeFile(path, data, options),
  constants,
};

// Node's functions carry their own names.
for (const [name, fn] of Object.entries(api)) {
  if (typeof fn === 'function' && fn.name !== name) {
    Object.defineProperty(fn, 'name', { value: name });
  }
}

module.exports = { exports: api, FileHandle, kRef, kUnref };
