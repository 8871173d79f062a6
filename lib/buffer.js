'use strict';
// Buffer: Node's Uint8Array subclass. Encoding, decoding, searching and
// comparing run as C loops over the array's memory (internalBinding
// 'buffer'); base64 and hex use the engine's own Uint8Array base64/hex
// builtins where they exist and agree with Node, C otherwise.

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE, ERR_OUT_OF_RANGE, ERR_STRING_TOO_LONG,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateArray, validateInteger, validateNumber, validateString } =
  require('internal/validators');
const internalBuffer = require('internal/buffer');
const { FastBuffer, addMethods } = internalBuffer;

const kMaxLength = Number.MAX_SAFE_INTEGER;
const kStringMaxLength = 0x1fffffe8;
let INSPECT_MAX_BYTES = 50;

// Captured before user code can replace them.
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const TypedArraySet = TypedArrayProto.set;
const TypedArrayFill = TypedArrayProto.fill;
// the real length, whatever own 'length' property a view was given
const typedArrayLength = Object.getOwnPropertyDescriptor(TypedArrayProto, 'length').get;
const TypedArraySlice = TypedArrayProto.slice;
const TypedArrayIndexOf = TypedArrayProto.indexOf;
const TypedArrayLastIndexOf = TypedArrayProto.lastIndexOf;
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sharedByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;
const nativeToBase64 = Uint8Array.prototype.toBase64;
const nativeSetFromBase64 = Uint8Array.prototype.setFromBase64;
const nativeSetFromHex = Uint8Array.prototype.setFromHex;

const isUint8Array = (v) => typedArrayTag.call(v) === 'Uint8Array';
const isTypedArray = (v) => typedArrayTag.call(v) !== undefined;
function isAnyArrayBuffer(v) {
  if (v === null || typeof v !== 'object') return false;
  try {
    arrayBufferByteLength.call(v);
    return true;
  } catch {
    // not an ArrayBuffer; maybe a SharedArrayBuffer
  }
  if (sharedByteLength === undefined) return false;
  try {
    sharedByteLength.call(v);
    return true;
  } catch {
    return false;
  }
}

// --- encodings ---

// Encoding numbers shared with src/rt/text.h.
const UTF8 = 1;
const UTF16LE = 2;
const LATIN1 = 3;
const ASCII = 4;
const BASE64 = 5;
const BASE64URL = 6;
const HEX = 7;

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (`${enc}`.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

// Short strings are measured in JS: cheaper than reaching C.
function byteLengthUtf8(str) {
  const n = str.length;
  if (n > 64) return binding.byteLength(str, UTF8);
  let len = n;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      len += 1;
    } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n &&
               (str.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
      len += 2;
      i++;
    } else {
      len += 2;
    }
  }
  return len;
}

function view(buf, start, end) {
  return new Uint8Array(buf.buffer, buf.byteOffset + start, end - start);
}

function checkStringLength(n) {
  if (n > kStringMaxLength) throw new ERR_STRING_TOO_LONG(kStringMaxLength.toString(16));
}

function decodeBase64(buf, start, end, enc) {
  checkStringLength(Math.ceil((end - start) / 3) * 4);
  if (nativeToBase64 === undefined) return binding.decode(buf, start, end, enc);
  const v = view(buf, start, end);
  return enc === BASE64 ? nativeToBase64.call(v) :
    nativeToBase64.call(v, { alphabet: 'base64url', omitPadding: true });
}

// C rather than the engine's toHex: that one is a table lookup per byte
// on x86, the C loop converts sixteen bytes at a time.
function decodeHex(buf, start, end) {
  checkStringLength((end - start) * 2);
  return binding.decode(buf, start, end, HEX);
}

function decodeSimple(enc) {
  return (buf, start, end) => {
    checkStringLength(enc === UTF16LE ? (end - start) >>> 1 : end - start);
    return binding.decode(buf, start, end, enc);
  };
}

// Writes `string` into buf[offset, offset + length); returns bytes written.
function writeBase64(buf, string, offset, length, enc) {
  if (nativeSetFromBase64 !== undefined && length >= base64ByteLength(string, string.length)) {
    // the engine decodes strict input in one pass; Node's lenient rules
    // (skip junk, stop at '=', mixed alphabets) fall back to C
    try {
      const r = nativeSetFromBase64.call(view(buf, offset, offset + length), string,
        { alphabet: enc === BASE64URL ? 'base64url' : 'base64' });
      if (r.read === string.length) return r.written;
    } catch {
      // fall through
    }
  }
  return binding.write(buf, string, offset, length, enc);
}

function writeHex(buf, string, offset, length) {
  const n = string.length >>> 1;
  if (nativeSetFromHex !== undefined && (string.length & 1) === 0 && n <= length) {
    try {
      const r = nativeSetFromHex.call(view(buf, offset, offset + n), string);
      if (r.read === string.length) return r.written;
    } catch {
      // a bad pair: C stops there, as Node does
    }
  }
  return binding.write(buf, string, offset, length, HEX);
}

function indexOfBytes(buf, needle, byteOffset, dir, stride) {
  const len = buf.length;
  const nlen = needle.length;
  let off;
  // where the search starts, as Node computes it
  if (byteOffset < 0) {
    if (byteOffset + len >= 0) off = len + byteOffset;
    else if (dir || nlen === 0) off = 0;
    else return -1;
  } else if (byteOffset + nlen <= len) {
    off = byteOffset;
  } else if (nlen === 0) {
    off = len;
  } else if (dir) {
    return -1;
  } else {
    off = len - 1;
  }
  if (nlen === 0) return off;
  if (len === 0 || (dir && nlen + off > len) || nlen > len) return -1;
  if (stride === 2 && (len < 2 || nlen < 2)) return -1;
  return binding.indexOf(buf, needle, off, dir, stride);
}

function makeOps(encoding, encodingVal, byteLength, write, slice, indexOf) {
  return { encoding, encodingVal, byteLength, write, slice, indexOf };
}

const encodingOps = {
  utf8: makeOps('utf8', UTF8, byteLengthUtf8,
    (buf, string, offset, len) => binding.write(buf, string, offset, len, UTF8),
    decodeSimple(UTF8),
    (buf, val, byteOffset, dir) => indexOfBytes(buf, fromStringFast(val, encodingOps.utf8), byteOffset, dir, 1)),
  utf16le: makeOps('utf16le', UTF16LE, (string) => string.length * 2,
    (buf, string, offset, len) => binding.write(buf, string, offset, len, UTF16LE),
    decodeSimple(UTF16LE),
    (buf, val, byteOffset, dir) => indexOfBytes(buf, fromStringFast(val, encodingOps.utf16le), byteOffset, dir, 2)),
  latin1: makeOps('latin1', LATIN1, (string) => string.length,
    (buf, string, offset, len) => binding.write(buf, string, offset, len, LATIN1),
    decodeSimple(LATIN1),
    (buf, val, byteOffset, dir) => indexOfBytes(buf, fromStringFast(val, encodingOps.latin1), byteOffset, dir, 1)),
  ascii: makeOps('ascii', ASCII, (string) => string.length,
    (buf, string, offset, len) => binding.write(buf, string, offset, len, ASCII),
    decodeSimple(ASCII),
    (buf, val, byteOffset, dir) => indexOfBytes(buf, fromStringFast(val, encodingOps.ascii), byteOffset, dir, 1)),
  base64: makeOps('base64', BASE64, (string) => base64ByteLength(string, string.length),
    (buf, string, offset, len) => writeBase64(buf, string, offset, len, BASE64),
    (buf, start, end) => decodeBase64(buf, start, end, BASE64),
    (buf, val, byteOffset, dir) => indexOfBytes(buf, fromStringFast(val, encodingOps.base64), byteOffset, dir, 1)),
  base64url: makeOps('base64url', BASE64URL, (string) => base64ByteLength(string, string.length),
    (buf, string, offset, len) => writeBase64(buf, string, offset, len, BASE64URL),
    (buf, start, end) => decodeBase64(buf, start, end, BASE64URL),
    (buf, val, byteOffset, dir) => indexOfBytes(buf, fromStringFast(val, encodingOps.base64url), byteOffset, dir, 1)),
  hex: makeOps('hex', HEX, (string) => string.length >>> 1,
    writeHex,
    decodeHex,
    (buf, val, byteOffset, dir) => indexOfBytes(buf, fromStringFast(val, encodingOps.hex), byteOffset, dir, 1)),
};

function getEncodingOps(encoding) {
  const name = normalizeEncoding(encoding);
  return name === undefined ? undefined : encodingOps[name];
}

// --- allocation ---

let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
}

function alignPool() {
  // keep pooled slices 8-byte aligned
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

function fromStringFast(string, ops) {
  const maxLength = Buffer.poolSize >>> 1;
  let length = string.length;
  if (length >= maxLength) return fromStringSlow(string, ops);
  length *= 4;
  if (length >= maxLength) length = ops.byteLength(string);
  if (length >= maxLength) return fromStringSlow(string, ops, length);
  if (length > (poolSize - poolOffset)) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

// Large strings get a buffer of their own, exactly sized.
function fromStringSlow(string, ops, length) {
  const enc = ops.encodingVal;
  if (enc === BASE64 || enc === BASE64URL || enc === HEX) {
    if (length === undefined) length = ops.byteLength(string);
    const b = new FastBuffer(length);
    const actual = ops.write(b, string, 0, length);
    return actual === length ? b : new FastBuffer(b.buffer, 0, actual);
  }
  return new FastBuffer(binding.fromString(string, enc));
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0 || encoding === 'utf8') {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    // no length: the view tracks a resizable buffer's length, as in Node
    if (obj.resizable) return new FastBuffer(obj, byteOffset);
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const len = obj.length;
  if (len <= 0) return new FastBuffer();
  if (len < (Buffer.poolSize >>> 1)) {
    if (len > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, len);
    TypedArraySet.call(b, obj, 0);
    poolOffset += len;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

// --- Buffer ---

let bufferWarned = false;
function deprecatedConstructorWarning() {
  if (bufferWarned || typeof process.emitWarning !== 'function') return;
  // Node only warns for code outside node_modules, unless deprecations pending
  if (!require('internal/options').getOptionValue('--pending-deprecation')) {
    // the first frame outside nodus's own modules decides (POSIX or
    // Windows paths: a vm script may carry either as its file name)
    const frames = (new Error().stack || '').split('\n').slice(1);
    const caller = frames.find((l) => !/\(node:|at node:/.test(l));
    if (caller !== undefined && /[\\/]node_modules[\\/]/.test(caller)) return;
  }
  bufferWarned = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please ' +
    'use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
  'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  deprecatedConstructorWarning();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  enumerable: false, configurable: true, get() { return FastBuffer; },
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
addMethods(Buffer.prototype);

Buffer.poolSize = 64 * 1024;
createPool();

function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}

function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArraySlice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
}

function of(...items) {
  const b = new FastBuffer(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
}

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
}

function allocUnsafe(size) {
  validateSize(size);
  return allocate(size);
}

function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
}

function isBuffer(b) {
  return b instanceof Buffer;
}

function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
}

function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  // Bytes, whatever the views' element types (Node copies into a Uint16Array too).
  if (!isUint8Array(target)) target = new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
  if (sourceStart === 0 && nb === source.byteLength && isUint8Array(source)) {
    TypedArraySet.call(target, source, targetStart);
  } else {
    TypedArraySet.call(target, new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb),
      targetStart);
  }
  return nb;
}

function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (isUint8Array(list[i])) length += typedArrayLength.call(list[i]);
      else if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += copyActual(buf, buffer, pos, 0, typedArrayLength.call(buf));
  }
  if (pos < length) TypedArrayFill.call(buffer, 0, pos, length);
  return buffer;
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  const mustMatch = arguments.length > 2 && arguments[2] === true;
  if (!mustMatch && len === 0) return 0;
  if (!encoding) return mustMatch ? -1 : byteLengthUtf8(string);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return mustMatch ? -1 : byteLengthUtf8(string);
  return ops.byteLength(string);
}

const statics = {
  from, copyBytesFrom, of, alloc, allocUnsafe, allocUnsafeSlow, isBuffer, compare,
  isEncoding, concat, byteLength,
};
for (const name of Object.keys(statics)) {
  Object.defineProperty(Buffer, name, {
    value: statics[name], writable: true, enumerable: true, configurable: true,
  });
}
Object.defineProperty(Buffer, 'stringLength', {
  value: byteLength, writable: true, enumerable: true, configurable: true,
});
Object.defineProperty(Buffer.stringLength, 'name', { value: 'byteLength' });

// --- prototype ---

const proto = Buffer.prototype;

function defineMethods(obj) {
  for (const name of Object.keys(obj)) {
    Object.defineProperty(proto, name, {
      value: obj[name], writable: true, enumerable: true, configurable: true,
    });
  }
}

// The xxxSlice / xxxWrite methods check their arguments as Node's native
// ones do.
function indexOutOfRange() {
  const err = new RangeError('Index out of range');
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

function sliceArgs(buf, start, end) {
  const len = buf.length;
  start = start === undefined ? 0 : Math.trunc(+start) || 0;
  end = end === undefined ? len : Math.trunc(+end) || 0;
  if (start < 0 || end < 0 || end > len) throw indexOutOfRange();
  return [start, end < start ? start : end];
}

function writeArgs(buf, offset, length) {
  const len = buf.length;
  offset = offset === undefined ? 0 : Math.trunc(+offset) || 0;
  if (offset < 0 || offset > len) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  length = length === undefined ? len - offset : Math.trunc(+length) || 0;
  if (length < 0 || length > len - offset) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return [offset, length];
}

// Node's native write methods throw this short form.
function argumentNotString() {
  const err = new TypeError('argument must be a string');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function makeSlice(ops) {
  return function(start, end) {
    const [s, e] = sliceArgs(this, start, end);
    return s >= e ? '' : ops.slice(this, s, e);
  };
}

function makeWrite(ops) {
  return function(string, offset, length) {
    if (typeof string !== 'string') throw argumentNotString();
    const [o, l] = writeArgs(this, offset, length);
    return ops.write(this, string, o, l);
  };
}

// write() calls it directly, so it also works on a plain Uint8Array
const utf8Write = makeWrite(encodingOps.utf8);

defineMethods({
  asciiSlice: makeSlice(encodingOps.ascii),
  base64Slice: makeSlice(encodingOps.base64),
  base64urlSlice: makeSlice(encodingOps.base64url),
  latin1Slice: makeSlice(encodingOps.latin1),
  hexSlice: makeSlice(encodingOps.hex),
  ucs2Slice: makeSlice(encodingOps.utf16le),
  utf8Slice: makeSlice(encodingOps.utf8),
  asciiWrite: makeWrite(encodingOps.ascii),
  base64Write: makeWrite(encodingOps.base64),
  base64urlWrite: makeWrite(encodingOps.base64url),
  latin1Write: makeWrite(encodingOps.latin1),
  hexWrite: makeWrite(encodingOps.hex),
  ucs2Write: makeWrite(encodingOps.utf16le),
  utf8Write,
});

function bufferGetter(name, get) {
  Object.defineProperty(proto, name, { enumerable: true, configurable: true, get });
}
bufferGetter('parent', function() {
  if (!(this instanceof Buffer)) return undefined;
  return this.buffer;
});
bufferGetter('offset', function() {
  if (!(this instanceof Buffer)) return undefined;
  return this.byteOffset;
});

function copy(target, targetStart, sourceStart, sourceEnd) {
  const source = this;
  if (!ArrayBuffer.isView(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!ArrayBuffer.isView(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.byteLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.byteLength;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

function toString(encoding, start, end) {
  if (arguments.length === 0) return encodingOps.utf8.slice(this, 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return encodingOps.utf8.slice(this, start, end);
  // unlike Buffer.from(), toString() takes no null for utf8
  const ops = encoding === null ? undefined : getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
}

function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || binding.compare(this, otherBuffer) === 0;
}

function compareMethod(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return binding.compare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  if (sourceStart > this.length) throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
  if (targetStart > target.length) throw new ERR_OUT_OF_RANGE('targetStart', `>= 0 && <= ${target.length}`, targetStart);
  return binding.compare(this, target, sourceStart, sourceEnd, targetStart, targetEnd);
}

function indexOfNumber(buf, val, byteOffset, dir) {
  const len = buf.length;
  let off;
  if (byteOffset < 0) {
    if (byteOffset + len >= 0) off = len + byteOffset;
    else if (dir) off = 0;
    else return -1;
  } else if (byteOffset + 1 <= len) {
    off = byteOffset;
  } else if (dir) {
    return -1;
  } else {
    off = len - 1;
  }
  if (len === 0) return -1;
  val &= 0xff;
  return dir ? TypedArrayIndexOf.call(buf, val, off) : TypedArrayLastIndexOf.call(buf, val, off);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);
  if (typeof val === 'number') return indexOfNumber(buffer, val >>> 0, byteOffset, dir);
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, val, byteOffset, dir);
  }
  if (isUint8Array(val)) {
    const stride = ops !== undefined && ops.encodingVal === UTF16LE ? 2 : 1;
    return indexOfBytes(buffer, val, byteOffset, dir, stride);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalized;
  } else {
    encoding = undefined;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (offset > end || end > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    TypedArrayFill.call(buf, value, offset, end);
    return buf;
  }
  let pattern;
  if (typeof value === 'string') {
    pattern = fromStringFast(value, encodingOps[encoding]);
  } else if (ArrayBuffer.isView(value)) {
    pattern = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    TypedArrayFill.call(buf, (Number(value) >>> 0) & 255, offset, end);
    return buf;
  }
  if (pattern.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  binding.fill(buf, pattern, offset, end);
  return buf;
}

function write(string, offset, length, encoding) {
  if (offset === undefined) return utf8Write.call(this, string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return utf8Write.call(this, string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (typeof string !== 'string') throw argumentNotString();
  return ops.write(this, string, offset, length);
}

function toJSON() {
  const data = new Array(this.length);
  for (let i = 0; i < this.length; ++i) data[i] = this[i];
  return { type: 'Buffer', data };
}

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

// A fixed-length Buffer view, even of a plain Uint8Array; slice() goes
// through this.subarray, as in Node.
function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
}

function slice(start, end) {
  return this.subarray(start, end);
}

function swapBytes(buf, size) {
  const len = buf.length;
  if (len % size !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${size * 8}-bits`);
  if (len < 128) {
    for (let i = 0; i < len; i += size) {
      for (let a = i, b = i + size - 1; a < b; a++, b--) {
        const t = buf[a];
        buf[a] = buf[b];
        buf[b] = t;
      }
    }
  } else {
    binding.swap(buf, size);
  }
  return buf;
}

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = encodingOps.hex.slice(this, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    // own non-index properties are shown too, as for other objects
    const keys = Reflect.ownKeys(this).filter((k) => typeof k === 'symbol' ||
      !/^(0|[1-9][0-9]*)$/.test(k));
    const obj = { __proto__: null };
    let extras = false;
    for (const key of keys) {
      const desc = Object.getOwnPropertyDescriptor(this, key);
      if (!ctx.showHidden && !desc.enumerable) continue;
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      const utilInspect = require('internal/util/inspect').inspect;
      if (this.length !== 0) str += ', ';
      str += utilInspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  // the constructor's own name when there is one, else "Buffer" (a throwing
  // or odd `constructor` does not break inspection)
  let name = 'Buffer';
  try {
    const ctor = this.constructor;
    if (typeof ctor === 'function' && Object.prototype.hasOwnProperty.call(ctor, 'name')) name = ctor.name;
  } catch {
    // the default name stays
  }
  return `<${name} ${str}>`;
}

defineMethods({
  copy,
  toString,
  equals,
  inspect,
  compare: compareMethod,
  // plain functions, not methods: Node's can be called with `new` (and then throw)
  indexOf: function indexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  },
  lastIndexOf: function lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  },
  includes: function includes(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true) !== -1;
  },
  fill(value, offset, end, encoding) {
    return _fill(this, value, offset, end, encoding);
  },
  write,
  toJSON,
  subarray,
  slice,
  swap16() { return swapBytes(this, 2); },
  swap32() { return swapBytes(this, 4); },
  swap64() { return swapBytes(this, 8); },
});
Object.defineProperty(proto, customInspectSymbol, {
  value: inspect, writable: true, enumerable: false, configurable: true,
});
proto.toLocaleString = toString;
Object.defineProperty(proto, 'toLocaleString', { enumerable: true });

// --- module functions ---

function validateBytes(input) {
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (isTypedArray(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  return binding.isUtf8(validateBytes(input));
}

function isAscii(input) {
  return binding.isAscii(validateBytes(input));
}

function isLatin1(input) {
  validateString(input, 'input');
  return !/[^\x00-\xff]/.test(input);
}

// the functions the globals are (internal/bootstrap/globals)
const { atob, btoa } = require('internal/bootstrap/globals');

function transcode(source, fromEncoding, toEncoding) {
  return require('internal/buffer_transcode').transcode(source, fromEncoding, toEncoding);
}

module.exports = {
  Buffer,
  transcode,
  isUtf8,
  isAscii,
  isLatin1,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  INSPECT_MAX_BYTES: undefined,
  Blob: undefined,
  resolveObjectURL: undefined,
  File: undefined,
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});

// Blob and File load on first use: most programs never touch them.
for (const [name, load] of [
  ['Blob', () => require('internal/blob').Blob],
  ['resolveObjectURL', () => require('internal/blob').resolveObjectURL],
  ['File', () => require('internal/file').File],
]) {
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = load();
      Object.defineProperty(module.exports, name, {
        value, writable: true, configurable: true, enumerable: true,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, {
        value, writable: true, configurable: true, enumerable: true,
      });
    },
  });
}

// for other builtins (string_decoder, encoding, blob, transcode)
Object.assign(internalBuffer.shared, {
  normalizeEncoding, isUint8Array, isAnyArrayBuffer, isTypedArray, encodingOps, fromString,
  isUtf8Bytes: (bytes) => binding.isUtf8(bytes),
});
