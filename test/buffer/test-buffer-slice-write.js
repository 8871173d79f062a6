'use strict';
// Buffer slice/subarray, swap16/32/64, toJSON, write and the xxxSlice/xxxWrite methods.
// Each case evaluates an expression and compares a printable form of its
// result (or of the error it throws) with what Node gives.
const assert = require('assert');
const { Buffer, transcode, isUtf8, isAscii, isLatin1, kMaxLength, kStringMaxLength, constants } = require('buffer');
const util = require('util');
const { StringDecoder } = require('string_decoder');

function show(v) {
  if (v instanceof Uint8Array) {
    return `${v.constructor.name}[${Array.from(v, (x) => x.toString(16).padStart(2, '0')).join(' ')}]`;
  }
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (v && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function run(src) {
  try {
    return show(eval(`(${src})`));
  } catch (e) {
    // engine messages differ for engine errors; Node's own errors have codes
    return e.code !== undefined ? `throws ${e.name} ${e.code} ${e.message}` : `throws ${e.name}`;
  }
}

let failures = 0;
function check(src, expected) {
  const actual = run(src);
  if (actual !== expected) {
    failures++;
    console.log(`FAIL ${src}\n  expected ${expected}\n  actual   ${actual}`);
  }
}

function done() {
  assert.strictEqual(failures, 0);
}

check("Buffer.from('abcdef').slice(1, 3)", "Buffer[62 63]");
check("Buffer.from('abcdef').slice(-2)", "Buffer[65 66]");
check("Buffer.from('abcdef').slice(4, 2)", "Buffer[]");
check("Buffer.from('abcdef').slice('1', '3')", "Buffer[62 63]");
check("Buffer.from('abcdef').subarray(1, 3)", "Buffer[62 63]");
check("Buffer.from('abcdef').subarray(-2)", "Buffer[65 66]");
check("Buffer.from('abcdef').subarray(1, 3).constructor.name", "\"Buffer\"");
check("Buffer.from('abcdef').map((x) => x + 1)", "Buffer[62 63 64 65 66 67]");
check("Buffer.from('abcdef').filter((x) => x > 99)", "Buffer[64 65 66]");
check("Buffer.from([1, 2, 3, 4]).swap16()", "Buffer[02 01 04 03]");
check("Buffer.from([1, 2, 3, 4]).swap32()", "Buffer[04 03 02 01]");
check("Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64()", "Buffer[08 07 06 05 04 03 02 01]");
check("Buffer.from([1, 2, 3]).swap16()", "throws RangeError ERR_INVALID_BUFFER_SIZE Buffer size must be a multiple of 16-bits");
check("Buffer.from([1, 2, 3]).swap32()", "throws RangeError ERR_INVALID_BUFFER_SIZE Buffer size must be a multiple of 32-bits");
check("Buffer.from([1, 2, 3]).swap64()", "throws RangeError ERR_INVALID_BUFFER_SIZE Buffer size must be a multiple of 64-bits");
check("Buffer.alloc(256).fill(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8])).swap64().subarray(0, 16)", "Buffer[08 07 06 05 04 03 02 01 08 07 06 05 04 03 02 01]");
check("Buffer.alloc(256).fill(Buffer.from([1, 2, 3, 4])).swap32().subarray(248)", "Buffer[04 03 02 01 04 03 02 01]");
check("Buffer.alloc(256).fill(Buffer.from([1, 2])).swap16().subarray(250)", "Buffer[02 01 02 01 02 01]");
check("Buffer.from('ab').toJSON()", "{\"type\":\"Buffer\",\"data\":[97,98]}");
check("JSON.stringify(Buffer.from('ab'))", "\"{\\\"type\\\":\\\"Buffer\\\",\\\"data\\\":[97,98]}\"");
check("Buffer.alloc(0).toJSON()", "{\"type\":\"Buffer\",\"data\":[]}");
check("(() => { const b = Buffer.alloc(6); return [b.write('abc'), b]; })()", "[3, Buffer[61 62 63 00 00 00]]");
check("(() => { const b = Buffer.alloc(6); return [b.write('abc', 4), b]; })()", "[2, Buffer[00 00 00 00 61 62]]");
check("(() => { const b = Buffer.alloc(6); return [b.write('abc', 1, 1), b]; })()", "[1, Buffer[00 61 00 00 00 00]]");
check("(() => { const b = Buffer.alloc(6); return [b.write('6162', 'hex'), b]; })()", "[2, Buffer[61 62 00 00 00 00]]");
check("(() => { const b = Buffer.alloc(6); return [b.write('6162', 2, 'hex'), b]; })()", "[2, Buffer[00 00 61 62 00 00]]");
check("(() => { const b = Buffer.alloc(6); return [b.write('6162', 2, 1, 'hex'), b]; })()", "[1, Buffer[00 00 61 00 00 00]]");
check("(() => { const b = Buffer.alloc(3); return [b.write('a€'), b]; })()", "[1, Buffer[61 00 00]]");
check("(() => { const b = Buffer.alloc(3); return [b.write('abcd', 'ucs2'), b]; })()", "[2, Buffer[61 00 00]]");
check("(() => { const b = Buffer.alloc(2); return [b.write('YWJj', 'base64'), b]; })()", "[2, Buffer[61 62]]");
check("(() => { const b = Buffer.alloc(4); return [b.write('😀a', 1), b]; })()", "[0, Buffer[00 00 00 00]]");
check("(() => { const b = Buffer.alloc(4); return [b.write('a', 5), b]; })()", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 4. Received 5");
check("(() => { const b = Buffer.alloc(4); return [b.write('a', -1), b]; })()", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 4. Received -1");
check("(() => { const b = Buffer.alloc(4); return [b.write('a', 1.5), b]; })()", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be an integer. Received 1.5");
check("(() => { const b = Buffer.alloc(4); return [b.write('a', 0, 5), b]; })()", "throws RangeError ERR_OUT_OF_RANGE The value of \"length\" is out of range. It must be >= 0 && <= 4. Received 5");
check("(() => { const b = Buffer.alloc(4); return [b.write('a', 0, 2, 'foo'), b]; })()", "throws TypeError ERR_UNKNOWN_ENCODING Unknown encoding: foo");
check("(() => { const b = Buffer.alloc(4); return [b.write(1), b]; })()", "throws TypeError ERR_INVALID_ARG_TYPE argument must be a string");
check("(() => { const b = Buffer.alloc(4); return [b.write(1, 'hex'), b]; })()", "throws TypeError ERR_INVALID_ARG_TYPE argument must be a string");
check("(() => { const b = Buffer.alloc(4); return [b.write('zz', 'latin1'), b]; })()", "[2, Buffer[7a 7a 00 00]]");
check("(() => { const b = Buffer.alloc(4); return [b.write('é', 'ascii'), b]; })()", "[1, Buffer[e9 00 00 00]]");
check("(() => { const b = Buffer.alloc(4); return [b.utf8Write('abc', 1), b]; })()", "[3, Buffer[00 61 62 63]]");
check("(() => { const b = Buffer.alloc(4); return [b.latin1Write('abc', 1, 1), b]; })()", "[1, Buffer[00 61 00 00]]");
check("Buffer.from('hello').utf8Slice(1, 3)", "\"el\"");
check("Buffer.from('hello').latin1Slice()", "\"hello\"");
check("Buffer.from('hello').hexSlice(3)", "\"6c6f\"");
check("Buffer.from('hello').base64Slice(0, 2)", "\"aGU=\"");
check("Buffer.from('hello').asciiSlice(-1, 2)", "throws RangeError ERR_OUT_OF_RANGE Index out of range");
check("Buffer.from('hello').ucs2Slice(0, 3)", "\"敨\"");
check("Buffer.from('hello').parent.byteLength > 0", "true");
check("Buffer.from('hello').offset >= 0", "true");
done();
