'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding). The decoder knows utf-8,
// utf-16le, utf-16be and windows-1252 (which the latin1/ascii labels name);
// other encodings need ICU and are refused with ERR_ENCODING_NOT_SUPPORTED.

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_ENCODING_INVALID_ENCODED_DATA, ERR_ENCODING_NOT_SUPPORTED, ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { shared } = require('internal/buffer');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const UTF8 = 1;
const UTF16LE = 2;
const LATIN1 = 3;

class TextEncoder {
  #brand = true;

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#brand in self)) {
      throw new ERR_INVALID_THIS('TextEncoder');
    }
  }

  get encoding() {
    TextEncoder.#check(this);
    return 'utf-8';
  }

  encode(input = '') {
    TextEncoder.#check(this);
    return new Uint8Array(binding.fromString(`${input}`, UTF8));
  }

  encodeInto(src, dest) {
    TextEncoder.#check(this);
    validateString(src, 'src');
    if (!shared.isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const [read, written] = binding.encodeInto(src, dest);
    return { read, written };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return inspect({ encoding: 'utf-8' }, options);
  }
}

const labels = new Map();
for (const [name, list] of [
  ['utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
    'x-unicode20utf8']],
  ['utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
    'utf-16le']],
  ['utf-16be', ['unicodefffe', 'utf-16be']],
  ['windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
    'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1',
    'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']],
]) {
  for (const label of list) labels.set(label, name);
}

// windows-1252 bytes 0x80-0x9F (the rest are latin1)
const kCp1252 = [
  0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039,
  0x152, 0x8D, 0x17D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178,
].map((c) => String.fromCharCode(c));

const kLoneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function toBytes(input) {
  if (shared.isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  // Node's wording for this case
  const err = new TypeError('The "list" argument must be an instance of SharedArrayBuffer, ' +
    'ArrayBuffer or ArrayBufferView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

function concatBytes(a, b) {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// How many bytes at the end of a UTF-8 chunk begin a character that the
// next chunk may still complete.
function utf8HeldBytes(bytes) {
  const len = bytes.length;
  for (let back = 1; back <= 3 && back <= len; back++) {
    const b = bytes[len - back];
    if ((b & 0xC0) === 0x80) continue;
    const need = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    if (need <= back) return 0;
    if (back >= 2) {
      const c = bytes[len - back + 1];
      const lo = b === 0xE0 ? 0xA0 : b === 0xF0 ? 0x90 : 0x80;
      const hi = b === 0xED ? 0x9F : b === 0xF4 ? 0x8F : 0xBF;
      if (c < lo || c > hi) return 0;
    }
    return back;
  }
  return 0;
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = new Uint8Array(0);
  #started = false;

  constructor(encoding = 'utf-8', options = {}) {
    const label = `${encoding}`.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase();
    const name = labels.get(label);
    if (name === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    if (options !== null && options !== undefined && typeof options !== 'object' &&
        typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    this.#encoding = name;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#encoding in self)) {
      throw new ERR_INVALID_THIS('TextDecoder');
    }
  }

  get encoding() {
    TextDecoder.#check(this);
    return this.#encoding;
  }

  get fatal() {
    TextDecoder.#check(this);
    return this.#fatal;
  }

  get ignoreBOM() {
    TextDecoder.#check(this);
    return this.#ignoreBOM;
  }

  decode(input = new Uint8Array(0), options = {}) {
    TextDecoder.#check(this);
    let bytes = toBytes(input);
    if (options !== null && options !== undefined && typeof options !== 'object' &&
        typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const stream = Boolean(options?.stream);
    bytes = concatBytes(this.#pending, bytes);
    let s;
    try {
      s = this.#decodeChunk(bytes, stream);
    } catch (err) {
      this.#reset();
      throw err;
    }
    if (!this.#ignoreBOM && !this.#started && s.length > 0) {
      if (s.charCodeAt(0) === 0xFEFF) s = s.slice(1);
      this.#started = true;
    }
    if (!stream) this.#reset();
    return s;
  }

  #reset() {
    this.#pending = new Uint8Array(0);
    this.#started = false;
  }

  #invalid() {
    return new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding, undefined);
  }

  #decodeChunk(bytes, stream) {
    switch (this.#encoding) {
      case 'utf-8': {
        const end = stream ? bytes.length - utf8HeldBytes(bytes) : bytes.length;
        this.#pending = bytes.slice(end);
        const chunk = bytes.subarray(0, end);
        if (this.#fatal && !binding.isUtf8(chunk)) throw this.#invalid();
        return binding.decode(chunk, 0, chunk.length, UTF8);
      }
      case 'windows-1252':
        this.#pending = new Uint8Array(0);
        return binding.decode(bytes, 0, bytes.length, LATIN1)
          .replace(/[\x80-\x9f]/g, (c) => kCp1252[c.charCodeAt(0) - 0x80]);
      default:
        return this.#decodeUtf16(bytes, stream, this.#encoding === 'utf-16be');
    }
  }

  #decodeUtf16(bytes, stream, bigEndian) {
    let even = bytes.length & ~1;
    if (bigEndian) {
      const swapped = bytes.slice(0, even);
      for (let i = 0; i < even; i += 2) {
        const t = swapped[i];
        swapped[i] = swapped[i + 1];
        swapped[i + 1] = t;
      }
      bytes = concatBytes(swapped, bytes.subarray(even));
    }
    let s = binding.decode(bytes, 0, even, UTF16LE);
    if (stream) {
      const last = s.charCodeAt(s.length - 1);
      if (last >= 0xD800 && last <= 0xDBFF) {
        s = s.slice(0, -1);
        even -= 2;
      }
      const held = bytes.slice(even);
      if (bigEndian) {
        for (let i = 0; i + 1 < held.length; i += 2) {
          const t = held[i];
          held[i] = held[i + 1];
          held[i + 1] = t;
        }
      }
      this.#pending = held;
    } else {
      this.#pending = new Uint8Array(0);
      if (bytes.length & 1) {
        if (this.#fatal) throw this.#invalid();
        // a lead surrogate cut off by the end is the same single error
        const last = s.charCodeAt(s.length - 1);
        if (last >= 0xD800 && last <= 0xDBFF) s = s.slice(0, -1);
        s += '\ufffd';
      }
    }
    if (kLoneSurrogates.test(s)) {
      kLoneSurrogates.lastIndex = 0;
      if (this.#fatal) throw this.#invalid();
      s = s.replace(kLoneSurrogates, '\ufffd');
    }
    return s;
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `TextDecoder ${inspect({
      encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM,
    }, options)}`;
  }
}

for (const C of [TextEncoder, TextDecoder]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, {
    value: C.name, configurable: true, enumerable: false, writable: false,
  });
}
for (const name of ['encoding', 'encode', 'encodeInto']) {
  Object.defineProperty(TextEncoder.prototype, name, { enumerable: true });
}
for (const name of ['encoding', 'fatal', 'ignoreBOM', 'decode']) {
  Object.defineProperty(TextDecoder.prototype, name, { enumerable: true });
}

module.exports = { TextEncoder, TextDecoder };
