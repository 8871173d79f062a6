'use strict';
// util.parseEnv: dotenv text to a null-prototype object with sorted keys.
const assert = require('assert');
const { parseEnv } = require('util');

const text = [
  'BASIC=basic',
  '# a comment=1',
  '',
  '   ',
  'export EXPORTED = yes ',
  'SPACED_KEY = parsed',
  'EMPTY=',
  'EMPTY_DQ=""',
  "SQ='single # not a comment'",
  'DQ="line1\\nline2"',
  "NO_EXPAND='a\\nb'",
  'UNQUOTED=a\\nb',
  'BT=`say "hi" it\'s`',
  'INLINE=value # comment',
  'EQUALS=a==b',
  'MULTI="one',
  'two"',
  'CRLF=x\r',
  'DUP=1',
  'DUP=2',
  'NOVALUE',
  '=orphan',
  'TRAIL="quoted" junk',
].join('\n');

const parsed = parseEnv(text);
assert.strictEqual(Object.getPrototypeOf(parsed), null);
assert.deepStrictEqual(parsed, {
  __proto__: null,
  BASIC: 'basic',
  BT: 'say "hi" it\'s',
  CRLF: 'x',
  DQ: 'line1\nline2',
  DUP: '2',
  EMPTY: '',
  EMPTY_DQ: '',
  EQUALS: 'a==b',
  EXPORTED: 'yes',
  INLINE: 'value',
  MULTI: 'one\ntwo',
  NO_EXPAND: 'a\\nb',
  SPACED_KEY: 'parsed',
  SQ: 'single # not a comment',
  TRAIL: 'quoted',
  UNQUOTED: 'a\\nb',
});
// keys come out sorted
assert.deepStrictEqual(Object.keys(parseEnv('b=1\nB=2\na=3\n\u00e9=4')), ['B', 'a', 'b', '\u00e9']);
assert.deepStrictEqual(parseEnv(''), { __proto__: null });

for (const bad of [null, undefined, {}, [], 1, new Uint8Array(2)]) {
  assert.throws(() => parseEnv(bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => parseEnv(5), {
  message: 'The "content" argument must be of type string. Received type number (5)',
});
