'use strict';
// querystring: Node's legacy form-encoding helpers. parse/stringify read
// QueryString.escape/unescape at each call, so replacing them (as some
// packages do) changes how both work, as in Node.

const { Buffer } = require('buffer');

let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);

// 1 for the characters escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const kUnreserved = new Int8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") {
  kUnreserved[c.charCodeAt(0)] = 1;
}
const kHex = Array.from({ length: 256 }, (_, b) => `%${b < 16 ? '0' : ''}${b.toString(16).toUpperCase()}`);

// Hex digit values; -1 for everything else.
function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// Percent-encodes the UTF-8 of str, leaving `unreserved` characters. A
// lone high surrogate at the end is an error; a high one followed by any
// unit pairs with it (low ten bits), and a lone low one is encoded as is:
// that is what Node does.
function encodeStr(str, unreserved) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let lastPos = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (unreserved[c] === 1) continue;
      if (lastPos < i) out += str.slice(lastPos, i);
      lastPos = i + 1;
      out += kHex[c];
      continue;
    }
    if (lastPos < i) out += str.slice(lastPos, i);
    if (c < 0x800) {
      lastPos = i + 1;
      out += kHex[0xc0 | (c >> 6)] + kHex[0x80 | (c & 0x3f)];
      continue;
    }
    if (c < 0xd800 || c >= 0xe000) {
      lastPos = i + 1;
      out += kHex[0xe0 | (c >> 12)] + kHex[0x80 | ((c >> 6) & 0x3f)] + kHex[0x80 | (c & 0x3f)];
      continue;
    }
    ++i;
    if (i >= len) throw new (codes().ERR_INVALID_URI)();
    const low = str.charCodeAt(i) & 0x3ff;
    lastPos = i + 1;
    c = 0x10000 + (((c & 0x3ff) << 10) | low);
    out += kHex[0xf0 | (c >> 18)] + kHex[0x80 | ((c >> 12) & 0x3f)] +
      kHex[0x80 | ((c >> 6) & 0x3f)] + kHex[0x80 | (c & 0x3f)];
  }
  if (lastPos === 0) return str;
  if (lastPos < len) return out + str.slice(lastPos);
  return out;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, kUnreserved);
}

// Bytes of s with %XX decoded (and '+' as a space when decodeSpaces); a '%'
// not followed by two hex digits stays. Other characters keep only their
// low byte, as Node's does.
function unescapeBuffer(s, decodeSpaces) {
  const len = s.length;
  const out = Buffer.allocUnsafe(len);
  let n = 0;
  for (let i = 0; i < len; i++) {
    let c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      c = 32;
    } else if (c === 37 && i < len - 2) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hi < 0 ? -1 : hexValue(s.charCodeAt(i + 2));
      if (lo >= 0) {
        c = hi * 16 + lo;
        i += 2;
      }
    }
    out[n++] = c;
  }
  return out.subarray(0, n);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return QueryString.unescapeBuffer(s, decodeSpaces).toString();
  }
}

// ---------------------------------------------------------------- stringify

function primitiveString(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? `${v}` : '';
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeDefault(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) {
    // 1e21 and above print with a '+' that needs escaping
    return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
  }
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeCustom(v, encode) {
  return encode(primitiveString(v));
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === qsEscape ? encodeDefault : encodeCustom;
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      for (let j = 0; j < v.length; ++j) {
        if (fields) fields += sep;
        fields += ks + convert(v[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v, encode);
    }
  }
  return fields;
}

// ---------------------------------------------------------------- parse

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

// A key or value is only decoded when it holds a '+' or a valid %XX (or
// when the decoder is a custom one); repeated keys collect into an array.
function addKeyVal(obj, key, value, keyEncoded, valEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
  if (value.length > 0 && valEncoded) value = decodeStr(value, decode);
  const cur = obj[key];
  if (cur === undefined) obj[key] = value;
  else if (cur.pop) cur[cur.length] = value; // an array (a decoder may return anything)
  else obj[key] = [cur, value];
}

const codesOf = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
const kAmp = [38];
const kEq = [61];

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;

  const sepCodes = !sep ? kAmp : codesOf(String(sep));
  const eqCodes = !eq ? kEq : codesOf(String(eq));
  const sepLen = sepCodes.length;
  const eqLen = eqCodes.length;

  // pairs counts down to 0; -1 (or a non-integer) never reaches it
  let pairs = 1000;
  if (options && typeof options.maxKeys === 'number') pairs = options.maxKeys > 0 ? options.maxKeys : -1;

  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const customDecode = decode !== qsUnescape;
  // with a custom decoder '+' is handed over as '%20' for it to decode
  const plus = customDecode ? '%20' : ' ';

  let lastPos = 0;
  let sepIdx = 0; // how much of sep (or eq) the last characters matched
  let eqIdx = 0; // eqLen once the pair's key ended
  let key = '';
  let value = '';
  let keyEncoded = customDecode;
  let valEncoded = customDecode;
  let hexRun = 0; // 1 after '%', 2 after '%X': a third hex digit marks encoded

  for (let i = 0; i < qs.length; ++i) {
    const code = qs.charCodeAt(i);

    if (code === sepCodes[sepIdx]) {
      if (++sepIdx < sepLen) continue;
      const end = i - sepIdx + 1;
      if (eqIdx < eqLen) {
        if (lastPos < end) {
          key += qs.slice(lastPos, end);
        } else if (key.length === 0) {
          // an empty pair still counts toward maxKeys
          if (--pairs === 0) return obj;
          lastPos = i + 1;
          sepIdx = eqIdx = 0;
          continue;
        }
      } else if (lastPos < end) {
        value += qs.slice(lastPos, end);
      }
      addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
      if (--pairs === 0) return obj;
      keyEncoded = valEncoded = customDecode;
      key = value = '';
      hexRun = 0;
      lastPos = i + 1;
      sepIdx = eqIdx = 0;
      continue;
    }

    sepIdx = 0;
    if (eqIdx < eqLen) {
      // still in the key
      if (code === eqCodes[eqIdx]) {
        if (++eqIdx === eqLen) {
          const end = i - eqIdx + 1;
          if (lastPos < end) key += qs.slice(lastPos, end);
          hexRun = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        if (code === 37) {
          hexRun = 1;
          continue;
        }
        if (hexRun > 0) {
          if (hexValue(code) >= 0) {
            if (++hexRun === 3) keyEncoded = true;
            continue;
          }
          hexRun = 0;
        }
      }
      if (code === 43) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += plus;
        lastPos = i + 1;
      }
      continue;
    }

    // in the value
    if (code === 43) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += plus;
      lastPos = i + 1;
    } else if (!valEncoded) {
      if (code === 37) {
        hexRun = 1;
      } else if (hexRun > 0) {
        if (hexValue(code) >= 0) {
          if (++hexRun === 3) valEncoded = true;
        } else {
          hexRun = 0;
        }
      }
    }
  }

  if (lastPos < qs.length) {
    if (eqIdx < eqLen) key += qs.slice(lastPos);
    else if (sepIdx < sepLen) value += qs.slice(lastPos);
  } else if (eqIdx === 0 && key.length === 0) {
    return obj;
  }
  addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
