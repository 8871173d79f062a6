'use strict';
// Buffer copy, equals, compare, fill (all forms), indexOf/lastIndexOf/includes with strings, buffers, numbers and encodings.
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

check("Buffer.from('abc').copy(Buffer.alloc(2))", "2");
check("(() => { const t = Buffer.alloc(5); Buffer.from('abc').copy(t, 1, 1); return t; })()", "Buffer[00 62 63 00 00]");
check("(() => { const t = Buffer.alloc(5); Buffer.from('abc').copy(t, 4); return t; })()", "Buffer[00 00 00 00 61]");
check("(() => { const t = Buffer.alloc(5); return Buffer.from('abc').copy(t, 0, 4); })()", "throws RangeError ERR_OUT_OF_RANGE The value of \"sourceStart\" is out of range. It must be >= 0 && <= 3. Received 4");
check("(() => { const t = Buffer.alloc(5); return Buffer.from('abc').copy(t, -1); })()", "throws RangeError ERR_OUT_OF_RANGE The value of \"targetStart\" is out of range. It must be >= 0. Received -1");
check("(() => { const t = Buffer.alloc(5); return Buffer.from('abc').copy(t, 0, 0, -1); })()", "throws RangeError ERR_OUT_OF_RANGE The value of \"sourceEnd\" is out of range. It must be >= 0. Received -1");
check("(() => { const t = Buffer.alloc(5); Buffer.from('abcdef').copy(t, '1', 1.5, '3'); return t; })()", "Buffer[00 62 63 00 00]");
check("(() => { const b = Buffer.from('abcdef'); b.copy(b, 2); return b; })()", "Buffer[61 62 61 62 63 64]");
check("Buffer.from('abc').copy(1)", "throws TypeError ERR_INVALID_ARG_TYPE The \"target\" argument must be an instance of Buffer or Uint8Array. Received type number (1)");
check("Buffer.from('abc').equals(Buffer.from('abc'))", "true");
check("Buffer.from('abc').equals(Buffer.from('abd'))", "false");
check("Buffer.from('abc').equals('abc')", "throws TypeError ERR_INVALID_ARG_TYPE The \"otherBuffer\" argument must be an instance of Buffer or Uint8Array. Received type string ('abc')");
check("Buffer.from('abc').compare(Buffer.from('abd'))", "-1");
check("Buffer.from('abcdef').compare(Buffer.from('bcd'), 0, 3, 1, 4)", "0");
check("Buffer.from('abcdef').compare(Buffer.from('bcd'), 0, 5)", "throws RangeError ERR_OUT_OF_RANGE The value of \"targetEnd\" is out of range. It must be >= 0 && <= 3. Received 5");
check("Buffer.from('abcdef').compare(Buffer.from('bcd'), -1)", "throws RangeError ERR_OUT_OF_RANGE The value of \"targetStart\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1");
check("Buffer.from('abcdef').compare(Buffer.from('bcd'), 2, 1)", "1");
check("Buffer.from('abcdef').compare(Buffer.from('bcd'), 0, 3, 3, 3)", "-1");
check("Buffer.from('abcdef').compare(Buffer.from('bcd'), '1')", "throws TypeError ERR_INVALID_ARG_TYPE The \"targetStart\" argument must be of type number. Received type string ('1')");
check("Buffer.alloc(5).fill('ab', 1)", "Buffer[00 61 62 61 62]");
check("Buffer.alloc(5).fill('ab', 1, 3)", "Buffer[00 61 62 00 00]");
check("Buffer.alloc(5).fill('abc', 'latin1')", "Buffer[61 62 63 61 62]");
check("Buffer.alloc(5).fill('é', 'latin1')", "Buffer[e9 e9 e9 e9 e9]");
check("Buffer.alloc(5).fill('é')", "Buffer[c3 a9 c3 a9 c3]");
check("Buffer.alloc(5).fill('6162', 'hex')", "Buffer[61 62 61 62 61]");
check("Buffer.alloc(5).fill('zz', 'hex')", "throws TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received 'zz'");
check("Buffer.alloc(5).fill('a', 'foo')", "throws TypeError ERR_UNKNOWN_ENCODING Unknown encoding: foo");
check("Buffer.alloc(5).fill('a', 0, 6)", "throws RangeError ERR_OUT_OF_RANGE The value of \"end\" is out of range. It must be >= 0 && <= 5. Received 6");
check("Buffer.alloc(5).fill('a', -1)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1");
check("Buffer.alloc(5).fill(0x101, 1, 2)", "Buffer[00 01 00 00 00]");
check("Buffer.alloc(5).fill(1, 3, 2)", "Buffer[00 00 00 00 00]");
check("Buffer.alloc(5).fill(new Uint16Array([0x102]))", "Buffer[02 01 02 01 02]");
check("Buffer.alloc(5).fill(Buffer.alloc(0))", "throws TypeError ERR_INVALID_ARG_VALUE The argument 'value' is invalid. Received <Buffer >");
check("Buffer.alloc(5).fill('a', 1, 'ucs2')", "Buffer[00 61 00 61 00]");
check("Buffer.alloc(5).fill('ab', 'ucs2')", "Buffer[61 00 62 00 61]");
check("Buffer.alloc(5).fill(null)", "Buffer[00 00 00 00 00]");
check("Buffer.alloc(5).fill({})", "Buffer[00 00 00 00 00]");
check("Buffer.alloc(5).fill('x', 1.5)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be an integer. Received 1.5");
check("Buffer.alloc(5).fill(2, 1, 'foo')", "throws TypeError ERR_INVALID_ARG_TYPE The \"end\" argument must be of type number. Received type string ('foo')");
check("Buffer.from('abcabc').indexOf('c')", "2");
check("Buffer.from('abcabc').indexOf('c', 3)", "5");
check("Buffer.from('abcabc').indexOf('c', -2)", "5");
check("Buffer.from('abcabc').indexOf('c', -20)", "2");
check("Buffer.from('abcabc').indexOf('c', 20)", "-1");
check("Buffer.from('abcabc').indexOf('')", "0");
check("Buffer.from('abcabc').indexOf('', 3)", "3");
check("Buffer.from('abcabc').indexOf('', 30)", "6");
check("Buffer.from('abcabc').indexOf('', -2)", "4");
check("Buffer.from('abcabc').indexOf(Buffer.from('bc'), 2)", "4");
check("Buffer.from('abcabc').indexOf(99)", "2");
check("Buffer.from('abcabc').indexOf(99 + 256)", "2");
check("Buffer.from('abcabc').indexOf(-157)", "2");
check("Buffer.from('abcabc').indexOf('c', 'latin1')", "2");
check("Buffer.from('abcabc').indexOf('63', 'hex')", "2");
check("Buffer.from('abcabc').indexOf('Yw==', 'base64')", "2");
check("Buffer.from('abcabc').indexOf('c', 0, 'foo')", "throws TypeError ERR_UNKNOWN_ENCODING Unknown encoding: foo");
check("Buffer.from('abcabc').indexOf({})", "throws TypeError ERR_INVALID_ARG_TYPE The \"value\" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received an instance of Object");
check("Buffer.from('abcabc').indexOf('c', null)", "2");
check("Buffer.from('abcabc').indexOf('c', '2')", "throws TypeError ERR_UNKNOWN_ENCODING Unknown encoding: 2");
check("Buffer.from('abcabc').indexOf('c', 2.7)", "2");
check("Buffer.from('abcabc').indexOf('c', NaN)", "2");
check("Buffer.from('abcabc').lastIndexOf('c')", "5");
check("Buffer.from('abcabc').lastIndexOf('c', 4)", "2");
check("Buffer.from('abcabc').lastIndexOf('c', -2)", "2");
check("Buffer.from('abcabc').lastIndexOf('c', -20)", "-1");
check("Buffer.from('abcabc').lastIndexOf('c', 20)", "5");
check("Buffer.from('abcabc').lastIndexOf('')", "6");
check("Buffer.from('abcabc').lastIndexOf('', 2)", "2");
check("Buffer.from('abcabc').lastIndexOf(99, 1)", "-1");
check("Buffer.from('abcabc').lastIndexOf(97, -20)", "-1");
check("Buffer.from('abcabc').lastIndexOf(Buffer.from('abc'))", "3");
check("Buffer.from('abcabc').lastIndexOf('c', NaN)", "5");
check("Buffer.from('abcabc').lastIndexOf('c', null)", "-1");
check("Buffer.from('abcabc').includes('ca')", "true");
check("Buffer.from('abcabc').includes('cb')", "false");
check("Buffer.from('abc', 'ucs2').indexOf('b', 'ucs2')", "2");
check("Buffer.from('abc', 'ucs2').indexOf('b', 1, 'ucs2')", "2");
check("Buffer.from('abc', 'ucs2').indexOf('b', 3, 'ucs2')", "-1");
check("Buffer.from('abc', 'ucs2').lastIndexOf('b', 3, 'ucs2')", "2");
check("Buffer.from('abc', 'ucs2').indexOf(Buffer.from('b', 'ucs2'), 0, 'ucs2')", "2");
check("Buffer.from([0, 0x62, 0, 0x62, 0]).indexOf('b', 'ucs2')", "-1");
check("Buffer.from('\\\\u0100\\\\u0101').indexOf('\\\\u0101', 'ucs2')", "-1");
done();
