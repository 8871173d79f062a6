'use strict';
// The global object: Node's property attributes, nothing enumerable that
// Node does not have.
const assert = require('assert');

function desc(name) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  return d && {
    kind: 'value' in d ? 'data' : 'accessor',
    writable: d.writable, enumerable: d.enumerable, configurable: d.configurable,
  };
}
const data = (enumerable) => ({ kind: 'data', writable: true, enumerable, configurable: true });

assert.deepStrictEqual(desc('global'), data(true));
assert.deepStrictEqual(desc('globalThis'), data(false));
assert.deepStrictEqual(desc('process'),
  { kind: 'accessor', writable: undefined, enumerable: false, configurable: true });
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
  'setImmediate', 'clearImmediate', 'queueMicrotask']) {
  assert.deepStrictEqual(desc(name), data(true), name);
  assert.strictEqual(typeof globalThis[name], 'function');
}
assert.deepStrictEqual(desc('console'), data(false));
assert.strictEqual(global, globalThis);
assert.strictEqual(globalThis.process, process);
assert.strictEqual(desc('gc'), undefined, 'gc only with --expose-gc');

// Every enumerable global is one Node has.
const nodeEnumerable = new Set([
  'global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval',
  'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'fetch',
  'crypto', 'navigator', 'sessionStorage', 'localStorage',
]);
for (const key of Object.keys(globalThis)) {
  assert.ok(nodeEnumerable.has(key), `unexpected enumerable global: ${key}`);
}
// the standard library is not enumerable
for (const name of ['Object', 'Array', 'Promise', 'JSON', 'Math', 'Reflect', 'Intl']) {
  assert.deepStrictEqual(desc(name), data(false), name);
}

// replacing process on the global works as in Node
const saved = globalThis.process;
globalThis.process = 1;
assert.strictEqual(globalThis.process, 1);
globalThis.process = saved;
assert.strictEqual(globalThis.process, process);
