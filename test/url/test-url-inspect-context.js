'use strict';
// util.inspect(url, { showHidden: true }) shows Node's URLContext offsets.
const assert = require('assert');
const util = require('util');

const context = (href) => util.inspect(new URL(href), { showHidden: true, breakLength: Infinity })
  .split('Symbol(context): ')[1];
const expect = (href, o) => `URLContext { href: '${href}', protocol_end: ${o[0]}, username_end: ${o[1]}, ` +
  `host_start: ${o[2]}, host_end: ${o[3]}, pathname_start: ${o[4]}, search_start: ${o[5]}, ` +
  `hash_start: ${o[6]}, port: ${o[7]}, scheme_type: ${o[8]}, [hasPort]: [Getter], ` +
  '[hasSearch]: [Getter], [hasHash]: [Getter] } }';
const N = 4294967295;

assert.strictEqual(context('https://username:password@host.name:8080/path/name/?que=ry#hash'),
                   expect('https://username:password@host.name:8080/path/name/?que=ry#hash',
                          [6, 16, 25, 35, 40, 51, 58, 8080, 2]));
assert.strictEqual(context('http://a/'), expect('http://a/', [5, 7, 7, 8, 8, N, N, N, 0]));
assert.strictEqual(context('http://u:p@[::1]:81/'), expect('http://u:p@[::1]:81/', [5, 8, 10, 16, 19, N, N, 81, 0]));
assert.strictEqual(context('mailto:x'), expect('mailto:x', [7, 7, 7, 7, 7, N, N, N, 1]));
assert.strictEqual(context('file:///x'), expect('file:///x', [5, 7, 7, 7, 7, N, N, N, 6]));
assert.strictEqual(context('ftp://a:21/'), expect('ftp://a/', [4, 6, 6, 7, 7, N, N, N, 4]));
assert.strictEqual(context('wss://a?'), expect('wss://a/?', [4, 6, 6, 7, 7, 8, N, N, 5]));

assert.ok(!util.inspect(new URL('http://a/')).includes('context'));
assert.strictEqual(util.inspect({ a: new URL('http://a/') }, { depth: 0 }), '{ a: URL {} }');
