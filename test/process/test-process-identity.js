'use strict';
// process identity: version, versions, release, platform, ids, paths.
const assert = require('assert');
const path = require('path');

assert.strictEqual(process.version, 'v26.12.1');
assert.strictEqual(process.versions.node, '26.12.1');
assert.strictEqual(typeof process.versions.uv, 'string');
assert.match(process.versions.uv, /^\d+\.\d+\.\d+/);
assert.strictEqual(process.versions.modules, '147');
assert.throws(() => { 'use strict'; process.versions.node = '1'; }, TypeError);
assert.strictEqual(process.release.name, 'node');
assert.strictEqual(process.release.sourceUrl,
  'https://nodejs.org/download/release/v26.12.1/node-v26.12.1.tar.gz');
assert.strictEqual(process.platform, 'linux');
assert.strictEqual(process.arch, 'x64');

for (const name of ['version', 'versions', 'arch', 'platform', 'release', 'pid']) {
  const d = Object.getOwnPropertyDescriptor(process, name);
  assert.strictEqual(d.writable, false, name);
  assert.strictEqual(d.enumerable, true, name);
}
for (const name of ['argv', 'execArgv', 'execPath', 'env']) {
  const d = Object.getOwnPropertyDescriptor(process, name);
  assert.strictEqual(d.writable, true, name);
  assert.strictEqual(d.enumerable, true, name);
}
const a0 = Object.getOwnPropertyDescriptor(process, 'argv0');
assert.strictEqual(a0.writable, false);
assert.strictEqual(a0.configurable, false);
const ec = Object.getOwnPropertyDescriptor(process, 'exitCode');
assert.strictEqual(typeof ec.get, 'function');
assert.strictEqual(ec.configurable, false);
// the order Node defines them in
const keys = Object.keys(process);
assert.deepStrictEqual(keys.slice(0, 5), ['version', 'versions', 'arch', 'platform', 'release']);
assert.ok(keys.indexOf('exitCode') < keys.indexOf('env'));
assert.ok(keys.indexOf('env') < keys.indexOf('argv'));

assert.strictEqual(typeof process.pid, 'number');
assert.ok(Number.isInteger(process.pid) && process.pid > 0);
assert.ok(Number.isInteger(process.ppid) && process.ppid > 0);
assert.notStrictEqual(process.ppid, process.pid);

assert.ok(path.isAbsolute(process.execPath));
assert.strictEqual(process.argv[0], process.execPath);
assert.ok(path.isAbsolute(process.argv[1]));
assert.strictEqual(process.argv[1], __filename);
assert.strictEqual(typeof process.argv0, 'string');
assert.deepStrictEqual(process.execArgv, []);

assert.strictEqual(typeof process.title, 'string');
assert.strictEqual(process.features.uv, true);
assert.strictEqual(typeof process.features.inspector, 'boolean');
assert.strictEqual(typeof process.config.variables, 'object');
assert.strictEqual(typeof process.config.variables.v8_enable_i18n_support, 'number');
assert.strictEqual(process.config.variables.asan, 0);
assert.strictEqual(typeof process.getuid(), 'number');
assert.strictEqual(process.geteuid(), process.getuid());
assert.strictEqual(typeof process.getgid(), 'number');
assert.ok(process.getgroups().includes(process.getegid()));
assert.ok(process instanceof require('events'));
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');
