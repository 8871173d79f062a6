'use strict';
// url.parse(s, true) and url.format with a query object (querystring).
const assert = require('assert');
const url = require('url');

process.noDeprecation = true;
const q = url.parse('/a?b=1&b=2&c', true);
assert.deepStrictEqual({ ...q.query }, { b: ['1', '2'], c: '' });
assert.strictEqual(Object.getPrototypeOf(q.query), null);
const none = url.parse('http://x/', true);
assert.strictEqual(none.search, null);
assert.deepStrictEqual({ ...none.query }, {});
assert.strictEqual(Object.getPrototypeOf(none.query), null);
assert.deepStrictEqual({ ...url.parse('/p?x=%zz&y', true).query }, { x: '%zz', y: '' });
assert.strictEqual(url.format({ protocol: 'http', host: 'h', query: { a: [1, 2], 'b c': 'd' } }),
  'http://h?a=1&a=2&b%20c=d');
assert.strictEqual(url.format({ protocol: 'http', host: 'h', search: '?s', query: { a: 1 } }), 'http://h?s');
