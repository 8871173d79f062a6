'use strict';
const assert = require('assert');
const qs = require('querystring');

const entries = (o) => Object.entries(o);
assert.deepStrictEqual(entries(qs.parse('a=1&b=2&a=3')), [['a', ['1', '3']], ['b', '2']]);
assert.strictEqual(Object.getPrototypeOf(qs.parse('a')), null);
assert.deepStrictEqual(entries(qs.parse('a+b=c+d%20e')), [['a b', 'c d e']]);
assert.deepStrictEqual(entries(qs.parse('a=%zz&%E9=%C3%A9')), [['a', '%zz'], ['\ufffd', 'é']]);
assert.deepStrictEqual(entries(qs.parse('&&a&=b&c=')), [['a', ''], ['', 'b'], ['c', '']]);
assert.deepStrictEqual(entries(qs.parse('a=b=c')), [['a', 'b=c']]);
assert.deepStrictEqual(entries(qs.parse('__proto__=1&toString=2')), [['__proto__', '1'], ['toString', '2']]);
assert.deepStrictEqual(entries(qs.parse(5)), []);
assert.deepStrictEqual(entries(qs.parse('')), []);

// custom separators, multi-character ones too
assert.deepStrictEqual(entries(qs.parse('a:1;b:2', ';', ':')), [['a', '1'], ['b', '2']]);
assert.deepStrictEqual(entries(qs.parse('a=>1&&b=>2', '&&', '=>')), [['a', '1'], ['b', '2']]);
assert.deepStrictEqual(entries(qs.parse('a=1&b=2', null, null)), [['a', '1'], ['b', '2']]);

// maxKeys counts pairs (empty ones too); 0, negative and non-finite mean no limit
const many = Array.from({ length: 1500 }, (_, i) => `k${i}=${i}`).join('&');
assert.strictEqual(Object.keys(qs.parse(many)).length, 1000);
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: 0 })).length, 1500);
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: Infinity })).length, 1500);
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: NaN })).length, 1500);
assert.deepStrictEqual(entries(qs.parse('&&a=1&b=2', null, null, { maxKeys: 3 })), [['a', '1']]);

// a custom decoder sees only encoded-looking parts, '+' as %20
const seen = [];
const decoded = qs.parse('a+b=%41&plain=x', null, null, {
  decodeURIComponent(s) { seen.push(s); return s.toLowerCase(); },
});
assert.deepStrictEqual(seen, ['a%20b', '%41', 'plain', 'x']);
assert.deepStrictEqual(entries(decoded), [['a%20b', '%41'], ['plain', 'x']]);
// a decoder that throws falls back to unescape
assert.deepStrictEqual(entries(qs.parse('a=%41', null, null, { decodeURIComponent() { throw new Error(); } })),
  [['a', 'A']]);

// replacing querystring.unescape changes parse
const saved = qs.unescape;
qs.unescape = (s) => `<${s}>`;
try {
  assert.deepStrictEqual(entries(qs.parse('a=b')), [['<a>', '<b>']]);
} finally {
  qs.unescape = saved;
}
assert.strictEqual(qs.decode, qs.parse);
