'use strict';
// A custom inspect function from another context gets options with no
// object of this context, and a stylize that only hands back strings.
const assert = require('assert');
const util = require('util');
const vm = require('vm');

const target = vm.runInNewContext(`({
  [Symbol.for('nodejs.util.inspect.custom')](depth, ctx) {
    this.ctx = ctx;
    try { return ctx.stylize('cat'); } catch (e) { return 'threw'; }
  }
})`, { __proto__: null });
assert.strictEqual(util.inspect(target), 'cat');
assert.strictEqual(Object.getPrototypeOf(target.ctx), null);
assert.strictEqual(Object.getPrototypeOf(target.ctx.stylize), null);
assert.strictEqual(target.ctx.depth, 2);
assert.strictEqual(util.inspect(target, { stylize: () => ({}) }), '[object Object]');
assert.strictEqual(util.inspect(target, { stylize: () => { throw new Error('x'); } }), 'cat');

// a proxy counts as another context too
const p = new Proxy({
  [util.inspect.custom](depth, ctx) { return Object.getPrototypeOf(ctx) === null ? 'bare' : 'full'; },
}, {});
assert.strictEqual(util.inspect(p), 'bare');
// the same context gets the plain options object
assert.strictEqual(util.inspect({
  [util.inspect.custom](depth, ctx) { return Object.getPrototypeOf(ctx) === Object.prototype ? 'plain' : 'other'; },
}), 'plain');
