'use strict';
const assert = require('assert');
const os = require('os');

const ifaces = os.networkInterfaces();
assert.strictEqual(typeof ifaces, 'object');
const lo = ifaces.lo;
assert.ok(Array.isArray(lo));
const v4 = lo.find((a) => a.family === 'IPv4');
assert.deepStrictEqual(v4, {
  address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00',
  internal: true, cidr: '127.0.0.1/8',
});
for (const [name, list] of Object.entries(ifaces)) {
  assert.strictEqual(typeof name, 'string');
  for (const a of list) {
    const keys = ['address', 'netmask', 'family', 'mac', 'internal', 'cidr'];
    if (a.family === 'IPv6') keys.push('scopeid');
    assert.deepStrictEqual(Object.keys(a), keys);
    assert.match(a.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    assert.strictEqual(typeof a.internal, 'boolean');
    if (a.cidr !== null) assert.ok(a.cidr.startsWith(`${a.address}/`));
    if (a.family === 'IPv6') assert.ok(Number.isInteger(a.scopeid));
  }
}
