'use strict';
// globalThis.crypto (Web Crypto): getRandomValues and randomUUID with the
// WebIDL errors Node gives, the Crypto class and QuotaExceededError.
const assert = require('assert');

const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
assert.strictEqual(typeof d.get, 'function');
assert.strictEqual(d.set, undefined);
assert.strictEqual(d.enumerable, true);
assert.strictEqual(d.configurable, true);
const cd = Object.getOwnPropertyDescriptor(globalThis, 'Crypto');
assert.strictEqual(cd.enumerable, false);
assert.strictEqual(typeof Crypto, 'function');
assert(crypto instanceof Crypto);
assert.strictEqual(Object.prototype.toString.call(crypto), '[object Crypto]');
assert.deepStrictEqual(Object.keys(crypto), []);
assert(Object.keys(Crypto.prototype).includes('getRandomValues'));
assert(Object.keys(Crypto.prototype).includes('randomUUID'));
assert.throws(() => new Crypto(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });

for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, BigInt64Array, BigUint64Array, Buffer]) {
  const a = T === Buffer ? Buffer.alloc(64) : new T(64);
  assert.strictEqual(crypto.getRandomValues(a), a);
  assert(a.some((x) => x != 0), T.name); // eslint-disable-line eqeqeq
}
assert.strictEqual(crypto.getRandomValues(new Uint8Array(65536)).length, 65536);
assert.throws(() => crypto.getRandomValues(new Uint8Array(65537)), (err) => {
  assert(err instanceof DOMException);
  assert(err instanceof QuotaExceededError);
  assert.strictEqual(err.name, 'QuotaExceededError');
  assert.strictEqual(err.code, 22);
  assert.strictEqual(err.message, 'The requested length exceeds 65,536 bytes');
  assert.strictEqual(err.quota, null);
  return true;
});
assert.throws(() => crypto.getRandomValues(new Uint16Array(32769)), { name: 'QuotaExceededError' });
for (const v of [new Float32Array(1), new Float64Array(1), new DataView(new ArrayBuffer(1))]) {
  assert.throws(() => crypto.getRandomValues(v), (err) => {
    assert(err instanceof DOMException);
    assert.strictEqual(err.name, 'TypeMismatchError');
    assert.strictEqual(err.code, 17);
    assert.strictEqual(err.message, 'The data argument must be an integer-type TypedArray');
    return true;
  });
}
assert.throws(() => crypto.getRandomValues(), {
  name: 'TypeError', code: 'ERR_MISSING_ARGS',
  message: "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.",
});
for (const v of [1, null, 'x', new ArrayBuffer(2), [1]]) {
  assert.throws(() => crypto.getRandomValues(v), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to execute 'getRandomValues' on 'Crypto': 1st argument is not an ArrayBufferView.",
  });
}
const { getRandomValues, randomUUID } = crypto;
assert.throws(() => getRandomValues(new Uint8Array(1)), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Crypto',
});
assert.throws(() => randomUUID.call({}), { code: 'ERR_INVALID_THIS' });
assert.match(crypto.randomUUID(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

// QuotaExceededError
const q = new QuotaExceededError('m', { quota: 5, requested: 6 });
assert.deepStrictEqual([q.name, q.message, q.code, q.quota, q.requested], ['QuotaExceededError', 'm', 22, 5, 6]);
assert.strictEqual(Object.getPrototypeOf(QuotaExceededError), DOMException);
assert.strictEqual(Object.prototype.toString.call(q), '[object QuotaExceededError]');
assert.strictEqual(new QuotaExceededError().message, '');
assert.throws(() => new QuotaExceededError('m', { quota: -1 }),
  { name: 'RangeError', message: 'options.quota must not be negative' });
assert.throws(() => new QuotaExceededError('m', { quota: 5, requested: 3 }),
  { name: 'RangeError', message: 'options.requested must not be less than options.quota' });
assert.throws(() => new QuotaExceededError('m', { quota: 'a' }),
  { name: 'TypeError', message: 'Cannot convert options.quota to a double: the value is NaN' });

// what is not built is absent, not stubbed: only check that whatever
// exists works (Node has all of these)
const c = require('crypto');
if (c.createHash !== undefined) assert.strictEqual(typeof c.createHash('sha256').update, 'function');
if (crypto.subtle !== undefined) assert.strictEqual(typeof crypto.subtle.digest, 'function');
