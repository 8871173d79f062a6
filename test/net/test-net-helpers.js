'use strict';
// net.isIP/isIPv4/isIPv6 and the autoSelectFamily defaults with Node's checks.
const assert = require('assert');
const net = require('net');

const cases = [
  ['1.2.3.4', 4], ['255.255.255.255', 4], ['256.1.1.1', 0], ['01.2.3.4', 0], ['1.2.3', 0],
  ['::1', 6], ['::', 6], ['fe80::1%eth0', 6], ['::ffff:1.2.3.4', 6], ['1::2::3', 0],
  ['1:2:3:4:5:6:7:8', 6], ['1:2:3:4:5:6:7::', 6], ['::1.2.3.4', 6], ['1:2:3:4:5:6:1.2.3.4', 6],
  ['1:2:3:4:5:6:7:1.2.3.4', 0], ['12345::', 0], ['', 0], ['x', 0], [1234, 0],
  [{ toString() { return '10.0.0.1'; } }, 4],
];
for (const [input, version] of cases) {
  assert.strictEqual(net.isIP(input), version, String(input));
  assert.strictEqual(net.isIPv4(input), version === 4, String(input));
  assert.strictEqual(net.isIPv6(input), version === 6, String(input));
}

assert.strictEqual(net.getDefaultAutoSelectFamily(), true);
net.setDefaultAutoSelectFamily(false);
assert.strictEqual(net.getDefaultAutoSelectFamily(), false);
assert.throws(() => net.setDefaultAutoSelectFamily(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "value" argument must be of type boolean. Received type number (1)',
});

assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 500);
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 10);
net.setDefaultAutoSelectFamilyAttemptTimeout(2500);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 2500);
assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout(0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 1 && <= 2147483647. Received 0',
});
assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout(1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout('x'), { code: 'ERR_INVALID_ARG_TYPE' });
