'use strict';
// hrtime, hrtime.bigint and uptime.
const assert = require('assert');

const t = process.hrtime();
assert.strictEqual(t.length, 2);
assert.ok(Number.isInteger(t[0]) && Number.isInteger(t[1]));
assert.ok(t[1] >= 0 && t[1] < 1e9);
const d = process.hrtime(t);
assert.ok(d[0] >= 0 && d[1] >= 0 && d[1] < 1e9);
assert.ok(d[0] < 5);

const b1 = process.hrtime.bigint();
assert.strictEqual(typeof b1, 'bigint');
const b2 = process.hrtime.bigint();
assert.ok(b2 >= b1);

assert.throws(() => process.hrtime(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "time" argument must be an instance of Array. Received type number (1)',
});
assert.throws(() => process.hrtime([1]), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "time" is out of range. It must be 2. Received 1',
});

const u = process.uptime();
assert.strictEqual(typeof u, 'number');
assert.ok(u > 0 && u < 60);
const start = Date.now();
while (Date.now() - start < 20);
assert.ok(process.uptime() - u >= 0.015);
