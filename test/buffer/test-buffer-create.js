'use strict';
// Buffer creation: from (every form), alloc, allocUnsafe, byteLength, compare, concat, isEncoding, toString in every encoding.
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

check("Buffer.from('aGVsbG8', 'base64')", "Buffer[68 65 6c 6c 6f]");
check("Buffer.from('aGVsbG8=', 'base64url')", "Buffer[68 65 6c 6c 6f]");
check("Buffer.from('YW=Jj','base64')", "Buffer[61]");
check("Buffer.from('YW Jj', 'base64')", "Buffer[61 62 63]");
check("Buffer.from('YW-_', 'base64')", "Buffer[61 6f bf]");
check("Buffer.from('YWJjZ', 'base64')", "Buffer[61 62 63]");
check("Buffer.from('abcg', 'hex')", "Buffer[ab]");
check("Buffer.from('abc', 'hex')", "Buffer[ab]");
check("Buffer.from('0G12', 'hex')", "Buffer[]");
check("Buffer.from('ABCDEF', 'HEX')", "Buffer[ab cd ef]");
check("Buffer.from('é€', 'ascii')", "Buffer[e9 ac]");
check("Buffer.from('é€', 'latin1')", "Buffer[e9 ac]");
check("Buffer.from('é€', 'binary')", "Buffer[e9 ac]");
check("Buffer.from('é€😀', 'ucs2')", "Buffer[e9 00 ac 20 3d d8 00 de]");
check("Buffer.from('\\\\ud800x')", "Buffer[5c 75 64 38 30 30 78]");
check("Buffer.from('\\\\udc00\\\\ud800')", "Buffer[5c 75 64 63 30 30 5c 75 64 38 30 30]");
check("Buffer.from([0xe9, 0xff]).toString('ascii')", "\"i\"");
check("Buffer.from([0xe9, 0xff]).toString('latin1')", "\"éÿ\"");
check("Buffer.from([0xff, 0xfe, 0x80]).toString()", "\"���\"");
check("Buffer.from([0xf0, 0x9f, 0x98]).toString()", "\"�\"");
check("Buffer.from([0xe0, 0x80, 0x41]).toString()", "\"��A\"");
check("Buffer.from([0xed, 0xa0, 0x80]).toString()", "\"���\"");
check("Buffer.from([0x61, 0x00, 0x62]).toString('ucs2')", "\"a\"");
check("Buffer.from('hello').toString('hex', 1, 3)", "\"656c\"");
check("Buffer.from('hello').toString('utf8', -1, 100)", "\"hello\"");
check("Buffer.from('hello').toString(undefined, 2)", "\"llo\"");
check("Buffer.from('hello').toString('base64url')", "\"aGVsbG8\"");
check("Buffer.from([0xfb, 0xff]).toString('base64url')", "\"-_8\"");
check("Buffer.from([0xfb, 0xff]).toString('base64')", "\"+/8=\"");
check("Buffer.from('hello').toString('foo')", "throws TypeError ERR_UNKNOWN_ENCODING Unknown encoding: foo");
check("Buffer.from('hello').toString('UTF-8', '1', '3')", "\"el\"");
check("Buffer.from(new Uint16Array([1, 2]))", "Buffer[01 02]");
check("Buffer.from(new Uint16Array([1, 2]).buffer)", "Buffer[01 00 02 00]");
check("Buffer.from(new ArrayBuffer(4), 1, 2)", "Buffer[00 00]");
check("Buffer.from(new ArrayBuffer(4), 5)", "throws RangeError ERR_BUFFER_OUT_OF_BOUNDS \"offset\" is outside of buffer bounds");
check("Buffer.from(new ArrayBuffer(4), 1, 9)", "throws RangeError ERR_BUFFER_OUT_OF_BOUNDS \"length\" is outside of buffer bounds");
check("Buffer.from(new ArrayBuffer(4), '1')", "Buffer[00 00 00]");
check("Buffer.from(new ArrayBuffer(4), NaN, -1)", "Buffer[]");
check("Buffer.from({ length: 2, 0: 5, 1: '7' })", "Buffer[05 07]");
check("Buffer.from({ type: 'Buffer', data: [1, 2] })", "Buffer[01 02]");
check("Buffer.from(new String('ab'))", "Buffer[61 62]");
check("Buffer.from({ [Symbol.toPrimitive]() { return 'cd'; } })", "Buffer[63 64]");
check("Buffer.from({ valueOf() { return [3]; } })", "Buffer[03]");
check("Buffer.from({ length: 'x' })", "Buffer[]");
check("Buffer.from(5)", "throws TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type number (5)");
check("Buffer.from(null)", "throws TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received null");
check("Buffer.from({})", "throws TypeError ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object");
check("Buffer.from('a', 'foo')", "throws TypeError ERR_UNKNOWN_ENCODING Unknown encoding: foo");
check("Buffer.from('ab', 5)", "Buffer[61 62]");
check("Buffer.from('')", "Buffer[]");
check("Buffer.of(1, 2, 300)", "Buffer[01 02 2c]");
check("Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1)", "Buffer[02 00]");
check("Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1)", "Buffer[02 00 03 00]");
check("Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 5)", "Buffer[]");
check("Buffer.copyBytesFrom([1])", "throws TypeError ERR_INVALID_ARG_TYPE The \"view\" argument must be an instance of TypedArray. Received an instance of Array");
check("Buffer.copyBytesFrom(new Uint8Array(2), -1)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1");
check("Buffer.alloc(3)", "Buffer[00 00 00]");
check("Buffer.alloc(5, 'ab')", "Buffer[61 62 61 62 61]");
check("Buffer.alloc(5, 'YWI=', 'base64')", "Buffer[61 62 61 62 61]");
check("Buffer.alloc(5, 257)", "Buffer[01 01 01 01 01]");
check("Buffer.alloc(5, -1)", "Buffer[ff ff ff ff ff]");
check("Buffer.alloc(4, Buffer.from([1, 2, 3]))", "Buffer[01 02 03 01]");
check("Buffer.alloc(3, '')", "Buffer[00 00 00]");
check("Buffer.alloc(3, 'zz', 'hex')", "throws TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received 'zz'");
check("Buffer.alloc(3, true)", "Buffer[01 01 01]");
check("Buffer.alloc(-1)", "throws RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1");
check("Buffer.alloc('1')", "throws TypeError ERR_INVALID_ARG_TYPE The \"size\" argument must be of type number. Received type string ('1')");
check("Buffer.alloc(1.5)", "Buffer[00]");
check("Buffer.alloc(NaN)", "throws RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 9007199254740991. Received NaN");
check("Buffer.allocUnsafe(3).length", "3");
check("Buffer.allocUnsafeSlow(3).length", "3");
check("Buffer.allocUnsafe(-2)", "throws RangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 9007199254740991. Received -2");
check("Buffer.byteLength('héllo')", "6");
check("Buffer.byteLength('😀')", "4");
check("Buffer.byteLength('\\\\ud800')", "6");
check("Buffer.byteLength('aGVsbG8=', 'base64')", "5");
check("Buffer.byteLength('aGVsbG8==', 'base64')", "5");
check("Buffer.byteLength('abc', 'hex')", "1");
check("Buffer.byteLength('abc', 'ucs2')", "6");
check("Buffer.byteLength('abc', 'foo')", "3");
check("Buffer.byteLength(new Uint16Array(3))", "6");
check("Buffer.byteLength(new ArrayBuffer(5))", "5");
check("Buffer.byteLength(1)", "throws TypeError ERR_INVALID_ARG_TYPE The \"string\" argument must be of type string or an instance of Buffer or ArrayBuffer. Received type number (1)");
check("Buffer.byteLength('é'.repeat(100))", "200");
check("Buffer.compare(Buffer.from('a'), Buffer.from('b'))", "-1");
check("Buffer.compare(Buffer.from('b'), Buffer.from('a'))", "1");
check("Buffer.compare(Buffer.from('a'), Buffer.from('ab'))", "-1");
check("Buffer.compare(Buffer.from('a'), 'a')", "throws TypeError ERR_INVALID_ARG_TYPE The \"buf2\" argument must be an instance of Buffer or Uint8Array. Received type string ('a')");
check("Buffer.compare(1, 2)", "throws TypeError ERR_INVALID_ARG_TYPE The \"buf1\" argument must be an instance of Buffer or Uint8Array. Received type number (1)");
check("Buffer.isBuffer(Buffer.alloc(1))", "true");
check("Buffer.isBuffer(new Uint8Array(1))", "false");
check("Buffer.isEncoding('UTF-8')", "true");
check("Buffer.isEncoding('')", "false");
check("Buffer.isEncoding('binary')", "true");
check("Buffer.isEncoding('utf16')", "false");
check("Buffer.isEncoding(null)", "false");
check("Buffer.concat([Buffer.from('ab'), new Uint8Array([99])])", "Buffer[61 62 63]");
check("Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], 3)", "Buffer[61 62 63]");
check("Buffer.concat([Buffer.from('ab')], 4)", "Buffer[61 62 00 00]");
check("Buffer.concat([])", "Buffer[]");
check("Buffer.concat([1])", "throws TypeError ERR_INVALID_ARG_TYPE The \"list[0]\" argument must be an instance of Buffer or Uint8Array. Received type number (1)");
check("Buffer.concat(1)", "throws TypeError ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of Array. Received type number (1)");
check("Buffer.concat([Buffer.from('a')], -1)", "throws RangeError ERR_OUT_OF_RANGE The value of \"length\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1");
done();
