'use strict';
// process.finalization: a callback per object still alive at 'beforeExit'
// (registerBeforeExit) or 'exit' (register), none once unregistered or
// collected; obj must be an object or function.
const assert = require('assert');
const { spawnSync } = require('child_process');

const d = Object.getOwnPropertyDescriptor(process, 'finalization');
assert.strictEqual(typeof d.get, 'function');
assert.deepStrictEqual([d.enumerable, d.configurable], [true, true]);
assert.deepStrictEqual(Object.keys(process.finalization), ['register', 'registerBeforeExit', 'unregister']);
for (const bad of [undefined, null, 1, 'x', true]) {
  assert.throws(() => process.finalization.register(bad, () => {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "obj" argument must be of type object\./,
  });
}

function child(code) {
  const r = spawnSync(process.execPath, ['--expose-gc', '-e', code], { encoding: 'utf8', timeout: 20000 });
  assert.strictEqual(r.status, 0, r.stderr);
  return r.stdout.trim().split('\n');
}

// callbacks get the object and the event; 'beforeExit' ones first
assert.deepStrictEqual(child(`
  const kept = { name: 'kept' };
  const fn = function f() {};
  process.finalization.register(kept, (obj, event) => console.log('exit', obj.name, event));
  process.finalization.registerBeforeExit(fn, (obj, event) => console.log('before', obj === fn, event));
  process.on('exit', () => console.log('listener'));
  globalThis.keep = [kept, fn];
`), ['before true beforeExit', 'exit kept exit', 'listener']);

// unregistered (twice is fine) or collected: no callback
assert.deepStrictEqual(child(`
  let gone = { name: 'gone' };
  const dropped = { name: 'dropped' };
  process.finalization.register(gone, () => console.log('gone called'));
  process.finalization.register(dropped, () => console.log('dropped called'));
  process.finalization.unregister(dropped);
  process.finalization.unregister(dropped);
  globalThis.keep = dropped;
  setImmediate(() => {
    gone = undefined;
    setTimeout(() => { gc(); setTimeout(() => console.log('end'), 10); }, 1);
  });
`), ['end']);
