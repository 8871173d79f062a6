'use strict';
// Colour mode highlights regular expressions token by token (Node 26).
const assert = require('assert');
const util = require('util');

const G = (s) => `\x1b[32m${s}\x1b[39m`;
const R = (s) => `\x1b[31m${s}\x1b[39m`;
const Y = (s) => `\x1b[33m${s}\x1b[39m`;
const C = (s) => `\x1b[36m${s}\x1b[39m`;
const M = (s) => `\x1b[35m${s}\x1b[39m`;
const colored = (re) => util.inspect(re, { colors: true });

assert.strictEqual(colored(/a/), G('/') + Y('a') + G('/'));
assert.strictEqual(colored(/a|b/g), G('/') + Y('a') + M('|') + Y('b') + G('/') + R('g'));
assert.strictEqual(colored(/(a)/), G('/') + R('(') + C('a') + R(')') + G('/'));
assert.strictEqual(colored(/(?<n>a)/), G('/') + R('(') + R('?<') + Y('n') + R('>') + C('a') + R(')') + G('/'));
assert.strictEqual(colored(/[a-z]/), G('/') + R('[') + Y('a') + C('-') + Y('z') + R(']') + G('/'));
assert.strictEqual(colored(/a{2,3}?/), G('/') + Y('a') + R('{') + C('2') + Y(',') + C('3') + R('}') + M('?') + G('/'));
assert.strictEqual(colored(/\d./), G('/') + Y('\\d') + C('.') + G('/'));
assert.strictEqual(colored(/\u{1F600}/u), G('/') + R('\\u{') + Y('1F600') + R('}') + G('/') + R('u'));
// an unclosed brace is a literal
assert.strictEqual(colored(/a{/), G('/') + Y('a') + Y('{') + G('/'));

// every highlighted form strips back to the plain text
for (const re of [/^(?:\+?\d{1,3}[-.\s]?)?\d{3,4}$/, /\b([A-Za-z]+)\s+\1\b/i, /(?<=Mr\.|Mrs.)\s[A-Z]\w+/,
  /\p{Let(?<q>["'])\k<q>$/, /[^\]\\]x{,5}/]) {
  assert.strictEqual(util.stripVTControlCharacters(colored(re)), util.inspect(re));
}

// the palette can be replaced; an empty one means the default
const re = /(a)/;
const regular = colored(re);
util.inspect.styles.regexp.colors = [];
assert.strictEqual(colored(re), regular);
util.inspect.styles.regexp.colors = ['red', 'yellow'];
assert.strictEqual(colored(re), R('/') + Y('(') + Y('a') + Y(')') + R('/'));
// a plain style name colours the whole text
const fn = util.inspect.styles.regexp;
util.inspect.styles.regexp = 'red';
assert.strictEqual(colored(re), R('/(a)/'));
util.inspect.styles.regexp = fn;
assert.strictEqual(typeof fn, 'function');
