'use strict';
// The module's shape: flavours, their modules, argument errors.
const assert = require('assert');
const path = require('path');

assert.strictEqual(require('path/posix'), path.posix);
assert.strictEqual(require('node:path/win32'), path.win32);
assert.strictEqual(path.win32.posix, path.posix);
assert.strictEqual(path.posix.win32, path.win32);
assert.strictEqual(path.win32.win32, path.win32);
assert.strictEqual(path._makeLong, path.toNamespacedPath);
assert.strictEqual(path.win32._makeLong, path.win32.toNamespacedPath);
assert.strictEqual(path.sep, '/');
assert.strictEqual(path.delimiter, ':');
assert.strictEqual(path.format.name, 'bound _format');
assert.strictEqual(path.format.length, 1);
assert.deepStrictEqual(Object.keys(path), ['resolve', 'normalize', 'isAbsolute', 'join', 'relative',
  'toNamespacedPath', 'dirname', 'basename', 'extname', 'format', 'parse', 'matchesGlob', 'sep',
  'delimiter', 'win32', 'posix', '_makeLong']);

for (const flavour of [path.posix, path.win32]) {
  for (const fn of ['normalize', 'isAbsolute', 'dirname', 'extname', 'parse']) {
    assert.throws(() => flavour[fn](null), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  }
  assert.throws(() => flavour.join('a', 1), { code: 'ERR_INVALID_ARG_TYPE', message: /"path" argument/ });
  assert.throws(() => flavour.resolve('a', {}), { code: 'ERR_INVALID_ARG_TYPE', message: /"paths\[1\]" argument/ });
  assert.throws(() => flavour.relative('a', 1), { code: 'ERR_INVALID_ARG_TYPE', message: /"to" argument/ });
  assert.throws(() => flavour.basename('a', 1), { code: 'ERR_INVALID_ARG_TYPE', message: /"suffix" argument/ });
  assert.throws(() => flavour.format(null), { code: 'ERR_INVALID_ARG_TYPE', message: /"pathObject" argument/ });
  assert.throws(() => flavour.format([]), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(flavour.toNamespacedPath(null), null);
}
