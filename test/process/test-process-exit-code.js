'use strict';
// process.exitCode validation (Node 26) and process.exit's use of it.
const assert = require('assert');

process.exitCode = 3;
assert.strictEqual(process.exitCode, 3);
process.exitCode = '4';
assert.strictEqual(Number(process.exitCode), 4);
process.exitCode = null;
assert.strictEqual(process.exitCode, undefined);
process.exitCode = undefined;
assert.strictEqual(process.exitCode, undefined);

assert.throws(() => { process.exitCode = 'abc'; }, {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "code" argument must be of type number. Received type string (\'abc\')',
});
assert.throws(() => { process.exitCode = 1.5; }, {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: 'The value of "code" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => { process.exitCode = {}; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.exit('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(process.exitCode, undefined);

let seen;
process.on('exit', (code) => {
  seen = code;
  assert.strictEqual(code, 0);
});
process.exitCode = 0;
