'use strict';
// The errors require() throws: codes, classes, messages and extra properties.
const assert = require('assert');
const path = require('path');

const B = path.join(__dirname, 'fixtures', 'basic');

// not found: the message lists the require stack, innermost first
assert.throws(() => require('./fixtures/basic/nope'), (err) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.deepStrictEqual(err.requireStack, [__filename]);
  assert.strictEqual(err.message, `Cannot find module './fixtures/basic/nope'\nRequire stack:\n- ${__filename}`);
  return true;
});
assert.throws(() => require('./fixtures/basic/missing-dep'), (err) => {
  const stack = [path.join(B, 'missing-dep.js'), __filename];
  assert.deepStrictEqual(err.requireStack, stack);
  assert.strictEqual(err.message,
    `Cannot find module './does-not-exist'\nRequire stack:\n- ${stack.join('\n- ')}`);
  return true;
});
assert.throws(() => require('no-such-package-anywhere'), {
  code: 'MODULE_NOT_FOUND',
  message: /^Cannot find module 'no-such-package-anywhere'\nRequire stack:/,
});
// internal modules are not reachable
assert.throws(() => require('internal/errors'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require('node:internal/errors'), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  message: 'No such built-in module: node:internal/errors',
});
assert.throws(() => require('node:no-such-thing'), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  message: 'No such built-in module: node:no-such-thing',
});

// bad arguments
assert.throws(() => require(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "id" argument must be of type string. Received type number (5)',
});
assert.throws(() => require(''), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'id' must be a non-empty string. Received ''",
});
assert.throws(() => require.resolve({}), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });

// native addons
assert.throws(() => require('./fixtures/basic/addon.node'), (err) => {
  assert.strictEqual(err.code, 'ERR_DLOPEN_FAILED');
  assert.ok(err.message.startsWith(path.join(B, 'addon.node')));
  return true;
});

// JSON that does not parse: a SyntaxError naming the file
assert.throws(() => require('./fixtures/basic/bad.json'), (err) => {
  assert.ok(err instanceof SyntaxError);
  assert.ok(err.message.startsWith(`${path.join(B, 'bad.json')}: `), err.message);
  return true;
});

// a package.json that does not parse
const pjsonError = (dir) => ({
  code: 'ERR_INVALID_PACKAGE_CONFIG',
  message: `Invalid package config ${path.join(dir, 'package.json')}.`,
});
assert.throws(() => require('./fixtures/basic/dir-badjson'), pjsonError(path.join(B, 'dir-badjson')));
assert.throws(() => require('./fixtures/node_modules/badpkg'),
  pjsonError(path.join(__dirname, 'fixtures', 'node_modules', 'badpkg')));

// a module that throws is not cached: requiring it again runs it again
const before = globalThis.throwsCount || 0;
assert.throws(() => require('./fixtures/basic/throws'), { message: 'boom from throws.js' });
assert.throws(() => require('./fixtures/basic/throws'), { message: 'boom from throws.js' });
assert.strictEqual(globalThis.throwsCount, before + 2);
assert.strictEqual(require.cache[path.join(B, 'throws.js')], undefined);
assert.ok(!module.children.some((m) => m.id === path.join(B, 'throws.js')));
