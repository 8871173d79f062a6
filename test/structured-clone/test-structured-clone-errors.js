'use strict';
// Error objects, and what cannot be cloned.
const assert = require('assert');

const e = new TypeError('bad', { cause: { why: 1 } });
e.extra = 1;
const c = structuredClone(e);
assert.strictEqual(Object.getPrototypeOf(c), TypeError.prototype);
assert.strictEqual(c.message, 'bad');
assert.strictEqual(c.stack, e.stack);
assert.deepStrictEqual(c.cause, { why: 1 });
assert.notStrictEqual(c.cause, e.cause);
assert.strictEqual(c.extra, undefined);
assert.deepStrictEqual(Object.getOwnPropertyNames(c), ['stack', 'message', 'cause']);

// the prototype follows the name, standard names only
const named = new Error('x');
named.name = 'RangeError';
assert.strictEqual(Object.getPrototypeOf(structuredClone(named)), RangeError.prototype);
class MyError extends Error {}
assert.strictEqual(Object.getPrototypeOf(structuredClone(new MyError('m'))), Error.prototype);
assert.strictEqual(Object.getPrototypeOf(structuredClone(new AggregateError([], 'a'))), Error.prototype);
const noMessage = structuredClone(new Error());
assert.ok(!Object.hasOwn(noMessage, 'message'));
const numMessage = new Error('x');
numMessage.message = 5;
assert.strictEqual(structuredClone(numMessage).message, '5');
const cyc = new Error('cyc', { cause: {} });
cyc.cause.err = cyc;
const cycCopy = structuredClone(cyc);
assert.strictEqual(cycCopy.cause.err, cycCopy);

const dom = structuredClone(new DOMException('m', 'AbortError'));
assert.ok(dom instanceof DOMException);
assert.strictEqual(dom.name, 'AbortError');
assert.strictEqual(dom.code, 20);
assert.strictEqual(dom.message, 'm');
assert.ok(!(structuredClone(Object.create(DOMException.prototype)) instanceof DOMException));

function cloneError(value, message) {
  assert.throws(() => structuredClone(value), (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'DataCloneError');
    assert.strictEqual(err.code, 25);
    assert.strictEqual(err.message, message);
    return true;
  });
}
cloneError(function foo() { return 1; }, 'function foo() { return 1; } could not be cloned.');
cloneError(Symbol('s'), 'Symbol(s) could not be cloned.');
cloneError({ deep: [Symbol.iterator] }, 'Symbol(Symbol.iterator) could not be cloned.');
cloneError(new WeakMap(), '#<WeakMap> could not be cloned.');
cloneError(new WeakSet(), '#<WeakSet> could not be cloned.');
cloneError(new WeakRef({}), '#<WeakRef> could not be cloned.');
cloneError(Promise.resolve(), '#<Promise> could not be cloned.');
cloneError(new Proxy({}, {}), '#<Object> could not be cloned.');
cloneError([1].values(), '[object Array Iterator] could not be cloned.');
cloneError((function* gen() {})(), '[object Generator] could not be cloned.');
cloneError(new (class Sub extends WeakMap {})(), '#<Sub> could not be cloned.');
const detached = new ArrayBuffer(4);
structuredClone(detached, { transfer: [detached] });
cloneError(detached, 'An ArrayBuffer is detached and could not be cloned.');

assert.throws(() => structuredClone(), {
  name: 'TypeError', code: 'ERR_MISSING_ARGS',
  message: 'The "The value argument must be specified" argument must be specified',
});
