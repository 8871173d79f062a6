'use strict';
// spawnSync: `encoding` decodes the output and encodes string input, in
// each of Node's encodings.
const assert = require('assert');
const { spawnSync } = require('child_process');

// the bytes a child received, as hex (od's output is plain ASCII, which
// utf8, latin1 and ascii all decode alike)
function received(input, encoding) {
  const r = spawnSync('od', ['-An', '-v', '-tx1'], { input, encoding });
  assert.strictEqual(r.status, 0);
  return r.stdout.replace(/\s+/g, '');
}
const echo = (input, encoding) => spawnSync('cat', { input, encoding }).stdout;

// string input: UTF-8 by default, lone surrogates as U+FFFD
assert.strictEqual(received('h\u00e9\u20ac', 'utf8'), '68c3a9e282ac');
assert.strictEqual(received('\ud83d\ude00', 'utf8'), 'f09f9880');
assert.strictEqual(received('a\ud800b\udc00c', 'utf8'), '61efbfbd62efbfbd63');
assert.strictEqual(received('\u0100\u00ffz', 'latin1'), '00ff7a');
assert.strictEqual(received('\u0100\u00ffz', 'binary'), '00ff7a');
assert.strictEqual(received('\u0100\u00ffz', 'ascii'), '00ff7a');

// output decoding, from bytes given as they are
const bytes = new Uint8Array([0x00, 0xff, 0x7a, 0xc3, 0xa9]);
assert.strictEqual(echo(bytes, 'latin1'), '\u0000\u00ffz\u00c3\u00a9');
assert.strictEqual(echo(bytes, 'ascii'), '\u0000\u007fzC)');
assert.strictEqual(echo(bytes, 'utf8'), '\u0000\ufffdz\u00e9');
assert.strictEqual(echo(bytes, 'hex'), '00ff7ac3a9');
assert.strictEqual(echo(bytes, 'base64'), 'AP96w6k=');
assert.strictEqual(echo(bytes, 'base64url'), 'AP96w6k');
assert.strictEqual(echo(bytes, 'utf16le'), '\uff00\uc37a');
assert.strictEqual(echo(new Uint8Array([0xf0, 0x9f, 0x98]), 'utf8'), '\ufffd');
assert.strictEqual(echo(new Uint8Array([0xed, 0xa0, 0x80]), 'utf8'), '\ufffd\ufffd\ufffd');

// round trips, names in any case and spelling
assert.strictEqual(echo('h\u00e9llo \ud83d\ude00', 'UTF-8'), 'h\u00e9llo \ud83d\ude00');
assert.strictEqual(echo('ab\u0100', 'ucs2'), 'ab\u0100');
assert.strictEqual(echo('ab\u0100', 'UTF-16LE'), 'ab\u0100');
assert.strictEqual(echo('abz1', 'hex'), 'ab');
assert.strictEqual(echo('ABcd', 'hex'), 'abcd');
assert.strictEqual(echo('aGk*h=zz', 'base64'), 'aGkh');
assert.strictEqual(echo('a G k', 'base64'), 'aGk=');
assert.strictEqual(echo('a-_/', 'base64url'), 'a-__');
assert.strictEqual(echo('Zm9v!YmFy', 'base64'), 'Zm9vYmFy');

// an empty input string is no input at all
assert.strictEqual(echo('', 'hex'), '');
