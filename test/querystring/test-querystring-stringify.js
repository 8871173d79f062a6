'use strict';
const assert = require('assert');
const qs = require('querystring');

assert.strictEqual(qs.stringify({ a: 1, b: 'x y', c: [1, 'é'], d: true }), 'a=1&b=x%20y&c=1&c=%C3%A9&d=true');
assert.strictEqual(qs.stringify({ n: NaN, i: Infinity, o: {}, u: undefined, nl: null, f() {} }), 'n=&i=&o=&u=&nl=&f=');
assert.strictEqual(qs.stringify({ big: 12n, e: 1e21, m: -0 }), 'big=12&e=1e%2B21&m=0');
assert.strictEqual(qs.stringify({ empty: [] , x: 1 }), 'x=1');
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, ';', ':'), 'a:1;b:2');
assert.strictEqual(qs.stringify({ a: 1 }, '', ''), 'a=1');
assert.strictEqual(qs.stringify('abc'), '');
assert.strictEqual(qs.stringify(null), '');
assert.strictEqual(qs.stringify([5, 6]), '0=5&1=6');
assert.strictEqual(qs.stringify({ 'a b': 'c' }, null, null, { encodeURIComponent: (s) => `[${s}]` }), '[a b]=[c]');
assert.strictEqual(qs.stringify({ n: 1, x: null }, null, null, { encodeURIComponent: (s) => `[${s}]` }), '[n]=[1]&[x]=[]');
assert.throws(() => qs.stringify({ a: '\ud800' }), { code: 'ERR_INVALID_URI', name: 'URIError', message: 'URI malformed' });
assert.strictEqual(qs.encode, qs.stringify);
