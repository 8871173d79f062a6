'use strict';
// util.inspect of what only the engine knows: promise state, proxies,
// Map/Set iterator positions.
const assert = require('assert');
const { inspect } = require('util');

assert.strictEqual(inspect(new Promise(() => {})), 'Promise { <pending> }');
assert.strictEqual(inspect(Promise.resolve(1)), 'Promise { 1 }');
assert.strictEqual(inspect(Promise.resolve({ a: [1, 2] })), 'Promise { { a: [ 1, 2 ] } }');
const rejected = Promise.reject(3);
rejected.catch(() => {});
assert.strictEqual(inspect(rejected), 'Promise { <rejected> 3 }');
const withKey = Promise.resolve(2);
withKey.x = 1;
assert.strictEqual(inspect(withKey), 'Promise { 2, x: 1 }');
class SubPromise extends Promise {}
assert.strictEqual(inspect(SubPromise.resolve(4)), 'SubPromise [Promise] { 4 }');
assert.strictEqual(inspect({ a: Promise.resolve({ x: 1 }) }, { depth: 0 }), '{ a: [Promise] }');
// A promise settled later shows its new state.
let resolveLater;
const later = new Promise((r) => { resolveLater = r; });
resolveLater('done');
assert.strictEqual(inspect(later), "Promise { 'done' }");
// Not a promise, whatever its prototype says.
assert.strictEqual(inspect(Object.create(Promise.prototype)), 'Promise {}');

// Proxies: traps never run.
let trapped = 0;
const handler = { get() { trapped++; return 5; }, ownKeys() { trapped++; return []; } };
assert.strictEqual(inspect(new Proxy({ a: 1 }, handler)), 'Proxy({ a: 1 })');
assert.strictEqual(inspect(new Proxy([1, 2], handler)), 'Proxy([ 1, 2 ])');
assert.strictEqual(inspect(new Proxy({ a: 1 }, {}), { showProxy: true }), 'Proxy [ { a: 1 }, {} ]');
assert.strictEqual(inspect(new Proxy(function foo() {}, {})), 'Proxy([Function: foo])');
assert.strictEqual(inspect(new Proxy(new Proxy({}, {}), {}), { showProxy: true }),
                   'Proxy [ Proxy [ {}, {} ], {} ]');
assert.strictEqual(inspect({ a: new Proxy([], {}) }, { showProxy: true, depth: 0 }),
                   '{ a: Proxy [Array] }');
const revocable = Proxy.revocable({}, {});
revocable.revoke();
assert.strictEqual(inspect(revocable.proxy), '<Revoked Proxy>');
assert.strictEqual(inspect(revocable.proxy, { showProxy: true }), '<Revoked Proxy>');
assert.strictEqual(trapped, 0);

// Map and Set iterators show what is left, and do not move.
const map = new Map([[1, 2], ['a', { b: 1 }]]);
assert.strictEqual(inspect(map.keys()), "[Map Iterator] { 1, 'a' }");
assert.strictEqual(inspect(map.values()), '[Map Iterator] { 2, { b: 1 } }');
assert.strictEqual(inspect(map.entries()), "[Map Entries] { [ 1, 2 ], [ 'a', { b: 1 } ] }");
assert.strictEqual(inspect(map[Symbol.iterator]()), "[Map Entries] { [ 1, 2 ], [ 'a', { b: 1 } ] }");
const keys = map.keys();
keys.next();
assert.strictEqual(inspect(keys), "[Map Iterator] { 'a' }");
assert.deepStrictEqual(keys.next(), { value: 'a', done: false });
assert.strictEqual(inspect(keys), '[Map Iterator] {  }');
const grown = new Map([[1, 1], [2, 2], [3, 3]]);
const it = grown.keys();
it.next();
grown.delete(2);
for (let i = 10; i < 20; i++) grown.set(i, i); // the table is rebuilt
assert.strictEqual(inspect(it, { maxArrayLength: 3 }), '[Map Iterator] { 3, 10, 11, ... 8 more items }');
assert.deepStrictEqual([...it].length, 11);
const set = new Set([1, 'x']);
assert.strictEqual(inspect(set.values()), "[Set Iterator] { 1, 'x' }");
assert.strictEqual(inspect(set.entries()), "[Set Entries] { [ 1, 1 ], [ 'x', 'x' ] }");
assert.strictEqual(inspect({ a: set.values() }, { depth: 0 }), '{ a: [Object [Set Iterator]] }');
const tagged = new Map([[1, 2]]).entries();
tagged.x = 1;
assert.strictEqual(inspect(tagged), '[Map Entries] { [ 1, 2 ], x: 1 }');
assert.strictEqual(inspect([1, 2][Symbol.iterator]()), 'Object [Array Iterator] {}');

// Arguments objects, generator objects.
assert.strictEqual(inspect((function() { return arguments; })(1, 'a')), "[Arguments] { '0': 1, '1': 'a' }");
assert.strictEqual(inspect((function*() {})()), 'Object [Generator] {}');
