'use strict';
// showHidden lists accessors from a class instance's prototype chain.
const assert = require('assert');
const util = require('util');

class Base {
  get base() { return 'b'; }
}
class X extends Base {
  constructor() { super(); this._y = 1; }
  get y() { return this._y; }
  set z(v) {}
  method() {}
}
const x = new X();
assert.strictEqual(util.inspect(x), 'X { _y: 1 }');
assert.strictEqual(util.inspect(x, { showHidden: true }),
                   'X { _y: 1, [y]: [Getter], [z]: [Setter], [base]: [Getter] }');
assert.strictEqual(util.inspect(x, { showHidden: true, getters: true }),
                   "X { _y: 1, [y]: [Getter: 1], [z]: [Setter], [base]: [Getter: 'b'] }");
// built-in prototypes are not listed
assert.strictEqual(util.inspect(new Map(), { showHidden: true }), 'Map(0) {}');
assert.strictEqual(util.inspect({ a: 1 }, { showHidden: true }), '{ a: 1 }');
// an empty instance still shows them
class E { get g() { return 2; } }
assert.strictEqual(util.inspect(new E(), { showHidden: true, getters: true }), 'E { [g]: [Getter: 2] }');

// inspect keeps working when a program replaces Object.keys
const keys = Object.keys;
Object.keys = () => { throw new Error('patched'); };
try {
  assert.strictEqual(util.inspect({ a: 1 }), '{ a: 1 }');
} finally {
  Object.keys = keys;
}

// callbackify: the wrapper is a plain function whatever the original is
async function af() { return 1; }
const cb = util.callbackify(af);
assert.strictEqual(Object.getPrototypeOf(cb), Function.prototype);
assert.strictEqual(cb.name, 'afCallbackified');
assert.strictEqual(cb.length, 1);
