'use strict';
// process.kill: signal names and numbers, Node's errors, a real signal.
const assert = require('assert');

assert.strictEqual(process.kill(process.pid, 0), true);
assert.strictEqual(process.kill(process.pid, 'SIGWINCH'), true); // ignored by default
assert.throws(() => process.kill(process.pid, 'SIGFOO'), {
  code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError', message: 'Unknown signal: SIGFOO',
});
assert.throws(() => process.kill('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => process.kill(2 ** 30), (err) => {
  assert.strictEqual(err.message, 'kill ESRCH');
  assert.strictEqual(err.code, 'ESRCH');
  assert.strictEqual(err.errno, -3);
  assert.strictEqual(err.syscall, 'kill');
  return true;
});
assert.throws(() => process.kill(process.pid, 12.5), { code: 'ERR_UNKNOWN_SIGNAL' });
