'use strict';
// What the fs functions share: argument checks with Node's errors (paths,
// flags, modes, fds, options), turning a negative libuv code from the binding
// into Node's system error, and result encoding.

const { Buffer } = require('buffer');
const { codes, uvException } = require('internal/errors');
const stackApi = require('internal/errors/stack');
const {
  validateInteger, validateInt32, validateUint32, validateObject,
} = require('internal/validators');

const binding = internalBinding('fs');
const constants = require('internal/fs/constants');
const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND, O_EXCL, O_SYNC,
} = constants;

const kEmptyObject = Object.freeze({ __proto__: null });

// A negative code from the binding becomes Node's error; the stack starts at
// the public fs function (`fn`), as Node's errors thrown from C++ do.
function check(result, syscall, path, dest, fn) {
  if (typeof result !== 'number' || result >= 0) return result;
  const ctx = { errno: result, syscall };
  if (path !== undefined) ctx.path = path;
  if (dest !== undefined) ctx.dest = dest;
  const err = uvException(ctx);
  Error.captureStackTrace(err, fn || check);
  return err;
}

// Throws when result is a negative code; returns it otherwise.
function throwIf(result, syscall, path, dest, fn) {
  const err = check(result, syscall, path, dest, fn || throwIf);
  if (err instanceof Error) throw err;
  return result;
}

// Node's SystemError shape (ERR_FS_EISDIR...): "<prefix>: <syscall> returned
// <CODE> (<message>) <path>", with `info` and errno/syscall/path accessors.
class SystemError extends Error {
  constructor(key, prefix, ctx) {
    let message = `${prefix}: ${ctx.syscall} returned ${ctx.code} (${ctx.message})`;
    if (ctx.path !== undefined) message += ` ${ctx.path}`;
    if (ctx.dest !== undefined) message += ` => ${ctx.dest}`;
    super(message);
    Object.defineProperty(this, 'name', {
      value: 'SystemError', writable: true, enumerable: false, configurable: true,
    });
    this.code = key;
    Object.defineProperty(this, 'info', {
      value: ctx, writable: true, enumerable: true, configurable: true,
    });
    for (const prop of ['errno', 'syscall', 'path', 'dest']) {
      if (ctx[prop] === undefined) continue;
      Object.defineProperty(this, prop, {
        get() { return ctx[prop]; },
        set(v) { ctx[prop] = v; },
        enumerable: true,
        configurable: true,
      });
    }
    stackApi.markNodeError(this, `SystemError [${key}]: ${message}`);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function isURLLike(v) {
  return v != null && typeof v === 'object' && Boolean(v.href) && Boolean(v.protocol) &&
    v.auth === undefined && v.path === undefined;
}

// A path argument (string, Buffer/Uint8Array, file: URL) checked as Node
// checks it; returns what the caller passed (URLs become a path string).
function getValidatedPath(path, name = 'path') {
  if (isURLLike(path)) path = require('url').fileURLToPath(path);
  const isString = typeof path === 'string';
  if (!isString && !(path instanceof Uint8Array)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  if (isString ? path.includes('\u0000') : path.includes(0)) {
    throw new codes.ERR_INVALID_ARG_VALUE(name, path,
      'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

// The string handed to the binding (and shown in error messages).
function pathString(path) {
  return typeof path === 'string' ? path : Buffer.from(path.buffer, path.byteOffset,
    path.byteLength).toString();
}

// getValidatedPath + pathString in one step.
function toPath(path, name) {
  return pathString(getValidatedPath(path, name));
}

// [the path as text (messages), what the binding gets]: a Buffer or
// Uint8Array path goes to the binding as its bytes, which need not be UTF-8.
function toPaths(path, name) {
  const v = getValidatedPath(path, name);
  const s = pathString(v);
  return [s, v instanceof Uint8Array ? v : s];
}

// Whether names must come back from the binding as bytes: for any encoding
// but UTF-8, so that they convert from the bytes the system gave.
function wantRaw(encoding) {
  return encoding != null && encoding !== 'utf8' && encoding !== 'utf-8';
}

function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, name, 0);
  return fd;
}

const kFlags = {
  __proto__: null,
  'r': O_RDONLY,
  'rs': O_RDONLY | O_SYNC,
  'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR,
  'rs+': O_RDWR | O_SYNC,
  'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY,
  'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY,
  'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return O_RDONLY;
  const value = typeof flags === 'string' ? kFlags[flags] : undefined;
  if (value === undefined) throw new codes.ERR_INVALID_ARG_VALUE(name, flags);
  return value;
}

function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) {
      throw new codes.ERR_INVALID_ARG_VALUE(name, value,
        'must be a 32-bit unsigned integer or an octal string');
    }
    value = Number.parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// access()/copyFile() modes: a number taken as an int32, in [0, max]
// (Node checks these in C++, hence the wording)
function getValidMode(mode, max, def) {
  if (mode == null) return def;
  if (typeof mode !== 'number') {
    const err = new TypeError('mode must be int32 or null/undefined');
    err.code = 'ERR_INVALID_ARG_TYPE';
    stackApi.markNodeError(err, `TypeError [ERR_INVALID_ARG_TYPE]: ${err.message}`);
    throw err;
  }
  mode |= 0;
  if (mode < 0 || mode > max) {
    const err = new RangeError(`mode is out of range: >= 0 && <= ${max}`);
    err.code = 'ERR_OUT_OF_RANGE';
    stackApi.markNodeError(err, `RangeError [ERR_OUT_OF_RANGE]: ${err.message}`);
    throw err;
  }
  return mode;
}

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

function getOptions(options, defaults = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) {
    const { validateAbortSignal } = require('internal/validators');
    validateAbortSignal(options.signal, 'options.signal');
  }
  return options;
}

// A path from the binding (a string, or bytes when wantRaw asked for them)
// in the requested encoding.
function encodeResult(str, encoding) {
  if (typeof str === 'string' && !wantRaw(encoding)) return str;
  const buf = typeof str === 'string' ? Buffer.from(str) :
    Buffer.from(str.buffer, str.byteOffset, str.byteLength);
  if (encoding === 'buffer') return buf;
  return buf.toString(wantRaw(encoding) ? encoding : 'utf8');
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateStringAfterArrayBufferView(value, name) {
  if (typeof value !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE(name,
      ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new codes.ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new codes.ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new codes.ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new codes.ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new codes.ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new codes.ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

// File positions: an integer >= -1, or a bigint from -1 to what leaves
// room for `length` bytes; returns a number the binding takes (-1: the
// current position). A bigint goes to the binding as it is.
function validatePosition(position, name, length = 0) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
    return position;
  }
  if (typeof position === 'bigint') {
    const max = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= max)) {
      throw new codes.ERR_OUT_OF_RANGE(name, `>= -1 && <= ${max}`, position);
    }
    return position;
  }
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
}

function validateRmdirOptions(options) {
  if (options === undefined) return;
  validateObject(options, 'options', { nullable: true });
  if (options?.recursive !== undefined && options.recursive !== false) {
    throw new codes.ERR_INVALID_ARG_VALUE('options.recursive', options.recursive,
      'is no longer supported');
  }
}

module.exports = {
  binding,
  constants,
  kEmptyObject,
  SystemError,
  check,
  throwIf,
  getValidatedPath,
  pathString,
  isURLLike,
  toPath,
  toPaths,
  wantRaw,
  getValidatedFd,
  stringToFlags,
  parseFileMode,
  getValidMode,
  assertEncoding,
  getOptions,
  encodeResult,
  validateBuffer,
  validateStringAfterArrayBufferView,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateRmdirOptions,
};
