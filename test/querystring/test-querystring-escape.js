'use strict';
const assert = require('assert');
const qs = require('querystring');

// the characters left alone, and uppercase hex for the rest
assert.strictEqual(qs.escape("AZaz09-._~!'()*"), "AZaz09-._~!'()*");
assert.strictEqual(qs.escape(' "#$%&+,/:;<=>?@[\\]^`{|}'),
  '%20%22%23%24%25%26%2B%2C%2F%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E%60%7B%7C%7D');
assert.strictEqual(qs.escape('é€😀'), '%C3%A9%E2%82%AC%F0%9F%98%80');
assert.strictEqual(qs.escape('\udc00b'), '%F0%90%81%A2'); // any unit after a surrogate pairs with it
assert.throws(() => qs.escape('a\ud800'), { code: 'ERR_INVALID_URI' });
assert.strictEqual(qs.escape(5), '5');
assert.strictEqual(qs.escape({ toString() { return 'a b'; } }), 'a%20b');
assert.strictEqual(qs.escape.name, 'qsEscape');
assert.strictEqual(qs.unescape.name, 'qsUnescape');

assert.strictEqual(qs.unescape('%41%20b+c'), 'A b+c');
assert.strictEqual(qs.unescape('%41%zz+c', true), 'A%zz c'); // malformed: byte-wise, '+' as space
assert.strictEqual(qs.unescape('%E9'), '\ufffd');
assert.deepStrictEqual(qs.unescapeBuffer('a%2'), Buffer.from('a%2'));
assert.deepStrictEqual(qs.unescapeBuffer('%41%4'), Buffer.from('A%4'));
assert.deepStrictEqual(qs.unescapeBuffer('%e9+', true), Buffer.from([0xe9, 0x20]));
assert.deepStrictEqual(qs.unescapeBuffer('%e9+'), Buffer.from([0xe9, 0x2b]));
assert.ok(Buffer.isBuffer(qs.unescapeBuffer('x')));
