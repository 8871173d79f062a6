'use strict';
const assert = require('assert');

// required from outside node_modules: DEP0040, once, on a later tick
const warnings = [];
process.on('warning', (w) => warnings.push(w));
const punycode = require('punycode');
assert.strictEqual(require('node:punycode'), punycode);
process.on('exit', () => {
  assert.strictEqual(warnings.length, 1);
  assert.strictEqual(warnings[0].name, 'DeprecationWarning');
  assert.strictEqual(warnings[0].code, 'DEP0040');
  assert.strictEqual(warnings[0].message,
    'The `punycode` module is deprecated. Please use a userland alternative instead.');
});

assert.deepStrictEqual(Object.keys(punycode), ['version', 'ucs2', 'decode', 'encode', 'toASCII', 'toUnicode']);
assert.strictEqual(punycode.version, '2.1.0');

// RFC 3492 samples
const samples = [
  ['ü', 'tda'],
  ['mañana', 'maana-pta'],
  ['他们为什么不说中文', 'ihqwcrb4cv8a8dqg056pqjye'],
  ['Pročprostěnemluvíčesky', 'Proprostnemluvesky-uyb24dma41a'],
  ['-> $1.00 <-', '-> $1.00 <--'],
  ['abc', 'abc-'],
  ['😀', 'e28h'],
];
for (const [decoded, encoded] of samples) {
  assert.strictEqual(punycode.encode(decoded), encoded);
  assert.strictEqual(punycode.decode(encoded), decoded);
}
assert.strictEqual(punycode.toASCII('mañana.com'), 'xn--maana-pta.com');
assert.strictEqual(punycode.toASCII('ü\u3002x\uff0ey'), 'xn--tda.x.y');
assert.strictEqual(punycode.toASCII('josé@mañana.com'), 'josé@xn--maana-pta.com');
assert.strictEqual(punycode.toUnicode('xn--maana-pta.com'), 'mañana.com');
assert.strictEqual(punycode.toUnicode('XN--MAANA-PTA.com'), 'XN--MAANA-PTA.com');
assert.strictEqual(punycode.toUnicode('xn--MAANA-PTA'), 'mañana');

assert.deepStrictEqual(punycode.ucs2.decode('a\ud83d\ude00\ud800b'), [97, 0x1f600, 0xd800, 98]);
assert.strictEqual(punycode.ucs2.encode([97, 0x1f600]), 'a😀');
assert.throws(() => punycode.decode('\u0100'), { name: 'RangeError', message: 'Invalid input' });
assert.throws(() => punycode.decode('é-a'), { name: 'RangeError', message: 'Illegal input >= 0x80 (not a basic code point)' });
assert.throws(() => punycode.decode('99999999999'), { name: 'RangeError', message: 'Overflow: input needs wider integers to process' });
assert.throws(() => punycode.decode('zz'), { name: 'RangeError', message: 'Invalid input' });
