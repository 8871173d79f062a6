'use strict';
// util.convertProcessSignalToExitCode: 128 + the signal's number.
const assert = require('assert');
const util = require('util');
const { signals } = require('os').constants;

assert.strictEqual(util.convertProcessSignalToExitCode('SIGTERM'), 128 + signals.SIGTERM);
assert.strictEqual(util.convertProcessSignalToExitCode('SIGKILL'), 137);
assert.strictEqual(util.convertProcessSignalToExitCode('SIGINT'), 130);
for (const bad of ['INVALID', '', 'SIG', 'sigterm', undefined, null, 15, true, {}, [], Symbol('s'), () => {}]) {
  assert.throws(() => util.convertProcessSignalToExitCode(bad), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
  });
}
assert.throws(() => util.convertProcessSignalToExitCode('X'), {
  message: `The argument 'signalCode' must be one of: ${Object.keys(signals).map((s) => `'${s}'`).join(', ')}. Received 'X'`,
});
