'use strict';
const assert = require('assert');
const os = require('os');
const { constants } = os;

assert.deepStrictEqual(Object.keys(constants), ['UV_UDP_REUSEADDR', 'dlopen', 'errno', 'signals', 'priority']);
const desc = Object.getOwnPropertyDescriptor(os, 'constants');
assert.strictEqual(desc.writable, false);
assert.strictEqual(desc.configurable, false);
assert.strictEqual(Object.getPrototypeOf(constants), null);
assert.strictEqual(Object.isFrozen(constants.signals), true);
assert.strictEqual(Object.isFrozen(constants.errno), false);
assert.strictEqual(constants.UV_UDP_REUSEADDR, 4);
assert.deepStrictEqual({ ...constants.dlopen },
  { RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 });
assert.deepStrictEqual({ ...constants.priority }, {
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
});
const { signals, errno } = constants;
assert.strictEqual(signals.SIGHUP, 1);
assert.strictEqual(signals.SIGKILL, 9);
assert.strictEqual(signals.SIGTERM, 15);
assert.strictEqual(signals.SIGIOT, signals.SIGABRT);
assert.strictEqual(Object.keys(signals).length, 33);
assert.strictEqual(errno.ENOENT, 2);
assert.strictEqual(errno.EAGAIN, errno.EWOULDBLOCK);
assert.strictEqual(errno.ENOTSUP, 95);
assert.strictEqual(Object.keys(errno).length, 79);
