'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding). UTF-8 is decoded by the
// buffer loops; every other encoding by internalBinding('encoding'): ICU
// converters for UTF-16 and the CJK encodings, tables for the single-byte
// ones (src/bind/encoding.c).

const binding = internalBinding('buffer');
const native = internalBinding('encoding');
const {
  codes: {
    ERR_ENCODING_INVALID_ENCODED_DATA, ERR_ENCODING_NOT_SUPPORTED, ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { isAnyArrayBuffer, isTypedArray, isUint8Array } = require('internal/util/types');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const UTF8 = 1;
const UTF16LE = 2;

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
    if (!isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const [read, written] = binding.encodeInto(src, dest);
    return { read, written };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return inspect({ encoding: 'utf-8' }, options);
  }
}

// Every WHATWG label, grouped under the encoding it names.
const labels = new Map();
for (const [name, list] of [
  ['utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
    'x-unicode20utf8']],
  ['ibm866', ['866', 'cp866', 'csibm866', 'ibm866']],
  ['iso-8859-2', ['csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592',
    'iso_8859-2', 'iso_8859-2:1987', 'l2', 'latin2']],
  ['iso-8859-3', ['csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593',
    'iso_8859-3', 'iso_8859-3:1988', 'l3', 'latin3']],
  ['iso-8859-4', ['csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594',
    'iso_8859-4', 'iso_8859-4:1988', 'l4', 'latin4']],
  ['iso-8859-5', ['csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144', 'iso8859-5',
    'iso88595', 'iso_8859-5', 'iso_8859-5:1988']],
  ['iso-8859-6', ['arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic',
    'ecma-114', 'iso-8859-6', 'iso-8859-6-e', 'iso-8859-6-i', 'iso-ir-127', 'iso8859-6',
    'iso88596', 'iso_8859-6', 'iso_8859-6:1987']],
  ['iso-8859-7', ['csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-8859-7',
    'iso-ir-126', 'iso8859-7', 'iso88597', 'iso_8859-7', 'iso_8859-7:1987', 'sun_eu_greek']],
  ['iso-8859-8', ['csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8', 'iso-8859-8-e',
    'iso-ir-138', 'iso8859-8', 'iso88598', 'iso_8859-8', 'iso_8859-8:1988', 'visual']],
  ['iso-8859-8-i', ['csiso88598i', 'iso-8859-8-i', 'logical']],
  ['iso-8859-10', ['csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10', 'iso885910', 'l6',
    'latin6']],
  ['iso-8859-13', ['iso-8859-13', 'iso8859-13', 'iso885913']],
  ['iso-8859-14', ['iso-8859-14', 'iso8859-14', 'iso885914']],
  ['iso-8859-15', ['csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15', 'l9']],
  ['iso-8859-16', ['iso-8859-16']],
  ['koi8-r', ['cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r']],
  ['koi8-u', ['koi8-ru', 'koi8-u']],
  ['macintosh', ['csmacintosh', 'mac', 'macintosh', 'x-mac-roman']],
  ['windows-874', ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620',
    'windows-874']],
  ['windows-1250', ['cp1250', 'windows-1250', 'x-cp1250']],
  ['windows-1251', ['cp1251', 'windows-1251', 'x-cp1251']],
  ['windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
    'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1',
    'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']],
  ['windows-1253', ['cp1253', 'windows-1253', 'x-cp1253']],
  ['windows-1254', ['cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9',
    'iso88599', 'iso_8859-9', 'iso_8859-9:1989', 'l5', 'latin5', 'windows-1254', 'x-cp1254']],
  ['windows-1255', ['cp1255', 'windows-1255', 'x-cp1255']],
  ['windows-1256', ['cp1256', 'windows-1256', 'x-cp1256']],
  ['windows-1257', ['cp1257', 'windows-1257', 'x-cp1257']],
  ['windows-1258', ['cp1258', 'windows-1258', 'x-cp1258']],
  ['x-mac-cyrillic', ['x-mac-cyrillic', 'x-mac-ukrainian']],
  ['gbk', ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk',
    'iso-ir-58', 'x-gbk']],
  ['gb18030', ['gb18030']],
  ['big5', ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5']],
  ['euc-jp', ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp']],
  ['iso-2022-jp', ['csiso2022jp', 'iso-2022-jp']],
  ['shift_jis', ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis',
    'windows-31j', 'x-sjis']],
  ['euc-kr', ['cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean', 'ks_c_5601-1987',
    'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949']],
  // labels of encodings that must not be decoded; opening one fails
  ['replacement', ['csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext', 'iso-2022-kr',
    'replacement']],
  ['utf-16be', ['unicodefffe', 'utf-16be']],
  ['utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
    'utf-16le']],
  ['x-user-defined', ['x-user-defined']],
]) {
  for (const label of list) labels.set(label, name);
}

// The label as given first, then lowercased (String#toLowerCase, as Node,
// so a Kelvin sign matches "k") and trimmed of ASCII whitespace only.
function encodingOf(label) {
  return labels.get(label) ??
    labels.get(label.toLowerCase().replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, ''));
}

// How a decoder reads its input, which decides Node's wording for a bad
// one: UTF-8 (native wording unless streaming), a single-byte table (JS
// wording, stateless so `stream` is never read), an ICU converter.
const UTF8_PATH = 0;
const TABLE_PATH = 1;
const ICU_PATH = 2;
const kTableEncodings = new Set([...labels.values()].filter((n) =>
  n === 'x-user-defined' || n === 'ibm866' || n === 'macintosh' || n === 'x-mac-cyrillic' ||
  n.startsWith('iso-8859-') || n.startsWith('koi8-') || n.startsWith('windows-')));

function nativeTypeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// Node throws this one from C++ for UTF-8 and the ICU encodings: no errno.
function invalidData(encoding) {
  const err = new TypeError(`The encoded data was not valid for encoding ${encoding}`);
  err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
  return err;
}

function badInput(path, stream, input) {
  if (path === TABLE_PATH || (path === UTF8_PATH && stream)) {
    return new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
  }
  const name = path === UTF8_PATH ? 'list' : 'input';
  return nativeTypeError(`The "${name}" argument must be an instance of SharedArrayBuffer, ` +
    'ArrayBuffer or ArrayBufferView.');
}

// The input as a typed array (views other than DataView pass as they are),
// or undefined when it is not one of the accepted kinds; a detached buffer
// reads as empty.
function toBytes(input) {
  try {
    if (ArrayBuffer.isView(input)) {
      if (isTypedArray(input)) return input;
      return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    }
    if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  } catch {
    return new Uint8Array(0);
  }
  return undefined;
}

// The bytes of a typed array as a Uint8Array over the same memory.
function asUint8(v) {
  return isUint8Array(v) ? v : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
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

let hebrewFatalName; // see TextDecoder#tableName

function checkOptions(options) {
  if (options !== null && options !== undefined && typeof options !== 'object' &&
      typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #path;
  #handle; // the native decoder (every path but UTF-8)
  #pending = new Uint8Array(0); // UTF-8 bytes held back by a stream
  #started = false; // UTF-8: the stream has produced text (no BOM after)

  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    checkOptions(options);
    const name = encodingOf(encoding);
    if (name === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    // Node reads each option twice, in this order; getters see the same
    let fatal = false;
    let ignoreBOM = false;
    if (options !== null) {
      fatal = Boolean(options.fatal);
      ignoreBOM = Boolean(options.ignoreBOM);
      void options?.ignoreBOM;
      void options?.fatal;
    }
    this.#encoding = name;
    this.#fatal = fatal;
    this.#ignoreBOM = ignoreBOM;
    if (name === 'utf-8') {
      this.#path = UTF8_PATH;
    } else {
      this.#path = kTableEncodings.has(name) ? TABLE_PATH : ICU_PATH;
      this.#handle = native.open(name, fatal, ignoreBOM);
      if (this.#handle === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(name);
    }
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#encoding in self)) {
      throw new ERR_INVALID_THIS('TextDecoder');
    }
  }

  decode(input = new Uint8Array(0), options = {}) {
    TextDecoder.#check(this);
    checkOptions(options);
    const path = this.#path;
    const stream = path !== TABLE_PATH && options !== null && options !== undefined &&
      Boolean(options.stream);
    const bytes = toBytes(input);
    if (bytes === undefined) throw badInput(path, stream, input);
    if (path === UTF8_PATH) return this.#decodeUtf8(bytes, stream);
    if (this.#fatal && hebrewFatalName === undefined &&
        (this.#encoding === 'iso-8859-8' || this.#encoding === 'iso-8859-8-i')) {
      hebrewFatalName = this.#encoding;
    }
    const s = native.decode(this.#handle, bytes, !stream);
    if (typeof s === 'string') return s;
    if (path === TABLE_PATH) throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#tableName(), undefined);
    throw invalidData(this.#encoding);
  }

  // The name a fatal table decoder reports. Node makes one fatal decoder
  // per index, named by the first encoding to decode with it; iso-8859-8
  // and iso-8859-8-i share theirs.
  #tableName() {
    const name = this.#encoding;
    if (name !== 'iso-8859-8' && name !== 'iso-8859-8-i') return name;
    return hebrewFatalName;
  }

  #decodeUtf8(input, stream) {
    const bytes = concatBytes(this.#pending, asUint8(input));
    const end = stream ? bytes.length - utf8HeldBytes(bytes) : bytes.length;
    this.#pending = stream ? bytes.slice(end) : new Uint8Array(0);
    const chunk = bytes.subarray(0, end);
    if (this.#fatal && !binding.isUtf8(chunk)) {
      // the held bytes go; the BOM state goes only with the stream's end
      this.#pending = new Uint8Array(0);
      if (!stream) this.#started = false;
      throw invalidData('utf-8');
    }
    let s = binding.decode(chunk, 0, chunk.length, UTF8);
    if (!this.#ignoreBOM && !this.#started && s.length > 0) {
      if (s.charCodeAt(0) === 0xFEFF) s = s.slice(1);
      this.#started = true;
    }
    if (!stream) this.#started = false;
    return s;
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
