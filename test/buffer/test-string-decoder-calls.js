'use strict';
// StringDecoder is a plain function; broken UTF-8 held across writes
// decodes as a whole-buffer decode would.
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const obj = {};
StringDecoder.call(obj, 'hex');
assert.strictEqual(obj.encoding, 'hex');
assert.throws(() => StringDecoder.prototype.write.call({}, Buffer.from('a')),
              { name: 'TypeError', code: 'ERR_INVALID_THIS',
                message: 'Value of "this" must be of type StringDecoder' });
assert.deepStrictEqual(Object.keys(StringDecoder.prototype).sort(),
                       ['end', 'lastChar', 'lastNeed', 'lastTotal', 'text', 'write']);

let d = new StringDecoder('utf8');
assert.strictEqual(d.write(Buffer.from('f69b', 'hex')), '');
assert.strictEqual(d.write(Buffer.from('d1', 'hex')), '\ufffd\ufffd');
assert.strictEqual(d.end(), '\ufffd');

d = new StringDecoder('utf8');
assert.strictEqual(d.write(Buffer.from('f69b', 'hex')), '');
assert.strictEqual(d.end(), '\ufffd\ufffd');

// Random chunks agree with decoding the concatenation.
let seed = 7;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
for (let round = 0; round < 300; round++) {
  const enc = ['utf8', 'utf16le', 'base64', 'hex', 'latin1'][round % 5];
  const sd = new StringDecoder(enc);
  const bufs = [];
  let out = '';
  for (let i = rand(6); i > 0; i--) {
    const b = Buffer.alloc(rand(12));
    for (let j = 0; j < b.length; j++) b[j] = rand(256);
    bufs.push(b);
    out += sd.write(b);
  }
  out += sd.end();
  assert.strictEqual(out, Buffer.concat(bufs).toString(enc), enc);
}
