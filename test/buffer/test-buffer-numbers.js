'use strict';
// Buffer number readers and writers, including IntLE/BE with byteLength, floats and BigInt64, and their range errors.
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

check("Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).readUInt32LE(1)", "84148994");
check("Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).readUInt32BE(1)", "33752069");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 8]).readInt32LE(0)", "-50462977");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 8]).readInt32BE(0)", "-66052");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 8]).readInt16LE(0)", "-257");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 8]).readInt16BE(1)", "-259");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 8]).readUInt16BE(1)", "65277");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 8]).readInt8(0)", "-1");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 8]).readUInt8(7)", "8");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 8]).readUint8(7)", "8");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 8]).readUIntLE(1, 6)", "7722451664382");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 8]).readUIntBE(1, 6)", "280366808368647");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 8]).readIntLE(0, 6)", "6622789107455");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 8]).readIntBE(0, 5)", "-16909307");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 8]).readIntBE(0, 3)", "-259");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 8]).readIntLE(2, 1)", "-3");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 8]).readBigUInt64LE()", "578437699929505535n");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 8]).readBigUInt64BE()", "18446460382613997320n");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 0x88]).readBigInt64LE()", "-8644934336925270273n");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 8]).readBigInt64BE()", "-283691095554296n");
check("Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 5, 6, 7, 8]).readBigInt64BE(1)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1");
check("Buffer.from([0, 0, 0x80, 0x3f, 0, 0, 0, 0]).readFloatLE()", "1");
check("Buffer.from([0x3f, 0x80, 0, 0, 0, 0, 0, 0]).readFloatBE()", "1");
check("Buffer.from([0, 0, 0, 0, 0, 0, 0xf0, 0x3f]).readDoubleLE()", "1");
check("Buffer.from([0x3f, 0xf0, 0, 0, 0, 0, 0, 0]).readDoubleBE()", "1");
check("Buffer.from([0x3f, 0xf0, 0, 0, 0, 0, 0, 0]).readDoubleBE(1)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1");
check("Buffer.alloc(4).readUInt32LE(1)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1");
check("Buffer.alloc(4).readUInt32LE(-1)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received -1");
check("Buffer.alloc(4).readUInt32LE('0')", "throws TypeError ERR_INVALID_ARG_TYPE The \"offset\" argument must be of type number. Received type string ('0')");
check("Buffer.alloc(4).readUInt32LE(1.5)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be an integer. Received 1.5");
check("Buffer.alloc(4).readUInt32LE(NaN)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be an integer. Received NaN");
check("Buffer.alloc(0).readInt8(0)", "throws RangeError ERR_BUFFER_OUT_OF_BOUNDS Attempt to access memory outside buffer bounds");
check("Buffer.alloc(2).readUInt16LE(1)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1");
check("Buffer.alloc(2).readInt8(2)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 1. Received 2");
check("Buffer.alloc(4).readUIntLE(0, 7)", "throws RangeError ERR_OUT_OF_RANGE The value of \"byteLength\" is out of range. It must be >= 1 and <= 6. Received 7");
check("Buffer.alloc(4).readUIntLE(0)", "throws TypeError ERR_INVALID_ARG_TYPE The \"byteLength\" argument must be of type number. Received undefined");
check("Buffer.alloc(4).readUIntLE()", "throws TypeError ERR_INVALID_ARG_TYPE The \"offset\" argument must be of type number. Received undefined");
check("Buffer.alloc(4).readUIntLE(0, 1.5)", "throws RangeError ERR_OUT_OF_RANGE The value of \"byteLength\" is out of range. It must be an integer. Received 1.5");
check("Buffer.alloc(4).readUIntLE(0, '1')", "throws TypeError ERR_INVALID_ARG_TYPE The \"byteLength\" argument must be of type number. Received type string ('1')");
check("Buffer.alloc(4).readIntBE(1, 4)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1");
check("Buffer.alloc(8).readFloatLE(5)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 4. Received 5");
check("Buffer.alloc(8).readDoubleLE(1)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1");
check("Buffer.alloc(8).readBigInt64LE(1)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1");
check("Buffer.alloc(8).readBigInt64LE('a')", "throws TypeError ERR_INVALID_ARG_TYPE The \"offset\" argument must be of type number. Received type string ('a')");
check("(() => { const b = Buffer.alloc(8); return [b.writeUInt32LE(0xdeadbeef, 1), b]; })()", "[5, Buffer[00 ef be ad de 00 00 00]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeUInt32BE(0xdeadbeef, 1), b]; })()", "[5, Buffer[00 de ad be ef 00 00 00]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeInt32LE(-2, 0), b]; })()", "[4, Buffer[fe ff ff ff 00 00 00 00]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeInt32BE(-2, 4), b]; })()", "[8, Buffer[00 00 00 00 ff ff ff fe]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeInt16LE(-2, 0), b]; })()", "[2, Buffer[fe ff 00 00 00 00 00 00]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeInt16BE(-300, 0), b]; })()", "[2, Buffer[fe d4 00 00 00 00 00 00]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeUInt16BE(0x1234, 6), b]; })()", "[8, Buffer[00 00 00 00 00 00 12 34]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeInt8(-1, 6), b]; })()", "[7, Buffer[00 00 00 00 00 00 ff 00]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeUInt8(255), b]; })()", "[1, Buffer[ff 00 00 00 00 00 00 00]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeUInt8(1.7), b]; })()", "[1, Buffer[01 00 00 00 00 00 00 00]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeInt16LE(-1.5), b]; })()", "[2, Buffer[ff ff 00 00 00 00 00 00]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeUInt16LE('12'), b]; })()", "[2, Buffer[0c 00 00 00 00 00 00 00]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeUInt16LE(NaN), b]; })()", "[2, Buffer[00 00 00 00 00 00 00 00]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeUIntLE(0x123456789abc, 1, 6), b]; })()", "[7, Buffer[00 bc 9a 78 56 34 12 00]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeUIntBE(0x123456789abc, 1, 6), b]; })()", "[7, Buffer[00 12 34 56 78 9a bc 00]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeIntLE(-0x123456789abc, 1, 6), b]; })()", "[7, Buffer[00 44 65 87 a9 cb ed 00]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeIntBE(-0x123456, 1, 3), b]; })()", "[4, Buffer[00 ed cb aa 00 00 00 00]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeIntBE(-5, 1, 5), b]; })()", "[6, Buffer[00 ff ff ff ff fb 00 00]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeBigUInt64LE(0x0102030405060708n), b]; })()", "[8, Buffer[08 07 06 05 04 03 02 01]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeBigUInt64BE(0x0102030405060708n), b]; })()", "[8, Buffer[01 02 03 04 05 06 07 08]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeBigInt64LE(-2n), b]; })()", "[8, Buffer[fe ff ff ff ff ff ff ff]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeBigInt64BE(-2n), b]; })()", "[8, Buffer[ff ff ff ff ff ff ff fe]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeFloatLE(1.5), b]; })()", "[4, Buffer[00 00 c0 3f 00 00 00 00]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeFloatBE(-1.5, 4), b]; })()", "[8, Buffer[00 00 00 00 bf c0 00 00]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeDoubleLE(Math.PI), b]; })()", "[8, Buffer[18 2d 44 54 fb 21 09 40]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeDoubleBE(Math.PI), b]; })()", "[8, Buffer[40 09 21 fb 54 44 2d 18]]");
check("(() => { const b = Buffer.alloc(8); return [b.writeFloatLE('x'), b]; })()", "[4, Buffer[00 00 c0 7f 00 00 00 00]]");
check("Buffer.alloc(4).writeUInt16LE(70000)", "throws RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. It must be >= 0 and <= 65535. Received 70000");
check("Buffer.alloc(4).writeUInt16LE(-1)", "throws RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. It must be >= 0 and <= 65535. Received -1");
check("Buffer.alloc(4).writeInt16LE(40000)", "throws RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. It must be >= -32768 and <= 32767. Received 40000");
check("Buffer.alloc(4).writeUInt32LE(2 ** 32)", "throws RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. It must be >= 0 and <= 4294967295. Received 4294967296");
check("Buffer.alloc(4).writeInt32LE(2 ** 31)", "throws RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. It must be >= -2147483648 and <= 2147483647. Received 2147483648");
check("Buffer.alloc(4).writeUInt8(300)", "throws RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. It must be >= 0 and <= 255. Received 300");
check("Buffer.alloc(4).writeInt8(-129)", "throws RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. It must be >= -128 and <= 127. Received -129");
check("Buffer.alloc(4).writeUInt8(1, 4)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 3. Received 4");
check("Buffer.alloc(4).writeUInt8(1, '1')", "throws TypeError ERR_INVALID_ARG_TYPE The \"offset\" argument must be of type number. Received type string ('1')");
check("Buffer.alloc(4).writeUInt8(300, 'x')", "throws TypeError ERR_INVALID_ARG_TYPE The \"offset\" argument must be of type number. Received type string ('x')");
check("Buffer.alloc(4).writeUInt32LE(1, 1)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1");
check("Buffer.alloc(4).writeUInt32LE(1, 1.5)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be an integer. Received 1.5");
check("Buffer.alloc(8).writeBigInt64LE(2n ** 63n)", "throws RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. Received 9_223_372_036_854_775_808n");
check("Buffer.alloc(8).writeBigUInt64LE(-1n)", "throws RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. It must be >= 0n and < 2n ** 64n. Received -1n");
check("Buffer.alloc(8).writeBigUInt64LE(1)", "throws TypeError");
check("Buffer.alloc(8).writeBigUInt64LE(1n, 1)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1");
check("Buffer.alloc(8).writeUIntLE(2 ** 48, 0, 6)", "throws RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. It must be >= 0 and < 2 ** 48. Received 281_474_976_710_656");
check("Buffer.alloc(8).writeUIntLE(2 ** 40, 0, 5)", "throws RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. It must be >= 0 and < 2 ** 40. Received 1_099_511_627_776");
check("Buffer.alloc(8).writeIntBE(-(2 ** 47) - 1, 0, 6)", "throws RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. It must be >= -(2 ** 47) and < 2 ** 47. Received -140_737_488_355_329");
check("Buffer.alloc(8).writeIntLE(2 ** 23, 0, 3)", "throws RangeError ERR_OUT_OF_RANGE The value of \"value\" is out of range. It must be >= -8388608 and <= 8388607. Received 8388608");
check("Buffer.alloc(8).writeIntLE(1, 0, 7)", "throws RangeError ERR_OUT_OF_RANGE The value of \"byteLength\" is out of range. It must be >= 1 and <= 6. Received 7");
check("Buffer.alloc(8).writeIntLE(1, 0)", "throws TypeError ERR_INVALID_ARG_TYPE The \"byteLength\" argument must be of type number. Received undefined");
check("Buffer.alloc(8).writeIntLE(1)", "throws TypeError ERR_INVALID_ARG_TYPE The \"byteLength\" argument must be of type number. Received undefined");
check("Buffer.alloc(8).writeUIntLE(1, 6, 3)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 5. Received 6");
check("Buffer.alloc(8).writeFloatLE(1, 6)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 4. Received 6");
check("Buffer.alloc(8).writeDoubleLE(1, 1)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1");
check("Buffer.alloc(8).writeDoubleLE(1, -1)", "throws RangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received -1");
done();
