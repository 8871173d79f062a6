'use strict';
// buffer: base64 and hex encode+decode of 50 MB, Buffer.concat of 50 MB in
// 4 KB pieces, utf8 decode/encode of 50 MB of mostly-ASCII text, and
// readUInt32LE over 50 MB. Prints "BENCH buffer key=value" (ms).
const now = typeof performance !== 'undefined' && performance.now ? () => performance.now() :
  typeof process.hrtime === 'function' && process.hrtime.bigint ?
    () => Number(process.hrtime.bigint()) / 1e6 : () => Date.now();
function report(name, m) {
  console.log(`BENCH ${name} ` + Object.keys(m).map((k) => `${k}=${Math.round(m[k] * 1000) / 1000}`).join(' '));
}
const { Buffer } = require('buffer');

const SIZE = 50 * 1024 * 1024;
const src = Buffer.allocUnsafe(SIZE);
const u32 = new Uint32Array(src.buffer, src.byteOffset, SIZE / 4);
let x = 88172645;
for (let i = 0; i < u32.length; i++) {
  x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
  u32[i] = x >>> 0;
}
const m = {};
function time(key, fn) {
  const t = now();
  const r = fn();
  m[key] = now() - t;
  return r;
}

const b64 = time('base64_encode_ms', () => src.toString('base64'));
const back64 = time('base64_decode_ms', () => Buffer.from(b64, 'base64'));
if (!back64.equals(src)) throw new Error('base64 mismatch');
const hex = time('hex_encode_ms', () => src.toString('hex'));
const backHex = time('hex_decode_ms', () => Buffer.from(hex, 'hex'));
if (!backHex.equals(src)) throw new Error('hex mismatch');

const pieces = [];
for (let off = 0; off < SIZE; off += 4096) pieces.push(src.subarray(off, off + 4096));
const joined = time('concat_ms', () => Buffer.concat(pieces));
if (!joined.equals(src)) throw new Error('concat mismatch');

const line = 'The quick brown fox jumps over the lazy dog 0123456789; café naïve 東京 — ok.\n';
const text = Buffer.from(line.repeat(Math.ceil(SIZE / Buffer.byteLength(line))), 'utf8');
const str = time('utf8_decode_ms', () => text.toString('utf8'));
const enc = time('utf8_encode_ms', () => Buffer.from(str, 'utf8'));
if (!enc.equals(text)) throw new Error('utf8 mismatch');

let sum = 0;
time('readuint32le_ms', () => {
  for (let i = 0; i + 4 <= SIZE; i += 4) sum = (sum + src.readUInt32LE(i)) >>> 0;
});
if (sum === 0.5) throw new Error('unreachable');
report('buffer', m);
