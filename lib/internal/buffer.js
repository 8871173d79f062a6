'use strict';
// Buffer's number readers and writers ({U}Int8/16/32, {U}IntLE/BE up to six
// bytes, Float, Double, BigInt64), added to Buffer.prototype by addMethods.
// Plain byte arithmetic: the engine's JIT keeps these as fast as a call
// into C would be, without the crossing.

const {
  codes: { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

const float32 = new Float32Array(1);
const f32bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const f64bytes = new Uint8Array(float64.buffer);
// The scratch arrays hold host-order bytes; BE means reversed on this host.
const bigEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, last) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + last] === undefined) {
    boundsError(offset, buf.length - (last + 1));
  }
}

// `last` is the byte count minus one, as in Node's range messages.
function checkInt(value, min, max, buf, offset, last) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (last > 3) {
      const bits = (last + 1) * 8;
      if (min === 0 || min === 0n) range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
      else range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, last);
}

function checkByteLength(byteLength) {
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  boundsError(byteLength, 6, 'byteLength');
}

function offsetArg(offset) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  return offset;
}

// --- reads ---

function readUInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const v = this[offset];
  if (v === undefined) boundsError(offset, this.length - 1);
  return v;
}

function readInt8(offset = 0) {
  const v = readUInt8.call(this, offset);
  return v | (v & 0x80) * 0x1fffffe;
}

function readUInt16LE(offset = 0) {
  validateNumber(offset, 'offset');
  const a = this[offset];
  const b = this[offset + 1];
  if (a === undefined || b === undefined) boundsError(offset, this.length - 2);
  return a + b * 0x100;
}

function readUInt16BE(offset = 0) {
  validateNumber(offset, 'offset');
  const a = this[offset];
  const b = this[offset + 1];
  if (a === undefined || b === undefined) boundsError(offset, this.length - 2);
  return a * 0x100 + b;
}

function readInt16LE(offset = 0) {
  const v = readUInt16LE.call(this, offset);
  return v | (v & 0x8000) * 0x1fffe;
}

function readInt16BE(offset = 0) {
  const v = readUInt16BE.call(this, offset);
  return v | (v & 0x8000) * 0x1fffe;
}

function readUInt32LE(offset = 0) {
  validateNumber(offset, 'offset');
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + d * 0x1000000;
}

function readUInt32BE(offset = 0) {
  validateNumber(offset, 'offset');
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return a * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + d;
}

function readInt32LE(offset = 0) {
  validateNumber(offset, 'offset');
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + (d << 24);
}

function readInt32BE(offset = 0) {
  validateNumber(offset, 'offset');
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return (a << 24) + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + d;
}

// Unsigned little-endian value of `n` bytes (n <= 6) at offset.
function readUIntLEBytes(buf, offset, n) {
  offsetArg(offset);
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) {
    boundsError(offset, buf.length - n);
  }
  let v = 0;
  let mul = 1;
  for (let i = 0; i < n; i++, mul *= 0x100) v += buf[offset + i] * mul;
  return v;
}

function readUIntBEBytes(buf, offset, n) {
  offsetArg(offset);
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) {
    boundsError(offset, buf.length - n);
  }
  let v = 0;
  for (let i = 0; i < n; i++) v = v * 0x100 + buf[offset + i];
  return v;
}

function validByteLength(byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && Math.floor(byteLength) === byteLength) return;
  checkByteLength(byteLength);
}

function toSigned(v, n) {
  const limit = 2 ** (n * 8 - 1);
  return v >= limit ? v - limit * 2 : v;
}

function readUIntLE(offset, byteLength) {
  offsetArg(offset);
  validByteLength(byteLength);
  return readUIntLEBytes(this, offset, byteLength);
}

function readUIntBE(offset, byteLength) {
  offsetArg(offset);
  validByteLength(byteLength);
  return readUIntBEBytes(this, offset, byteLength);
}

function readIntLE(offset, byteLength) {
  offsetArg(offset);
  validByteLength(byteLength);
  return toSigned(readUIntLEBytes(this, offset, byteLength), byteLength);
}

function readIntBE(offset, byteLength) {
  offsetArg(offset);
  validByteLength(byteLength);
  return toSigned(readUIntBEBytes(this, offset, byteLength), byteLength);
}

function readBigUInt64LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const lo = first + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 24;
  const hi = this[++offset] + this[++offset] * 2 ** 8 + this[++offset] * 2 ** 16 + last * 2 ** 24;
  return BigInt(lo) + (BigInt(hi) << 32n);
}

function readBigUInt64BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const hi = first * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + this[++offset];
  const lo = this[++offset] * 2 ** 24 + this[++offset] * 2 ** 16 + this[++offset] * 2 ** 8 + last;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64LE(offset = 0) {
  return BigInt.asIntN(64, readBigUInt64LE.call(this, offset));
}

function readBigInt64BE(offset = 0) {
  return BigInt.asIntN(64, readBigUInt64BE.call(this, offset));
}

function readFloatAt(buf, offset, reverse) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 3] === undefined) boundsError(offset, buf.length - 4);
  for (let i = 0; i < 4; i++) f32bytes[reverse ? 3 - i : i] = buf[offset + i];
  return float32[0];
}

function readDoubleAt(buf, offset, reverse) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 7] === undefined) boundsError(offset, buf.length - 8);
  for (let i = 0; i < 8; i++) f64bytes[reverse ? 7 - i : i] = buf[offset + i];
  return float64[0];
}

function readFloatLE(offset = 0) { return readFloatAt(this, offset, bigEndianHost); }
function readFloatBE(offset = 0) { return readFloatAt(this, offset, !bigEndianHost); }
function readDoubleLE(offset = 0) { return readDoubleAt(this, offset, bigEndianHost); }
function readDoubleBE(offset = 0) { return readDoubleAt(this, offset, !bigEndianHost); }

// --- writes ---

function writeBytesLE(buf, value, offset, n, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, n - 1);
  // truncate like the engine's integer stores; floor/modulo keep values
  // past 32 bits exact
  let v = Math.trunc(value);
  if (v < 0) v += 2 ** (n * 8);
  for (let i = 0; i < n; i++) {
    buf[offset + i] = v % 0x100;
    v = Math.floor(v / 0x100);
  }
  return offset + n;
}

function writeBytesBE(buf, value, offset, n, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, n - 1);
  let v = Math.trunc(value);
  if (v < 0) v += 2 ** (n * 8);
  for (let i = n - 1; i >= 0; i--) {
    buf[offset + i] = v % 0x100;
    v = Math.floor(v / 0x100);
  }
  return offset + n;
}

// one-byte writes check the offset's type before the value's range
function writeUInt8(value, offset = 0) {
  validateNumber(offset, 'offset');
  return writeBytesLE(this, value, offset, 1, 0, 0xff);
}
function writeInt8(value, offset = 0) {
  validateNumber(offset, 'offset');
  return writeBytesLE(this, value, offset, 1, -0x80, 0x7f);
}
function writeUInt16LE(value, offset = 0) { return writeBytesLE(this, value, offset, 2, 0, 0xffff); }
function writeUInt16BE(value, offset = 0) { return writeBytesBE(this, value, offset, 2, 0, 0xffff); }
function writeInt16LE(value, offset = 0) { return writeBytesLE(this, value, offset, 2, -0x8000, 0x7fff); }
function writeInt16BE(value, offset = 0) { return writeBytesBE(this, value, offset, 2, -0x8000, 0x7fff); }

function writeUInt32LE(value, offset = 0) {
  value = +value;
  checkInt(value, 0, 0xffffffff, this, offset, 3);
  this[offset] = value;
  this[offset + 1] = value >>> 8;
  this[offset + 2] = value >>> 16;
  this[offset + 3] = value >>> 24;
  return offset + 4;
}

function writeUInt32BE(value, offset = 0) {
  value = +value;
  checkInt(value, 0, 0xffffffff, this, offset, 3);
  this[offset + 3] = value;
  this[offset + 2] = value >>> 8;
  this[offset + 1] = value >>> 16;
  this[offset] = value >>> 24;
  return offset + 4;
}

function writeInt32LE(value, offset = 0) {
  value = +value;
  checkInt(value, -0x80000000, 0x7fffffff, this, offset, 3);
  this[offset] = value;
  this[offset + 1] = value >>> 8;
  this[offset + 2] = value >>> 16;
  this[offset + 3] = value >>> 24;
  return offset + 4;
}

function writeInt32BE(value, offset = 0) {
  value = +value;
  checkInt(value, -0x80000000, 0x7fffffff, this, offset, 3);
  this[offset + 3] = value;
  this[offset + 2] = value >>> 8;
  this[offset + 1] = value >>> 16;
  this[offset] = value >>> 24;
  return offset + 4;
}

function writeUIntLE(value, offset, byteLength) {
  validByteLength(byteLength);
  return writeBytesLE(this, value, offset, byteLength, 0, 2 ** (8 * byteLength) - 1);
}

function writeUIntBE(value, offset, byteLength) {
  validByteLength(byteLength);
  return writeBytesBE(this, value, offset, byteLength, 0, 2 ** (8 * byteLength) - 1);
}

function writeIntLE(value, offset, byteLength) {
  validByteLength(byteLength);
  const limit = 2 ** (8 * byteLength - 1);
  return writeBytesLE(this, value, offset, byteLength, -limit, limit - 1);
}

function writeIntBE(value, offset, byteLength) {
  validByteLength(byteLength);
  const limit = 2 ** (8 * byteLength - 1);
  return writeBytesBE(this, value, offset, byteLength, -limit, limit - 1);
}

function writeBig64(buf, value, offset, min, max, bigEndian) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  let hi = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[bigEndian ? offset + 7 - i : offset + i] = lo & 0xff;
    lo >>>= 8;
  }
  for (let i = 4; i < 8; i++) {
    buf[bigEndian ? offset + 7 - i : offset + i] = hi & 0xff;
    hi >>>= 8;
  }
  return offset + 8;
}

const kU64Max = 0xffffffffffffffffn;
const kI64Min = -(2n ** 63n);
const kI64Max = 2n ** 63n - 1n;
function writeBigUInt64LE(value, offset = 0) { return writeBig64(this, value, offset, 0n, kU64Max, false); }
function writeBigUInt64BE(value, offset = 0) { return writeBig64(this, value, offset, 0n, kU64Max, true); }
function writeBigInt64LE(value, offset = 0) { return writeBig64(this, value, offset, kI64Min, kI64Max, false); }
function writeBigInt64BE(value, offset = 0) { return writeBig64(this, value, offset, kI64Min, kI64Max, true); }

function writeFloatAt(buf, value, offset, reverse) {
  value = +value;
  checkBounds(buf, offset, 3);
  float32[0] = value;
  for (let i = 0; i < 4; i++) buf[offset + i] = f32bytes[reverse ? 3 - i : i];
  return offset + 4;
}

function writeDoubleAt(buf, value, offset, reverse) {
  value = +value;
  checkBounds(buf, offset, 7);
  float64[0] = value;
  for (let i = 0; i < 8; i++) buf[offset + i] = f64bytes[reverse ? 7 - i : i];
  return offset + 8;
}

function writeFloatLE(value, offset = 0) { return writeFloatAt(this, value, offset, bigEndianHost); }
function writeFloatBE(value, offset = 0) { return writeFloatAt(this, value, offset, !bigEndianHost); }
function writeDoubleLE(value, offset = 0) { return writeDoubleAt(this, value, offset, bigEndianHost); }
function writeDoubleBE(value, offset = 0) { return writeDoubleAt(this, value, offset, !bigEndianHost); }

const methods = {
  readBigUInt64LE, readBigUInt64BE, readBigInt64LE, readBigInt64BE,
  writeBigUInt64LE, writeBigUInt64BE, writeBigInt64LE, writeBigInt64BE,
  readUIntLE, readUInt32LE, readUInt16LE, readUInt8,
  readUIntBE, readUInt32BE, readUInt16BE,
  readIntLE, readInt32LE, readInt16LE, readInt8,
  readIntBE, readInt32BE, readInt16BE,
  writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8,
  writeUIntBE, writeUInt32BE, writeUInt16BE,
  writeIntLE, writeInt32LE, writeInt16LE, writeInt8,
  writeIntBE, writeInt32BE, writeInt16BE,
  readFloatLE, readFloatBE, readDoubleLE, readDoubleBE,
  writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
};

// The Uint spellings are aliases of the UInt ones (same function objects).
function addMethods(proto) {
  for (const name of Object.keys(methods)) {
    const fn = methods[name];
    Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: true });
    if (name.includes('UInt')) {
      Object.defineProperty(proto, name.replace('UInt', 'Uint'), {
        value: fn, writable: true, configurable: true, enumerable: true,
      });
    }
  }
}

// Buffer's own class: Buffer.prototype is this class's prototype, and
// buffers made inside the builtins are made with it.
class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// Filled in by lib/buffer.js for the other builtins.
const shared = {};

module.exports = { FastBuffer, addMethods, boundsError, checkBounds, shared };
