'use strict';
// util.inspect of Buffers, transcode, isUtf8/isAscii/isLatin1, constants, atob/btoa.
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

check("util.inspect(Buffer.from('hi'))", "\"<Buffer 68 69>\"");
check("util.inspect(Buffer.alloc(60))", "\"<Buffer 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 10 more bytes>\"");
check("util.inspect(Buffer.alloc(51))", "\"<Buffer 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 1 more byte>\"");
check("util.inspect(Buffer.alloc(0))", "\"<Buffer >\"");
check("util.inspect(Object.assign(Buffer.from('ab'), { x: 1 }))", "\"<Buffer 61 62, x: 1>\"");
check("util.inspect(Object.assign(Buffer.alloc(0), { x: 1, y: 'z' }))", "\"<Buffer x: 1, y: 'z'>\"");
check("util.inspect({ a: Buffer.from('ab') })", "\"{ a: <Buffer 61 62> }\"");
check("util.inspect([Buffer.from('ab')])", "\"[ <Buffer 61 62> ]\"");
check("Buffer.from('hi').inspect()", "\"<Buffer 68 69>\"");
check("String(Buffer.from('hi'))", "\"hi\"");
check("Buffer.from('hi').toLocaleString()", "\"hi\"");
check("transcode(Buffer.from('a€é😀'), 'utf8', 'ascii')", "Buffer[61 3f 3f 3f]");
check("transcode(Buffer.from('a€é😀'), 'utf8', 'latin1')", "Buffer[61 3f e9 3f]");
check("transcode(Buffer.from('a€é😀'), 'utf8', 'ucs2')", "Buffer[61 00 ac 20 e9 00 3d d8 00 de]");
check("transcode(Buffer.from([0x61, 0xe9, 0xff]), 'latin1', 'utf8')", "Buffer[61 c3 a9 c3 bf]");
check("transcode(Buffer.from([0x61, 0xe9, 0xff]), 'ascii', 'utf8')", "Buffer[61 ef bf bd ef bf bd]");
check("transcode(Buffer.from([0x61, 0xe9, 0xff]), 'latin1', 'ucs2')", "Buffer[61 00 e9 00 ff 00]");
check("transcode(Buffer.from([0x61, 0xe9, 0xff]), 'ascii', 'ucs2')", "Buffer[61 00 e9 00 ff 00]");
check("transcode(Buffer.from([0x00, 0xd8, 0x61, 0x00]), 'ucs2', 'utf8')", "throws Error U_INVALID_CHAR_FOUND Unable to transcode Buffer [U_INVALID_CHAR_FOUND]");
check("transcode(Buffer.from([0xac, 0x20, 0x61, 0x00, 0x62]), 'ucs2', 'latin1')", "Buffer[3f 61]");
check("transcode(Buffer.from([0xac, 0x20]), 'ucs2', 'ascii')", "Buffer[3f]");
check("transcode(Buffer.from([0xff, 0x61]), 'utf8', 'ucs2')", "throws Error U_INVALID_CHAR_FOUND Unable to transcode Buffer [U_INVALID_CHAR_FOUND]");
check("transcode(Buffer.from([0xff, 0x61]), 'utf8', 'latin1')", "Buffer[3f 61]");
check("transcode(Buffer.from('ab'), 'utf8', 'hex')", "throws Error U_ILLEGAL_ARGUMENT_ERROR Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]");
check("transcode(Buffer.from('ab'), 'utf8', 'utf8')", "Buffer[61 62]");
check("transcode(Buffer.from([0xff]), 'utf8', 'utf8')", "Buffer[ef bf bd]");
check("transcode(Buffer.from('ab'), 'binary', 'utf-8')", "Buffer[61 62]");
check("transcode('ab', 'utf8', 'ucs2')", "throws TypeError ERR_INVALID_ARG_TYPE The \"source\" argument must be an instance of Buffer or Uint8Array. Received type string ('ab')");
check("transcode(Buffer.from('ab'), 'UTF8', 'UCS2')", "Buffer[61 00 62 00]");
check("transcode(new Uint8Array([0x61]), 'utf8', 'ucs2')", "Buffer[61 00]");
check("transcode(Buffer.from([0xe9]), 'latin1', 'ascii')", "Buffer[3f]");
check("transcode(Buffer.from([0xe9]), 'ascii', 'latin1')", "Buffer[3f]");
check("transcode(Buffer.from([0x61, 0x00, 0x62]), 'ucs2', 'utf8')", "Buffer[61]");
check("transcode(Buffer.from([0x61, 0x00, 0x62]), 'ucs2', 'ucs2')", "Buffer[61 00 fd ff]");
check("transcode(Buffer.from([0x3d, 0xd8, 0x00, 0xde]), 'ucs2', 'latin1')", "Buffer[3f]");
check("transcode(Buffer.from([0x3d, 0xd8, 0x00, 0xde]), 'ucs2', 'utf8')", "Buffer[f0 9f 98 80]");
check("transcode(Buffer.alloc(0), 'utf8', 'ucs2')", "Buffer[]");
check("transcode(Buffer.from('a'), 'utf8', 'foo')", "throws Error U_ILLEGAL_ARGUMENT_ERROR Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]");
check("isUtf8(Buffer.from('héllo'))", "true");
check("isUtf8(Buffer.from([0xc0, 0x80]))", "false");
check("isUtf8(new ArrayBuffer(3))", "true");
check("isUtf8(new Uint16Array([0xd800]))", "false");
check("isUtf8('a')", "throws TypeError ERR_INVALID_ARG_TYPE The \"input\" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received type string ('a')");
check("isUtf8(null)", "throws TypeError ERR_INVALID_ARG_TYPE The \"input\" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received null");
check("isAscii(Buffer.from('hello'))", "true");
check("isAscii(Buffer.from('héllo'))", "false");
check("isAscii(new DataView(new ArrayBuffer(1)))", "throws TypeError ERR_INVALID_ARG_TYPE The \"input\" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received an instance of DataView");
check("isLatin1('é')", "true");
check("isLatin1('€')", "false");
check("isLatin1(Buffer.from('a'))", "throws TypeError ERR_INVALID_ARG_TYPE The \"input\" argument must be of type string. Received an instance of Buffer");
check("[kMaxLength, kStringMaxLength, constants.MAX_LENGTH, constants.MAX_STRING_LENGTH, INSPECT_MAX_BYTES]", "throws ReferenceError");
check("atob('YWJj')", "\"abc\"");
check("atob(' YW Jj\\\\n')", "throws InvalidCharacterError 5 Invalid character");
check("atob('YQ')", "\"a\"");
check("atob('YQ=')", "throws InvalidCharacterError 5 Invalid character");
check("atob('YQ==')", "\"a\"");
check("atob('Y')", "throws InvalidCharacterError 5 The string to be decoded is not correctly encoded.");
check("atob('YQ===')", "throws InvalidCharacterError 5 Invalid character");
check("atob('Y=Q=')", "throws InvalidCharacterError 5 Invalid character");
check("atob('YW*j')", "throws InvalidCharacterError 5 Invalid character");
check("atob()", "throws TypeError ERR_MISSING_ARGS The \"input\" argument must be specified");
check("atob(undefined)", "throws InvalidCharacterError 5 The string to be decoded is not correctly encoded.");
check("atob(null)", "\"ée\"");
check("atob('YWJjZA=\\\\n=')", "throws InvalidCharacterError 5 Invalid character");
check("atob('YQ\\\\f==')", "throws InvalidCharacterError 5 Invalid character");
check("atob('\\\\u00e9')", "throws InvalidCharacterError 5 Invalid character");
check("atob('/+/+')", "\"ÿïþ\"");
check("btoa('abc')", "\"YWJj\"");
check("btoa('é')", "\"6Q==\"");
check("btoa('€')", "throws InvalidCharacterError 5 Invalid character");
check("btoa()", "throws TypeError ERR_MISSING_ARGS The \"input\" argument must be specified");
check("btoa(null)", "\"bnVsbA==\"");
check("btoa(12)", "\"MTI=\"");
done();
