'use strict';
// crypto's random API (Node's argument rules and errors): bytes come from
// the kernel through internalBinding('crypto') (src/bind/crypto.c), which
// fills a Uint8Array over exactly the requested bytes, at once or on the
// thread pool.

const { fill, fillAsync } = internalBinding('crypto');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  validateBoolean, validateFunction, validateNumber, validateObject,
} = require('internal/validators');

let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);

let FastBuffer;
function newBuffer(size) {
  FastBuffer ??= (require('buffer'), require('internal/buffer').FastBuffer);
  return new FastBuffer(size);
}

// Node's limit for one request (buffer.constants.kMaxLength of 32-bit sizes)
const kMaxPossibleLength = 2 ** 31 - 1;

function checkOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const max = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > max || offset < 0) {
    throw new (codes().ERR_OUT_OF_RANGE)('offset', `>= 0 && <= ${max}`, offset);
  }
  return offset >>> 0;
}

function checkSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new (codes().ERR_OUT_OF_RANGE)('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new (codes().ERR_OUT_OF_RANGE)('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function checkBuf(buf) {
  if (!isArrayBufferView(buf) && !isAnyArrayBuffer(buf)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

// the bytes [offset, offset + size) of buf as a Uint8Array
function bytesOf(buf, offset, size) {
  if (isAnyArrayBuffer(buf)) return new Uint8Array(buf, offset, size);
  return new Uint8Array(buf.buffer, buf.byteOffset + offset, size);
}

function systemError(code, syscall) {
  return require('internal/errors').uvException({ errno: code, syscall });
}

function fillNow(bytes) {
  const r = fill(bytes);
  if (r < 0) throw systemError(r, 'getrandom');
}

function fillLater(bytes, done) {
  const r = fillAsync(bytes, (status) => {
    done(status < 0 ? systemError(status, 'getrandom') : null);
  });
  if (r < 0) throw systemError(r, 'getrandom');
}

function randomBytes(size, callback) {
  size = checkSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = newBuffer(size);
  if (callback === undefined) {
    fillNow(buf);
    return buf;
  }
  fillLater(buf, (err) => (err ? callback(err) : callback(null, buf)));
}

function byteLengthOf(buf) {
  return buf.byteLength;
}

function randomFillSync(buf, offset = 0, size) {
  checkBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  const length = byteLengthOf(buf);
  offset = checkOffset(offset, elementSize, length);
  size = size === undefined ? length - offset : checkSize(size, elementSize, offset, length);
  fillNow(bytesOf(buf, offset, size));
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  const length = byteLengthOf(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  } else {
    validateFunction(callback, 'callback');
  }
  offset = checkOffset(offset, elementSize, length);
  size = size === undefined ? length - offset : checkSize(size, elementSize, offset, length);
  fillLater(bytesOf(buf, offset, size), (err) => (err ? callback(err) : callback(null, buf)));
}

// randomInt draws 48-bit integers and rejects the biased top of the range
const kRandMax = 0xFFFF_FFFF_FFFF;

function read48(b) {
  return b[0] * 2 ** 40 + b[1] * 2 ** 32 + b[2] * 2 ** 24 + b[3] * 2 ** 16 + b[4] * 2 ** 8 + b[5];
}

function randomInt(min, max, callback) {
  const minOmitted = max === undefined || typeof max === 'function';
  if (minOmitted) {
    callback = max;
    max = min;
    min = 0;
  }
  const sync = callback === undefined;
  if (!sync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new (codes().ERR_INVALID_ARG_TYPE)('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new (codes().ERR_INVALID_ARG_TYPE)('max', 'a safe integer', max);
  if (max <= min) {
    throw new (codes().ERR_OUT_OF_RANGE)('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= kRandMax)) {
    throw new (codes().ERR_OUT_OF_RANGE)(minOmitted ? 'max' : 'max - min', `<= ${kRandMax}`, range);
  }
  const limit = kRandMax - (kRandMax % range);
  const bytes = new Uint8Array(6);
  if (sync) {
    for (;;) {
      fillNow(bytes);
      const x = read48(bytes);
      if (x < limit) return (x % range) + min;
    }
  }
  const attempt = () => {
    fillLater(bytes, (err) => {
      if (err) return callback(err);
      const x = read48(bytes);
      if (x >= limit) return attempt();
      callback(undefined, (x % range) + min);
    });
  };
  attempt();
}

const kHex = '0123456789abcdef';
function hex(bytes, from, to) {
  let s = '';
  for (let i = from; i < to; i++) s += kHex[bytes[i] >> 4] + kHex[bytes[i] & 15];
  return s;
}

function uuidText(b) {
  return `${hex(b, 0, 4)}-${hex(b, 4, 6)}-${hex(b, 6, 8)}-${hex(b, 8, 10)}-${hex(b, 10, 16)}`;
}

// Random bytes for UUIDs come in batches (Node's entropy cache).
const kBatch = 128;
let pool;
let poolNext = kBatch;

function uuidBytes(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = { ...options };
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  if (disableEntropyCache) {
    const b = new Uint8Array(16);
    fillNow(b);
    return b;
  }
  if (poolNext === kBatch) {
    pool ??= new Uint8Array(16 * kBatch);
    fillNow(pool);
    poolNext = 0;
  }
  const b = pool.slice(poolNext * 16, poolNext * 16 + 16);
  poolNext++;
  return b;
}

// RFC 9562 version 4: 122 random bits
function randomUUID(options) {
  const b = uuidBytes(options);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  return uuidText(b);
}

// RFC 9562 version 7: 48 bits of Unix milliseconds, then random bits
function randomUUIDv7(options) {
  const b = uuidBytes(options);
  let ms = Date.now();
  for (let i = 5; i >= 0; i--) {
    b[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  b[6] = (b[6] & 0x0f) | 0x70;
  b[8] = (b[8] & 0x3f) | 0x80;
  return uuidText(b);
}

module.exports = {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, randomUUIDv7, fillNow,
};
