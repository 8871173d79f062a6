'use strict';
// fs.ReadStream and fs.WriteStream: streams over a file descriptor, opened
// from a path in _construct or handed in as options.fd (a number or a
// FileHandle). All I/O goes through the stream's `fs` (options.fs or the
// fs module), so programs that patch fs.open/read/write see it.

const { Buffer } = require('buffer');
const { Readable, Writable, finished } = require('stream');
const { errorOrDestroy } = require('internal/streams/destroy');
const { codes } = require('internal/errors');
const { validateInteger, validateFunction, validateBoolean } = require('internal/validators');
const { getOptions, getValidatedFd, getValidatedPath, kEmptyObject } = require('internal/fs/utils');
const { deprecate } = require('util');

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');

function lazyFs() {
  return require('fs');
}

function lazyPromises() {
  return require('internal/fs/promises');
}

// The fs-like operations a stream uses on a FileHandle.
function fileHandleOps(handle) {
  const { kUnref } = lazyPromises();
  return {
    open() {
      throw new codes.ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close(fd, cb) {
      handle[kUnref]();
      handle.close().then(() => cb(), cb);
    },
    read(fd, buf, offset, length, pos, cb) {
      handle.read(buf, offset, length, pos)
        .then((r) => cb(null, r.bytesRead, r.buffer), (err) => cb(err, 0, buf));
    },
    write(fd, buf, offset, length, pos, cb) {
      handle.write(buf, offset, length, pos)
        .then((r) => cb(null, r.bytesWritten, r.buffer), (err) => cb(err, 0, buf));
    },
    writev(fd, buffers, pos, cb) {
      handle.writev(buffers, pos)
        .then((r) => cb(null, r.bytesWritten, r.buffers), (err) => cb(err, 0, buffers));
    },
    fsync(fd, cb) {
      handle.sync().then(() => cb(), cb);
    },
  };
}

// options.fd given: a number, or a FileHandle the stream follows.
function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || lazyFs();
    return options.fd;
  }
  const { FileHandle, kRef } = lazyPromises();
  if (typeof options.fd === 'object' && options.fd instanceof FileHandle) {
    if (options.fs) throw new codes.ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream[kHandle] = options.fd;
    stream[kFs] = fileHandleOps(options.fd);
    options.fd[kRef]();
    options.fd.on('close', stream.close.bind(stream));
    return options.fd.fd;
  }
  throw new codes.ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

// What both kinds share before the base constructor runs: fd or path,
// flags, mode, the fs methods in use, start.
function setUp(stream, path, options, flags, methods) {
  stream[kFs] = options.fs || lazyFs();
  if (options.fd == null) {
    stream.fd = null;
    stream.path = path instanceof URL ? require('url').fileURLToPath(path) : path;
    stream.flags = options.flags === undefined ? flags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
    getValidatedPath(stream.path);
  } else {
    stream.fd = getValidatedFd(importFd(stream, options));
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  for (const m of methods) validateFunction(stream[kFs][m], `options.fs.${m}`);
  stream.start = options.start;
  stream.pos = undefined;
  stream[kIsPerformingIO] = false;
  if (stream.start !== undefined) {
    validateInteger(stream.start, 'start', 0);
    stream.pos = stream.start;
  }
}

// Own and inherited options, as Node copies them.
function copyOptions(options) {
  const out = {};
  for (const key in options) out[key] = options[key];
  return out;
}

const openRead = deprecate(function open() {},
  'ReadStream.prototype.open() is deprecated', 'DEP0135');
const openWrite = deprecate(function open() {},
  'WriteStream.prototype.open() is deprecated', 'DEP0135');

function construct(callback) {
  if (typeof this.fd === 'number') {
    callback();
    return;
  }
  if (this.open !== openRead && this.open !== openWrite) {
    // open() patched by the program: it reports through 'open' / 'error'
    const emit = this.emit;
    this.emit = function(...args) {
      if (args[0] === 'open') {
        this.emit = emit;
        callback();
        Reflect.apply(emit, this, args);
      } else if (args[0] === 'error') {
        this.emit = emit;
        callback(args[1]);
      } else {
        Reflect.apply(emit, this, args);
      }
    };
    this.open();
    return;
  }
  this[kFs].open(this.path, this.flags, this.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    this.fd = fd;
    callback();
    this.emit('open', this.fd);
    this.emit('ready');
  });
}

function closeFd(stream, err, cb) {
  stream[kFs].close(stream.fd, (er) => cb(er || err));
  stream.fd = null;
}

function close(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => closeFd(stream, err || flushErr, cb));
  } else {
    closeFd(stream, err, cb);
  }
}

// Waits for a read or write in flight before closing the descriptor.
function destroy(err, cb) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => close(this, err || er, cb));
  else close(this, err, cb);
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(getOptions(options, kEmptyObject));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = false;
  setUp(this, path, options, 'r', ['open', 'read', 'close']);
  this.end = options.end;
  this.bytesRead = 0;
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new codes.ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() {
    if (!(this instanceof ReadStream)) throw new codes.ERR_INVALID_THIS('ReadStream');
    return this._readableState.autoDestroy;
  },
  set(v) { this._readableState.autoDestroy = v; },
  configurable: true,
});

ReadStream.prototype.open = openRead;
ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function _read(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos, (err, bytesRead, b) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      errorOrDestroy(this, err);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      let chunk = b ?? buf;
      if (bytesRead !== chunk.length) {
        const fit = Buffer.allocUnsafeSlow(bytesRead);
        chunk.copy(fit, 0, 0, bytesRead);
        chunk = fit;
      }
      this.push(chunk);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroy;

ReadStream.prototype.close = function close(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(getOptions(options, kEmptyObject));
  options.decodeStrings = true; // the fs calls take bytes
  setUp(this, path, options, 'w', ['open']);
  const f = this[kFs];
  if (!f.write && !f.writev) throw new codes.ERR_INVALID_ARG_TYPE('options.fs.write', 'function', f.write);
  if (f.write) validateFunction(f.write, 'options.fs.write');
  if (f.writev) validateFunction(f.writev, 'options.fs.writev');
  validateFunction(f.close, 'options.fs.close');
  // either write method alone will do
  if (!f.write) this._write = null;
  if (!f.writev) this._writev = null;
  this.bytesWritten = 0;
  this.flush = options.flush == null ? false : options.flush;
  validateBoolean(this.flush, 'options.flush');
  if (this.flush) validateFunction(this[kFs].fsync, 'options.fs.fsync');
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() {
    if (!(this instanceof WriteStream)) throw new codes.ERR_INVALID_THIS('WriteStream');
    return this._writableState.autoDestroy;
  },
  set(v) { this._writableState.autoDestroy = v; },
  configurable: true,
});

WriteStream.prototype.open = openWrite;
WriteStream.prototype._construct = construct;

// Writes all `size` bytes of `data`, going on after short writes and EAGAIN;
// gives up after five writes in a row that wrote nothing. One write is
// issue(data, size, pos, callback(err, bytesWritten, written)); rest(written,
// n) is what is left of the data after n bytes went out.
function writeFully(stream, syscall, issue, rest, data, size, pos, cb, retries = 0) {
  issue(data, size, pos, (err, bytesWritten, written) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      bytesWritten = 0;
    }
    if (stream.destroyed || err) {
      cb(err || new codes.ERR_STREAM_DESTROYED(syscall));
      return;
    }
    stream.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (typeof pos === 'number') pos += bytesWritten; // else: at the file's current offset
    if (retries > 5) {
      cb(writeFailed());
    } else if (size) {
      writeFully(stream, syscall, issue, rest, rest(written ?? data, bytesWritten), size, pos, cb, retries);
    } else {
      cb();
    }
  });
}

function writeAll(stream, data, size, pos, cb) {
  writeFully(stream, 'write',
    (buf, len, at, done) => stream[kFs].write(stream.fd, buf, 0, len, at, done),
    (buf, n) => buf.subarray(n), data, size, pos, cb);
}

function writevAll(stream, chunks, size, pos, cb) {
  writeFully(stream, 'writev',
    (list, len, at, done) => stream[kFs].writev(stream.fd, list, at ?? null, done),
    dropBytes, chunks, size, pos, cb);
}

function writeFailed() {
  const err = new Error('A system error occurred: write failed');
  err.code = 'ERR_SYSTEM_ERROR';
  return err;
}

// The chunks left after the first n bytes.
function dropBytes(chunks, n) {
  const out = [];
  for (const c of chunks) {
    if (n >= c.length) {
      n -= c.length;
    } else {
      out.push(n > 0 ? c.subarray(n) : c);
      n = 0;
    }
  }
  return out;
}

function ioDone(stream, cb) {
  return (err) => {
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      cb(err);
      stream.emit(kIoDone, err);
      return;
    }
    cb(err);
  };
}

WriteStream.prototype._write = function _write(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll(this, data, data.length, this.pos, ioDone(this, cb));
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function _writev(data, cb) {
  const chunks = data.map((d) => d.chunk);
  const size = chunks.reduce((n, c) => n + c.length, 0);
  this[kIsPerformingIO] = true;
  writevAll(this, chunks, size, this.pos, ioDone(this, cb));
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = destroy;

WriteStream.prototype.close = function close(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // without autoClose, destroy once everything is written
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

module.exports = { ReadStream, WriteStream };
