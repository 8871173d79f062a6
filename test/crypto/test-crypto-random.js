'use strict';
// node:crypto's random API: values, argument errors as Node words them,
// callbacks, and what is not there (nodus builds only the random part).
const assert = require('assert');
const crypto = require('crypto');

const typeErr = (name, received) => ({
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: `The "${name}" argument must be of type number. Received ${received}`,
});
const range = (name, rangeText, received) => ({
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: `The value of "${name}" is out of range. It must be ${rangeText}. Received ${received}`,
});

// randomBytes
const b = crypto.randomBytes(16);
assert(Buffer.isBuffer(b));
assert.strictEqual(b.length, 16);
assert.strictEqual(crypto.randomBytes(0).length, 0);
assert.strictEqual(crypto.randomBytes(2.7).length, 2);
assert.notDeepStrictEqual(crypto.randomBytes(32), crypto.randomBytes(32));
const big = crypto.randomBytes(1 << 16);
let sum = 0;
for (const x of big) sum += x;
assert(Math.abs(sum / big.length - 127.5) < 4, 'bytes look uniform');
assert.throws(() => crypto.randomBytes(), typeErr('size', 'undefined'));
assert.throws(() => crypto.randomBytes('1'), typeErr('size', "type string ('1')"));
assert.throws(() => crypto.randomBytes(-1), range('size', '>= 0 && <= 2147483647', '-1'));
assert.throws(() => crypto.randomBytes(NaN), range('size', '>= 0 && <= 2147483647', 'NaN'));
assert.throws(() => crypto.randomBytes(2 ** 31), range('size', '>= 0 && <= 2147483647', '2147483648'));
assert.throws(() => crypto.randomBytes(1, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type string (\'x\')',
});
let async = 0;
assert.strictEqual(crypto.randomBytes(8, (err, buf) => {
  assert.strictEqual(err, null);
  assert.strictEqual(buf.length, 8);
  async++;
}), undefined);

// randomFillSync / randomFill
const u8 = new Uint8Array(8);
assert.strictEqual(crypto.randomFillSync(u8), u8);
const u32 = new Uint32Array(4);
crypto.randomFillSync(u32, 1, 2);
assert.strictEqual(u32[0], 0);
assert.strictEqual(u32[3], 0);
const ab = new ArrayBuffer(8);
assert.strictEqual(crypto.randomFillSync(ab, 6), ab);
assert.deepStrictEqual([...new Uint8Array(ab, 0, 6)], [0, 0, 0, 0, 0, 0]);
const dv = new DataView(new ArrayBuffer(8));
crypto.randomFillSync(dv, 2, 2);
assert.deepStrictEqual([...new Uint8Array(dv.buffer, 0, 2)], [0, 0]);
assert.deepStrictEqual([...new Uint8Array(dv.buffer, 4)], [0, 0, 0, 0]);
assert.throws(() => crypto.randomFillSync('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type string (\'x\')',
});
assert.throws(() => crypto.randomFillSync(new Uint8Array(4), -1), range('offset', '>= 0 && <= 4', '-1'));
assert.throws(() => crypto.randomFillSync(new Uint8Array(4), 5), range('offset', '>= 0 && <= 4', '5'));
assert.throws(() => crypto.randomFillSync(new Uint8Array(4), 1, 4), range('size + offset', '<= 4', '5'));
assert.throws(() => crypto.randomFillSync(new Uint32Array(4), 1, 4), range('size + offset', '<= 16', '20'));
assert.throws(() => crypto.randomFillSync(new Uint8Array(4), '1'), typeErr('offset', "type string ('1')"));
assert.throws(() => crypto.randomFill(new Uint8Array(4)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
const filled = new Uint8Array(6);
crypto.randomFill(filled, 2, 2, (err, buf) => {
  assert.strictEqual(err, null);
  assert.strictEqual(buf, filled);
  assert.deepStrictEqual([buf[0], buf[1], buf[4], buf[5]], [0, 0, 0, 0]);
  async++;
});
crypto.randomFill(new ArrayBuffer(4), (err, buf) => {
  assert.strictEqual(err, null);
  assert(buf instanceof ArrayBuffer);
  async++;
});

// randomInt
for (let i = 0; i < 200; i++) {
  const n = crypto.randomInt(-3, 4);
  assert(Number.isInteger(n) && n >= -3 && n < 4);
  assert(crypto.randomInt(5) < 5);
}
assert.throws(() => crypto.randomInt(), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "max" argument must be a safe integer. Received undefined',
});
assert.throws(() => crypto.randomInt(1.5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "max" argument must be a safe integer. Received type number (1.5)',
});
assert.throws(() => crypto.randomInt(5, 2), range('max', 'greater than the value of "min" (5)', '2'));
assert.throws(() => crypto.randomInt(2 ** 48 + 1), range('max', '<= 281474976710655', '281_474_976_710_657'));
assert.throws(() => crypto.randomInt(0, 2 ** 48 + 1),
  range('max - min', '<= 281474976710655', '281_474_976_710_657'));
assert.throws(() => crypto.randomInt(1, 3, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
crypto.randomInt(10, 12, (err, n) => {
  assert.strictEqual(err, undefined);
  assert(n === 10 || n === 11);
  async++;
});

// randomUUID / randomUUIDv7
const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const seen = new Set();
for (let i = 0; i < 300; i++) {
  const u = crypto.randomUUID();
  assert.match(u, v4);
  seen.add(u);
}
assert.strictEqual(seen.size, 300);
assert.match(crypto.randomUUID({ disableEntropyCache: true }), v4);
assert.throws(() => crypto.randomUUID(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => crypto.randomUUID({ disableEntropyCache: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.disableEntropyCache" property must be of type boolean. Received type number (1)',
});
const before = Date.now();
const v7 = crypto.randomUUIDv7();
assert.match(v7, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const ms = parseInt(v7.replace(/-/g, '').slice(0, 12), 16);
assert(ms >= before && ms <= Date.now());

// the module's getRandomValues and webcrypto are the Web Crypto ones
assert.strictEqual(crypto.webcrypto, globalThis.crypto);
const arr = new Uint16Array(4);
assert.strictEqual(crypto.getRandomValues(arr), arr);
assert.strictEqual(crypto.getRandomValues.call(undefined, new Uint8Array(1)).length, 1);
for (const name of ['webcrypto', 'getRandomValues']) {
  const d = Object.getOwnPropertyDescriptor(crypto, name);
  assert.strictEqual(typeof d.get, 'function');
  assert.strictEqual(d.enumerable, true);
  assert.strictEqual(d.configurable, false);
}
for (const name of ['randomBytes', 'randomFill', 'randomFillSync', 'randomInt', 'randomUUID', 'randomUUIDv7']) {
  assert(Object.keys(crypto).includes(name), name);
}
assert.strictEqual(require('node:crypto'), crypto);

process.on('exit', () => assert.strictEqual(async, 4));
