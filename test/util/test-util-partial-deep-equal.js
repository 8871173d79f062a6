'use strict';
// util.isPartialDeepStrictEqual: every part of `expected` is found in `actual`.
const assert = require('assert');
const util = require('util');
const { cases, outcomes } = require('./fixtures/partial-cases.js');

assert.strictEqual(typeof util.isPartialDeepStrictEqual, 'function');
assert.strictEqual(util.isPartialDeepStrictEqual.length, 2);
assert.strictEqual(util.isPartialDeepStrictEqual.name, 'isPartialDeepStrictEqual');

let got = '';
for (const [actual, expected] of cases) got += util.isPartialDeepStrictEqual(actual, expected) ? 'T' : 'F';
for (let i = 0; i < cases.length; i++) {
  assert.strictEqual(got[i], outcomes[i], `case ${i}: ${util.inspect(cases[i])}`);
}

// identical values always match; a missing argument is undefined
assert.strictEqual(util.isPartialDeepStrictEqual(), true);
assert.strictEqual(util.isPartialDeepStrictEqual(1), false);
assert.strictEqual(util.isPartialDeepStrictEqual(undefined), true);

// cycles on both sides
const a = { x: [1, 2], y: { z: 1 } };
a.y.self = a;
const b = { y: {} };
b.y.self = b;
assert.strictEqual(util.isPartialDeepStrictEqual(a, b), true);
b.y.z = 2;
assert.strictEqual(util.isPartialDeepStrictEqual(a, b), false);

// a DataView against an equally long non-view cannot be compared byte-wise
assert.throws(() => util.isPartialDeepStrictEqual(new DataView(new ArrayBuffer(2)), { byteLength: 2 }),
  { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a buffer' });

// isDeepStrictEqual's third argument skips prototypes
class P { constructor() { this.a = 1; } }
assert.strictEqual(util.isDeepStrictEqual(new P(), { a: 1 }), false);
assert.strictEqual(util.isDeepStrictEqual(new P(), { a: 1 }, true), true);
assert.strictEqual(util.isDeepStrictEqual(new P(), { a: 2 }, true), false);
