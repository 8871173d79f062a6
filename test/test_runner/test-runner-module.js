'use strict';
// node:test is reachable only with the scheme; its exports.
const assert = require('assert');

assert.throws(() => require('test'), { code: 'MODULE_NOT_FOUND' });
const test = require('node:test');
assert.strictEqual(typeof test, 'function');
assert.strictEqual(test.test, test);
for (const name of ['describe', 'it', 'suite', 'before', 'after', 'beforeEach', 'afterEach']) {
  assert.strictEqual(typeof test[name], 'function', name);
}
for (const name of ['test', 'it', 'describe', 'suite']) {
  for (const v of ['skip', 'todo', 'only']) {
    assert.strictEqual(typeof test[name][v], 'function', `${name}.${v}`);
  }
}
assert.strictEqual(typeof test.mock.fn, 'function');
assert.ok(require('module').builtinModules.includes('node:test'));
assert.strictEqual(require('module').isBuiltin('test'), false);
assert.strictEqual(require('module').isBuiltin('node:test'), true);
// bad arguments
assert.throws(() => test('x', { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => test('x', { concurrency: 'a' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => test('x', { signal: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
