'use strict';
// punycode: RFC 3492 Punycode and the IDNA label helpers, with the API of
// the punycode.js 2.1.0 package that Node has shipped. Deprecated (DEP0040):
// loading it warns unless the code requiring it lives in node_modules.

const { callSites } = require('internal/errors/stack');

// The first frame outside nodus's own modules decides; none means yes.
function requiredFromNodeModules() {
  for (const site of callSites(requiredFromNodeModules, 100)) {
    const name = site.getFileName() ?? '';
    if (name === '' || name.startsWith('node:')) continue;
    return name.includes('/node_modules/') || name.includes('\\node_modules\\');
  }
  return true;
}

if (!requiredFromNodeModules()) {
  process.emitWarning('The `punycode` module is deprecated. Please use a userland alternative instead.',
    'DeprecationWarning', 'DEP0040');
}

const maxInt = 2147483647;
const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 128;

const kMessages = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};
function fail(kind) {
  throw new RangeError(kMessages[kind]);
}

// UTF-16 to code points; an unpaired surrogate stays a code point of its own.
function ucs2decode(string) {
  const out = [];
  const len = string.length;
  for (let i = 0; i < len; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const next = string.charCodeAt(i + 1);
      if ((next & 0xfc00) === 0xdc00) {
        out.push(((c & 0x3ff) << 10) + (next & 0x3ff) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

// 0-25 are 'a'-'z', 26-35 '0'-'9'; anything else is `base` (invalid).
function digitOf(c) {
  if (c >= 0x30 && c <= 0x39) return c - 22;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  return base;
}

function digitChar(d) {
  return String.fromCharCode(d < 26 ? d + 97 : d + 22);
}

function threshold(k, bias) {
  if (k <= bias) return tMin;
  if (k >= bias + tMax) return tMax;
  return k - bias;
}

// RFC 3492 section 6.1
function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((base - tMin) * tMax) >> 1) {
    delta = Math.floor(delta / (base - tMin));
    k += base;
  }
  return Math.floor(k + ((base - tMin + 1) * delta) / (delta + skew));
}

function decode(input) {
  const output = [];
  const len = input.length;
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) fail('not-basic');
    output.push(c);
  }
  let n = initialN;
  let bias = initialBias;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < len;) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= len) fail('invalid-input');
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= base) fail('invalid-input');
      if (digit > Math.floor((maxInt - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(maxInt / (base - t))) fail('overflow');
      w *= base - t;
    }
    const count = output.length + 1;
    bias = adapt(i - oldi, count, oldi === 0);
    if (Math.floor(i / count) > maxInt - n) fail('overflow');
    n += Math.floor(i / count);
    i %= count;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

function encode(input) {
  const codePoints = ucs2decode(input);
  const len = codePoints.length;
  let out = '';
  for (const c of codePoints) if (c < 0x80) out += String.fromCharCode(c);
  const basicLength = out.length;
  let handled = basicLength;
  if (basicLength > 0) out += '-';
  let n = initialN;
  let delta = 0;
  let bias = initialBias;
  while (handled < len) {
    // the smallest code point not handled yet
    let m = maxInt;
    for (const c of codePoints) if (c >= n && c < m) m = c;
    const handledPlusOne = handled + 1;
    if (m - n > Math.floor((maxInt - delta) / handledPlusOne)) fail('overflow');
    delta += (m - n) * handledPlusOne;
    n = m;
    for (const c of codePoints) {
      if (c < n && ++delta > maxInt) fail('overflow');
      if (c !== n) continue;
      let q = delta;
      for (let k = base; ; k += base) {
        const t = threshold(k, bias);
        if (q < t) break;
        out += digitChar(t + ((q - t) % (base - t)));
        q = Math.floor((q - t) / (base - t));
      }
      out += digitChar(q);
      bias = adapt(delta, handledPlusOne, handled === basicLength);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return out;
}

// Applies fn to each label of a domain; an email's local part (before the
// first '@', up to the second) is left as is. All four IDNA dots separate.
function mapDomain(domain, fn) {
  let prefix = '';
  const parts = domain.split('@');
  if (parts.length > 1) {
    prefix = `${parts[0]}@`;
    domain = parts[1];
  }
  const labels = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.');
  return prefix + labels.map(fn).join('.');
}

function toUnicode(input) {
  return mapDomain(input, (label) => (label.startsWith('xn--') ? decode(label.slice(4).toLowerCase()) : label));
}

function toASCII(input) {
  return mapDomain(input, (label) => (/[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
