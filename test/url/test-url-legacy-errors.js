'use strict';
// The legacy API's argument errors and the DEP0169 warning url.parse()
// emits once (not for url.format with an object or Url#parse).
const assert = require('assert');
const url = require('url');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

assert.throws(() => url.parse(5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "url" argument must be of type string. Received type number (5)',
});
assert.throws(() => url.format(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "urlObject" argument must be one of type object or string. Received type number (5)',
});
assert.throws(() => url.format(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => url.format(new URL('http://a'), 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => url.parse('http://a.com:xx/'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'url' http://a.com:xx/. Received 'Invalid port in url'",
});
assert.throws(() => url.parse('http://\u0000a/'), { code: 'ERR_INVALID_URL', input: 'http://\u0000a/' });

const u = new url.Url();
assert.deepStrictEqual(Object.keys(u), ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash',
  'search', 'query', 'pathname', 'path', 'href']);
u.parse('http://a/b');
assert.strictEqual(u.href, 'http://a/b');
assert.ok(url.parse('http://x') instanceof url.Url);
assert.strictEqual(url.parse(u), u);
assert.strictEqual(url.format({ protocol: 'http', host: 'a' }), 'http://a');
assert.strictEqual(u.resolve('c'), 'http://a/c');

setImmediate(() => {
  // only the exported url.parse warns, once
  assert.strictEqual(warnings.length, 1);
  assert.strictEqual(warnings[0].name, 'DeprecationWarning');
  assert.strictEqual(warnings[0].code, 'DEP0169');
  assert.match(warnings[0].message, /^`url\.parse\(\)` behavior is not standardized/);
});
