'use strict';
// memoryUsage, cpuUsage, threadCpuUsage, resourceUsage, memory limits.
const assert = require('assert');

const m = process.memoryUsage();
assert.deepStrictEqual(Object.keys(m), ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']);
for (const k of Object.keys(m)) assert.ok(Number.isFinite(m[k]) && m[k] >= 0, k);
assert.ok(m.rss > 1024 * 1024);
assert.ok(m.heapTotal > 0);
const rss = process.memoryUsage.rss();
assert.ok(Number.isInteger(rss) && rss > 1024 * 1024);

const c = process.cpuUsage();
assert.deepStrictEqual(Object.keys(c), ['user', 'system']);
assert.ok(c.user >= 0 && c.system >= 0);
const start = Date.now();
while (Date.now() - start < 30);
const diff = process.cpuUsage(c);
assert.ok(diff.user + diff.system > 0);
assert.throws(() => process.cpuUsage(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "prevValue" argument must be of type object. Received type number (1)',
});
assert.throws(() => process.cpuUsage({ user: 'a', system: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "prevValue.user" property must be of type number. Received type string (\'a\')',
});
assert.throws(() => process.cpuUsage({ user: -1, system: 1 }), {
  code: 'ERR_INVALID_ARG_VALUE', name: 'RangeError',
  message: "The property 'prevValue.user' is invalid. Received -1",
});
assert.throws(() => process.cpuUsage({ user: 1, system: -1 }), { code: 'ERR_INVALID_ARG_VALUE' });
const tc = process.threadCpuUsage();
assert.ok(tc.user >= 0 && tc.system >= 0);

const r = process.resourceUsage();
assert.deepStrictEqual(Object.keys(r), [
  'userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
  'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite',
  'ipcSent', 'ipcReceived', 'signalsCount', 'voluntaryContextSwitches',
  'involuntaryContextSwitches',
]);
for (const k of Object.keys(r)) assert.ok(Number.isInteger(r[k]) && r[k] >= 0, k);
assert.ok(r.maxRSS > 1024);

assert.strictEqual(typeof process.constrainedMemory(), 'number');
assert.ok(process.availableMemory() > 0);
