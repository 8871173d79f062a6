'use strict';
// process.getBuiltinModule: built-ins with and without node:, the rest undefined.
const assert = require('assert');

assert.strictEqual(process.getBuiltinModule('path'), require('path'));
assert.strictEqual(process.getBuiltinModule('node:path'), require('path'));
assert.strictEqual(process.getBuiltinModule('events'), require('events'));
assert.strictEqual(process.getBuiltinModule('nonexistent-module'), undefined);
assert.strictEqual(process.getBuiltinModule('internal/errors'), undefined);
assert.strictEqual(process.getBuiltinModule('./path'), undefined);
assert.throws(() => process.getBuiltinModule(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "id" argument must be of type string. Received type number (1)',
});
assert.throws(() => process.getBuiltinModule(), { code: 'ERR_INVALID_ARG_TYPE' });
