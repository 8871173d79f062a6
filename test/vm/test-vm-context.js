'use strict';
// vm contexts: a separate global whose properties live on the sandbox.
const assert = require('assert');
const vm = require('vm');

const sb = { x: 1 };
assert.strictEqual(vm.isContext(sb), false);
assert.strictEqual(vm.createContext(sb), sb);
assert.strictEqual(vm.isContext(sb), true);
assert.strictEqual(vm.createContext(sb), sb); // again: the same context

// sandbox properties are globals; declarations and assignments land on it
assert.strictEqual(vm.runInContext('x + 1', sb), 2);
vm.runInContext('var y = 2; z = 3; function f() { return y; }', sb);
assert.strictEqual(sb.y, 2);
assert.strictEqual(sb.z, 3);
assert.strictEqual(sb.f(), 2);
assert.strictEqual(vm.runInContext('y++; y', sb), 3);
assert.strictEqual(sb.y, 3);
sb.w = 'outside';
assert.strictEqual(vm.runInContext('w', sb), 'outside');
assert.strictEqual(vm.runInContext('typeof w', sb), 'string');
assert.strictEqual(vm.runInContext('"w" in globalThis', sb), true);
assert.strictEqual(vm.runInContext('delete w', sb), true);
assert.strictEqual('w' in sb, false);
assert.strictEqual(vm.runInContext('typeof w', sb), 'undefined');
assert.strictEqual(vm.runInContext('Object.keys(globalThis).sort().join()', sb), 'f,x,y,z');
assert.throws(() => vm.runInContext('notDefinedAnywhere', sb), (e) => e.name === 'ReferenceError');

// the context has its own builtins
const ctxArray = vm.runInContext('Array', sb);
assert.strictEqual(typeof ctxArray, 'function');
assert.notStrictEqual(ctxArray, Array);
const arr = vm.runInContext('[1, 2]', sb);
assert.strictEqual(arr instanceof Array, false);
assert.strictEqual(Array.isArray(arr), true);
assert.strictEqual(vm.runInContext('this === globalThis', sb), true);
assert.notStrictEqual(vm.runInContext('this', sb), globalThis);
try {
  vm.runInContext('throw new TypeError("t")', sb);
  assert.fail('did not throw');
} catch (e) {
  assert.strictEqual(e instanceof TypeError, false);
  assert.strictEqual(e.name, 'TypeError');
  assert.strictEqual(e.message, 't');
}
// our globals are not there
assert.strictEqual(vm.runInContext('typeof require', sb), 'undefined');

// functions and objects cross both ways
sb.cb = (v) => v * 2;
assert.strictEqual(vm.runInContext('cb(21)', sb), 42);

// Script reuse across contexts
const s = new vm.Script('n = (typeof n === "number" ? n : 0) + 1');
const c1 = vm.createContext({});
const c2 = vm.createContext({ n: 10 });
s.runInContext(c1);
s.runInContext(c1);
s.runInContext(c2);
assert.strictEqual(c1.n, 2);
assert.strictEqual(c2.n, 11);

// runInNewContext
assert.strictEqual(vm.runInNewContext('a + b', { a: 1, b: 2 }), 3);
assert.strictEqual(vm.runInNewContext('typeof Object'), 'function');
const fresh = { v: 1 };
assert.strictEqual(new vm.Script('v = v + 1').runInNewContext(fresh), 2);
assert.strictEqual(fresh.v, 2);
assert.strictEqual(vm.isContext(fresh), true);
assert.strictEqual(vm.createContext().constructor, Object);

// many short-lived contexts
for (let i = 0; i < 50; i++) assert.strictEqual(vm.runInNewContext('k * 2', { k: i }), i * 2);

// validation
const argType = { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' };
assert.throws(() => vm.isContext(1), argType);
assert.throws(() => vm.isContext(null), argType);
assert.throws(() => vm.createContext(1), argType);
assert.throws(() => vm.createContext({}, 1), argType);
assert.throws(() => vm.createContext({}, { name: 1 }), argType);
assert.throws(() => vm.createContext({}, { microtaskMode: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => vm.runInContext('1', {}), argType);
assert.throws(() => vm.runInContext('1', 1), argType);
assert.throws(() => s.runInContext({}), argType);
assert.throws(() => s.runInContext(sb, 1), argType);
assert.throws(() => vm.runInNewContext('1', 5), argType);

// a function made in a context keeps its globals after the sandbox is dropped
const fns = [];
for (let i = 0; i < 20; i++) {
  fns.push(vm.runInNewContext('(function () { return typeof Array + seen; })', { seen: i }));
}
for (let i = 0; i < 20; i++) new Array(100000).fill(i); // eslint-disable-line no-new
fns.forEach((fn, i) => assert.strictEqual(fn(), `function${i}`));

// contextifying adds nothing a program can see on the sandbox
const plain = { p: 1 };
vm.createContext(plain);
assert.deepStrictEqual(Reflect.ownKeys(plain), ['p']);

// messages name what failed, as Node's do
for (const v of [undefined, null, 0, '']) {
  assert.throws(() => vm.runInContext('', v), { code: 'ERR_INVALID_ARG_TYPE', message: /"object" argument must be of type object/ });
}
for (const v of [{}, []]) {
  assert.throws(() => new vm.Script('').runInContext(v),
                { code: 'ERR_INVALID_ARG_TYPE', message: /"contextifiedObject" argument must be an vm\.Context/ });
}
