'use strict';
// Buffer#toString on inputs long enough for the bulk paths (runs of ASCII
// sixteen bytes at a time, strings of every width) against small reference
// decoders written here: valid and invalid UTF-8 anywhere in the input,
// Latin-1-only text, and the other encodings at lengths around 16.
const assert = require('assert');

// WHATWG UTF-8 decode: one U+FFFD per maximal invalid subpart.
function refUtf8(b) {
  let out = '';
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    let need, lo = 0x80, hi = 0xBF, cp;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) {
      need = 2; cp = c & 0x0F;
      if (c === 0xE0) lo = 0xA0;
      if (c === 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3; cp = c & 0x07;
      if (c === 0xF0) lo = 0x90;
      if (c === 0xF4) hi = 0x8F;
    } else {
      out += '\uFFFD';
      i++;
      continue;
    }
    i++;
    let got = 0;
    while (got < need && i < b.length && b[i] >= lo && b[i] <= hi) {
      cp = cp * 64 + (b[i] & 0x3F);
      lo = 0x80; hi = 0xBF;
      i++; got++;
    }
    out += got < need ? '\uFFFD' : String.fromCodePoint(cp);
  }
  return out;
}

let seed = 12345;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return (seed >>> 8) % n;
}

const pieces = [
  [0x61], [0x62, 0x63], [0x20], [0x7F], [0x00],
  [0xC3, 0xA9], [0xC2, 0x80], [0xC3, 0xBF], // Latin-1 range
  [0xC4, 0x80], [0xDF, 0xBF], [0xE6, 0x9D, 0xB1], [0xE2, 0x80, 0x94], [0xEF, 0xBF, 0xBF],
  [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], // astral
  [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
  [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF], [0xC3], [0xE6, 0x9D],
  [0xF0, 0x9F, 0x98], [0xE6, 0x41], [0xF0, 0x9F, 0x41],
];
const valid = pieces.slice(0, 15);
const latin = pieces.slice(0, 8);

function build(len, from, asciiRun) {
  const out = [];
  while (out.length < len) {
    const run = rnd(asciiRun);
    for (let k = 0; k < run; k++) out.push(0x20 + rnd(95));
    out.push(...from[rnd(from.length)]);
  }
  return Buffer.from(out);
}

function check(buf, what) {
  const want = refUtf8(buf);
  const got = buf.toString('utf8');
  if (got === want) return;
  let at = 0;
  while (got[at] === want[at]) at++;
  assert.fail(`${what}: length ${buf.length}, first difference at unit ${at}`);
}

for (const len of [0, 1, 15, 16, 17, 31, 33, 100, 1000, 70000]) {
  for (const run of [1, 8, 40]) {
    check(build(len, valid, run), `valid ${len}/${run}`);
    check(build(len, latin, run), `latin1 ${len}/${run}`);
    check(build(len, pieces, run), `mixed ${len}/${run}`);
  }
}

// one bad byte anywhere in long valid text, and a sequence cut at the end
const base = build(5000, valid, 20);
for (let i = 0; i < 200; i++) {
  const b = Buffer.from(base);
  b[rnd(b.length)] = [0x80, 0xC0, 0xFF, 0xE6, 0xF0][rnd(5)];
  check(b, 'one bad byte');
}
for (let cut = 1; cut <= 4; cut++) {
  check(Buffer.concat([Buffer.alloc(40, 'a'), Buffer.from('東京😀').subarray(0, cut)]), 'cut ' + cut);
  check(Buffer.concat([Buffer.alloc(40, 'a'), Buffer.from('é😀').subarray(0, 2 + cut)]), 'cut2 ' + cut);
}

// widths: pure ASCII, Latin-1, BMP and astral text give the same strings
// whatever path builds them, including in slices at odd offsets
const text = 'ascii only, then café, then 東京, then 😀 end. '.repeat(3000);
const tb = Buffer.from(text);
assert.strictEqual(tb.toString(), text);
for (let i = 0; i < 50; i++) {
  const s = rnd(tb.length), e = s + rnd(tb.length - s);
  check(tb.subarray(s, e), 'slice');
}
assert.strictEqual(Buffer.from('x'.repeat(100000)).toString(), 'x'.repeat(100000));
assert.strictEqual(Buffer.from('é'.repeat(100000)).toString(), 'é'.repeat(100000));

// the other encodings at lengths around the bulk steps
const bytes = Buffer.alloc(200);
for (let i = 0; i < bytes.length; i++) bytes[i] = rnd(256);
for (let len = 0; len <= 70; len++) {
  const b = bytes.subarray(3, 3 + len);
  let hex = '', latin1 = '', ascii = '', ucs2 = '';
  for (let i = 0; i < b.length; i++) {
    hex += (b[i] < 16 ? '0' : '') + b[i].toString(16);
    latin1 += String.fromCharCode(b[i]);
    ascii += String.fromCharCode(b[i] & 0x7F);
    if (i % 2 === 1) ucs2 += String.fromCharCode(b[i - 1] | b[i] << 8);
  }
  assert.strictEqual(b.toString('hex'), hex);
  assert.strictEqual(b.toString('latin1'), latin1);
  assert.strictEqual(b.toString('ascii'), ascii);
  assert.strictEqual(b.toString('ucs2'), ucs2);
  assert.strictEqual(Buffer.from(b.toString('base64'), 'base64').toString('hex'), hex);
  assert.strictEqual(Buffer.from(b.toString('base64url'), 'base64url').toString('hex'), hex);
}
const big = Buffer.alloc(100003);
for (let i = 0; i < big.length; i++) big[i] = (i * 7919) & 255;
const bigHex = big.toString('hex');
assert.strictEqual(bigHex.length, big.length * 2);
assert.ok(Buffer.from(bigHex, 'hex').equals(big));
let refHex = '';
for (let i = 0; i < big.length; i++) refHex += (big[i] < 16 ? '0' : '') + big[i].toString(16);
assert.strictEqual(bigHex, refHex);
