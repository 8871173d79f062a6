'use strict';
// process.env: the environment itself; strings only; delete; descriptors.
const assert = require('assert');
const env = process.env;

env.ND_TEST_A = 12;
assert.strictEqual(env.ND_TEST_A, '12');
env.ND_TEST_B = undefined;
assert.strictEqual(env.ND_TEST_B, 'undefined');
env.ND_TEST_C = { toString() { return 'obj'; } };
assert.strictEqual(env.ND_TEST_C, 'obj');
env.ND_TEST_D = true;
assert.strictEqual(env.ND_TEST_D, 'true');

assert.ok('ND_TEST_A' in env);
assert.ok(Object.keys(env).includes('ND_TEST_A'));
assert.ok(Object.prototype.hasOwnProperty.call(env, 'ND_TEST_A'));
assert.ok(env.hasOwnProperty('ND_TEST_A'));
assert.strictEqual(JSON.parse(JSON.stringify(env)).ND_TEST_A, '12');
assert.strictEqual({ ...env }.ND_TEST_A, '12');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(env, 'ND_TEST_A'),
  { value: '12', writable: true, enumerable: true, configurable: true });

assert.strictEqual(delete env.ND_TEST_A, true);
assert.strictEqual(env.ND_TEST_A, undefined);
assert.ok(!('ND_TEST_A' in env));
assert.ok(!Object.keys(env).includes('ND_TEST_A'));
assert.strictEqual(delete env.ND_TEST_NEVER_SET, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(env, 'ND_TEST_NEVER_SET'), undefined);

// inherited methods are still there, but are not variables
assert.strictEqual(typeof env.toString, 'function');
assert.ok(!Object.keys(env).includes('toString'));

// symbols cannot be stored
assert.throws(() => { env[Symbol('s')] = 1; },
  { name: 'TypeError', message: 'Cannot convert a Symbol value to a string' });
assert.throws(() => { env.ND_TEST_E = Symbol('v'); }, TypeError);
assert.strictEqual(env[Symbol('s')], undefined);

// defineProperty only with a full data descriptor
assert.throws(() => Object.defineProperty(env, 'ND_TEST_F', { value: 'x' }),
  { code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY', name: 'TypeError' });
assert.throws(() => Object.defineProperty(env, 'ND_TEST_F', { get() { return 'x'; } }),
  { code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY' });
Object.defineProperty(env, 'ND_TEST_F',
  { value: 7, writable: true, enumerable: true, configurable: true });
assert.strictEqual(env.ND_TEST_F, '7');

// variables from the parent are visible
assert.strictEqual(typeof env.PATH, 'string');
for (const k of ['ND_TEST_B', 'ND_TEST_C', 'ND_TEST_D', 'ND_TEST_F']) delete env[k];
