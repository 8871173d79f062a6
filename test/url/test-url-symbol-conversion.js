'use strict';
// Symbols given where a string is expected throw V8's TypeError message.
const assert = require('assert');

const re = /^TypeError: Cannot convert a Symbol value to a string$/;
const sp = new URLSearchParams('a=1');
for (const fn of ['append', 'set']) {
  assert.throws(() => sp[fn](Symbol(), 'x'), re);
  assert.throws(() => sp[fn]('x', Symbol()), re);
}
for (const fn of ['delete', 'get', 'getAll', 'has']) assert.throws(() => sp[fn](Symbol()), re);
assert.throws(() => new URL(Symbol()), re);
assert.throws(() => new URL('http://a/', Symbol()), re);
const url = new URL('http://example.com/');
for (const key of ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'hash']) {
  assert.throws(() => { url[key] = Symbol(); }, re, key);
}
assert.strictEqual(url.href, 'http://example.com/');
