'use strict';
// vm.Script and vm.runInThisContext: results, globals, options, errors.
const assert = require('assert');
const vm = require('vm');

assert.strictEqual(vm.runInThisContext('1 + 2'), 3);
globalThis.vmScriptGlobal = 21;
const s = new vm.Script('vmScriptGlobal * 2');
assert.strictEqual(s.runInThisContext(), 42);
assert.strictEqual(s.runInThisContext({ displayErrors: false }), 42);
assert.strictEqual(vm.runInThisContext('var vmScriptVar = 7; vmScriptVar'), 7);
assert.strictEqual(globalThis.vmScriptVar, 7);
assert.strictEqual(vm.runInThisContext('this'), globalThis);
assert.strictEqual(vm.createScript('5').runInThisContext(), 5);

// syntax errors are thrown by the constructor, before anything runs
globalThis.vmRan = false;
assert.throws(() => new vm.Script('vmRan = true; var = ;'), SyntaxError);
assert.strictEqual(globalThis.vmRan, false);
assert.throws(() => vm.runInThisContext('{', 'x.js'), SyntaxError);

// the filename (and line offset) show in stack traces
function frame(code, options) {
  try {
    vm.runInThisContext(code, options);
  } catch (e) {
    return e.stack;
  }
  assert.fail('did not throw');
}
assert.match(frame('throw new Error("x")'), /evalmachine\.<anonymous>:1/);
assert.match(frame('throw new Error("x")', 'named.js'), /named\.js:1/);
assert.match(frame('\nthrow new Error("x")', { filename: 'off.js', lineOffset: 10 }), /off\.js:12/);

// thrown values pass through unchanged
assert.throws(() => vm.runInThisContext('throw 5'), (e) => e === 5);
assert.throws(() => new vm.Script('null.x').runInThisContext(), TypeError);

// argument validation
const argType = { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' };
assert.throws(() => new vm.Script('1', 5), argType);
assert.throws(() => new vm.Script('1', { filename: 5 }), argType);
assert.throws(() => new vm.Script('1', { lineOffset: '1' }), argType);
assert.throws(() => new vm.Script('1', { lineOffset: 1.5 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new vm.Script('1', { produceCachedData: 1 }), argType);
assert.throws(() => new vm.Script('1', { cachedData: 'x' }), argType);
assert.throws(() => s.runInThisContext(null), argType);
assert.throws(() => s.runInThisContext({ displayErrors: 1 }), argType);
assert.throws(() => s.runInThisContext({ breakOnSigint: 'yes' }), argType);
assert.throws(() => s.runInThisContext({ timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => s.runInThisContext({ timeout: 'x' }), argType);
// the code is converted to a string
assert.strictEqual(vm.runInThisContext({ toString() { return '6 * 7'; } }), 42);

// errors escaping vm code show the failing line above the stack
assert.throws(() => new vm.Script('1;\nvar = ;', { filename: 'syn.js' }),
              (e) => e instanceof SyntaxError && e.stack.startsWith('syn.js:2\nvar = ;\n'));
assert.throws(() => vm.runInThisContext('1;\n  throw new Error("boom")', 'boom.js'),
              (e) => e.stack.startsWith('boom.js:2\n  throw new Error("boom")\n') &&
                e.stack.includes('\n\nError: boom\n    at boom.js:2:'));
assert.throws(() => vm.runInThisContext('throw new Error("quiet")', { filename: 'q.js', displayErrors: false }),
              (e) => e.stack.startsWith('Error: quiet'));
assert.throws(() => vm.runInNewContext('\nnull.x', {}, { filename: 'ctx.js', lineOffset: 2 }),
              (e) => e.name === 'TypeError' && e.stack.startsWith('ctx.js:4\nnull.x\n') &&
                e.stack.includes('\n\nTypeError: ') && e.stack.includes('\n    at ctx.js:4:'));
