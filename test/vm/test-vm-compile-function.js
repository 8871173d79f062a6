'use strict';
// vm.compileFunction: parameters, scope, options and validation.
const assert = require('assert');
const vm = require('vm');

const add = vm.compileFunction('return a + b', ['a', 'b']);
assert.strictEqual(typeof add, 'function');
assert.strictEqual(add(2, 3), 5);
assert.strictEqual(add.length, 2);
assert.strictEqual(vm.compileFunction('return 1')(), 1);
assert.strictEqual(vm.compileFunction('return arguments.length')(1, 2, 3), 3);

// the body sees globals but not the caller's scope
const local = 1; // eslint-disable-line no-unused-vars
globalThis.vmCfGlobal = 'g';
assert.strictEqual(vm.compileFunction('return typeof local')(), 'undefined');
assert.strictEqual(vm.compileFunction('return vmCfGlobal')(), 'g');

// many parameters
const names = Array.from({ length: 40 }, (_, i) => `p${i}`);
const sum = vm.compileFunction(`return ${names.join('+')}`, names);
assert.strictEqual(sum(...Array.from({ length: 40 }, () => 1)), 40);

// filename in stack traces
try {
  vm.compileFunction('throw new Error("x")', [], { filename: 'cf.js' })();
  assert.fail('did not throw');
} catch (e) {
  assert.match(e.stack, /cf\.js:1/);
}

assert.throws(() => vm.compileFunction('return )'), SyntaxError);

// compiled in a context: that context's globals
const ctx = vm.createContext({ who: 'sandbox' });
const inCtx = vm.compileFunction('return [who, Array]', [], { parsingContext: ctx });
const [who, Arr] = inCtx();
assert.strictEqual(who, 'sandbox');
assert.notStrictEqual(Arr, Array);
ctx.who = 'changed';
assert.strictEqual(inCtx()[0], 'changed');

const argType = { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' };
assert.throws(() => vm.compileFunction(5), argType);
assert.throws(() => vm.compileFunction('', 'a'), argType);
assert.throws(() => vm.compileFunction('', [1]), argType);
assert.throws(() => vm.compileFunction('', [], null), argType);
assert.throws(() => vm.compileFunction('', [], { filename: 1 }), argType);
assert.throws(() => vm.compileFunction('', [], { parsingContext: {} }), argType);
assert.throws(() => vm.compileFunction('', [], { parsingContext: 1 }), argType);
assert.throws(() => vm.compileFunction('', [], { contextExtensions: {} }), argType);
assert.throws(() => vm.compileFunction('', [], { contextExtensions: [1] }), argType);
assert.throws(() => vm.compileFunction('', [], { produceCachedData: 'x' }), argType);
assert.throws(() => vm.compileFunction('', [], { lineOffset: 'x' }), argType);
