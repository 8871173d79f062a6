'use strict';
// The WHATWG URL class: construction, getters and setters, statics,
// errors, property attributes and util.inspect output.
const assert = require('assert');
const util = require('util');

// globals and attributes (read first: nodus loads them on first use)
for (const name of ['URL', 'URLSearchParams']) {
  assert.strictEqual(typeof globalThis[name], 'function');
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(d.writable, true);
  assert.strictEqual(d.enumerable, false);
  assert.strictEqual(d.configurable, true);
}
assert.strictEqual(require('url').URL, URL);
assert.strictEqual(require('url').URLSearchParams, URLSearchParams);
assert.deepStrictEqual(Object.getOwnPropertyNames(URL.prototype), ['constructor', 'toString', 'href',
  'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search',
  'searchParams', 'hash', 'toJSON']);
assert.strictEqual(Object.getOwnPropertyDescriptor(URL.prototype, 'href').enumerable, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(URL, 'canParse').enumerable, true);
assert.strictEqual(Object.prototype.toString.call(new URL('http://a')), '[object URL]');

// components
const u = new URL('https://user:pa%20ss@EXAMPLE.com:8080/p/a/t/h?query=string#hash');
assert.strictEqual(u.href, 'https://user:pa%20ss@example.com:8080/p/a/t/h?query=string#hash');
assert.strictEqual(u.origin, 'https://example.com:8080');
assert.strictEqual(u.protocol, 'https:');
assert.strictEqual(u.username, 'user');
assert.strictEqual(u.password, 'pa%20ss');
assert.strictEqual(u.host, 'example.com:8080');
assert.strictEqual(u.hostname, 'example.com');
assert.strictEqual(u.port, '8080');
assert.strictEqual(u.pathname, '/p/a/t/h');
assert.strictEqual(u.search, '?query=string');
assert.strictEqual(u.hash, '#hash');
assert.strictEqual(u.toString(), u.href);
assert.strictEqual(u.toJSON(), u.href);
assert.strictEqual(JSON.stringify({ u }), `{"u":"${u.href}"}`);
assert.strictEqual(`${new URL('x', 'http://h/a/b')}`, 'http://h/a/x');
assert.strictEqual(new URL('http://a/', undefined).href, 'http://a/');
assert.strictEqual(new URL({ toString: () => 'http://o/' }).href, 'http://o/');

// origins
assert.strictEqual(new URL('blob:https://a.com:8/x').origin, 'https://a.com:8');
assert.strictEqual(new URL('blob:ftp://a.com/x').origin, 'null');
assert.strictEqual(new URL('file:///x').origin, 'null');
assert.strictEqual(new URL('http://[::1]:99/').origin, 'http://[::1]:99');
assert.strictEqual(new URL('http://münchen.de').origin, 'http://xn--mnchen-3ya.de');

// setters
const s = new URL('http://a.com/x?y#z');
s.protocol = 'https';
s.username = 'me';
s.password = 'p@ss';
s.hostname = 'b.com';
s.port = '444';
s.pathname = '/q r';
s.search = 'k=v';
s.hash = 'frag';
assert.strictEqual(s.href, 'https://me:p%40ss@b.com:444/q%20r?k=v#frag');
s.host = 'c.com:443';
assert.strictEqual(s.host, 'c.com');
s.port = 'x';
assert.strictEqual(s.port, '');
s.search = '';
s.hash = '';
assert.strictEqual(s.href, 'https://me:p%40ss@c.com/q%20r');
s.href = 'ws://h/';
assert.strictEqual(s.protocol, 'ws:');
s.pathname = 5;
assert.strictEqual(s.pathname, '/5');

// errors
const invalid = (fn, props) => assert.throws(fn, { name: 'TypeError', code: 'ERR_INVALID_URL', message: 'Invalid URL', ...props });
invalid(() => new URL('nope'), { input: 'nope' });
invalid(() => new URL('x', 'y'), { input: 'x', base: 'y' });
invalid(() => { s.href = 'bad'; }, { input: 'bad' });
assert.strictEqual(s.href, 'ws://h/5');
try {
  new URL('nope');
} catch (e) {
  assert.deepStrictEqual(Object.keys(e), ['code', 'input']);
}
const missing = { name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "url" argument must be specified' };
assert.throws(() => new URL(), missing);
assert.throws(() => URL.canParse(), missing);
assert.throws(() => URL.parse(), missing);
assert.throws(() => URL.revokeObjectURL(), missing);
assert.throws(() => new URL(Symbol('x')), TypeError);
assert.throws(() => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}), TypeError);

// statics
assert.strictEqual(URL.canParse('x'), false);
assert.strictEqual(URL.canParse('x', 'http://a'), true);
assert.strictEqual(URL.canParse('http://a', 'bad base'), false);
assert.strictEqual(URL.parse('x'), null);
assert.strictEqual(URL.parse('x', 'http://a/b/').href, 'http://a/b/x');
assert.ok(URL.parse('http://a') instanceof URL);

// blob URLs
const blob = new Blob(['hello'], { type: 'text/plain' });
const id = URL.createObjectURL(blob);
assert.match(id, /^blob:nodedata:[0-9a-f-]{36}$/);
const { resolveObjectURL } = require('buffer');
assert.strictEqual(resolveObjectURL(id).size, 5);
URL.revokeObjectURL(id);
assert.strictEqual(resolveObjectURL(id), undefined);
URL.revokeObjectURL('not a url');
assert.throws(() => URL.createObjectURL('x'), { code: 'ERR_INVALID_ARG_TYPE' });

// inspect
assert.strictEqual(util.inspect(new URL('https://a:b@c.com:88/p?q=1#h')), `URL {
  href: 'https://a:b@c.com:88/p?q=1#h',
  origin: 'https://c.com:88',
  protocol: 'https:',
  username: 'a',
  password: 'b',
  host: 'c.com:88',
  hostname: 'c.com',
  port: '88',
  pathname: '/p',
  search: '?q=1',
  searchParams: URLSearchParams { 'q' => '1' },
  hash: '#h'
}`);
assert.strictEqual(util.inspect({ a: new URL('http://a') }, { depth: 0 }), '{ a: URL {} }');
class MyURL extends URL {}
assert.match(util.inspect(new MyURL('http://a')), /^MyURL \{\n {2}href: 'http:\/\/a\/',/);

// the searchParams object follows the URL and back
const q = new URL('http://a/?x=1&y=2');
const sp = q.searchParams;
assert.strictEqual(q.searchParams, sp);
sp.delete('x');
sp.delete('y');
assert.strictEqual(q.href, 'http://a/');
sp.append('q', 'a b');
assert.strictEqual(q.href, 'http://a/?q=a+b');
q.search = '?z=9';
assert.deepStrictEqual([...sp], [['z', '9']]);
q.href = 'http://b/?w=1';
assert.deepStrictEqual([...sp], [['w', '1']]);
const opaque = new URL('a:b?x');
opaque.searchParams.delete('x');
assert.strictEqual(opaque.href, 'a:b');
