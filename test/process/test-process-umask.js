'use strict';
// process.umask: read, set with a number or an octal string, errors.
const assert = require('assert');

const old = process.umask();
assert.ok(Number.isInteger(old));
assert.strictEqual(process.umask(0o027), old);
assert.strictEqual(process.umask(), 0o027);
assert.strictEqual(process.umask('0022'), 0o027);
assert.strictEqual(process.umask(), 0o022);
assert.throws(() => process.umask('abc'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received 'abc'",
});
assert.throws(() => process.umask(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "mask" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => process.umask({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.umask('8'), { code: 'ERR_INVALID_ARG_VALUE' });
process.umask(old);
assert.strictEqual(process.umask(), old);
