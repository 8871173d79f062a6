'use strict';
// WHATWG URL and URLSearchParams. Parsing and the setters run in C
// (src/url through internalBinding('url')): one call returns the new href
// and fills `offsets` with where each component starts and ends, so the
// getters are string slices.

const binding = internalBinding('url');
const {
  ERR_INVALID_URL, ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS,
  ERR_INVALID_TUPLE, ERR_ARG_NOT_ITERABLE, ERR_INVALID_URL_SCHEME,
  ERR_INVALID_FILE_URL_PATH, ERR_INVALID_FILE_URL_HOST, ERR_INVALID_ARG_VALUE,
} = require('internal/errors').codes;

const customInspect = Symbol.for('nodejs.util.inspect.custom');
let inspectFn;
const inspect = (v, opts) => (inspectFn ??= require('internal/util/inspect').inspect)(v, opts);

// info slots (src/bind/url.c): component offsets out (named in ./url/canonical.js),
// argument lengths in
const kLen0 = 16;
const kLen1 = 17;
const kNone = -1; // an absent port, search or hash (0xffffffff in C)
const offsets = binding.info;
const units = binding.units;
const kUnits = units.length;

const {
  recognize, recognizeAgainst, allOfClass, canonicalHost, canonicalPath, kQuery, kFragment, kDefaultPort,
  kProtocolEnd, kUsernameStart, kUsernameEnd, kPasswordStart, kPasswordEnd, kHostStart, kHostEnd,
  kPort, kPathnameStart, kSearchStart, kHashStart, kScheme, kHostKind,
} = require('internal/url/canonical');

// Puts a and b (b: a string, or undefined) in the shared units for the
// binding; false when they do not fit.
function share(a, b) {
  const n = a.length;
  const m = b === undefined ? 0 : b.length;
  if (n + m > kUnits) return false;
  for (let i = 0; i < n; i++) units[i] = a.charCodeAt(i);
  offsets[kLen0] = n;
  if (b === undefined) {
    offsets[kLen1] = kNone;
  } else {
    for (let i = 0; i < m; i++) units[n + i] = b.charCodeAt(i);
    offsets[kLen1] = m;
  }
  return true;
}

// The href input parses to (against base, a string or undefined) with its
// offsets in `offsets`; -1 when input is not a URL, -2 when base is not.
// Input already in canonical form needs no call into C.
function parseHref(input, base) {
  if (base === undefined) {
    if (recognize(input, offsets)) return input;
  } else if (recognize(base, offsets, true)) {
    const pathStart = offsets[kPathnameStart] | 0;
    const how = recognizeAgainst(input, offsets);
    if (how === 1) return input;
    if (how === 2) return base.slice(0, pathStart) + input;
  }
  const r = share(input, base) ? binding.parse() : binding.parse(input, base);
  return r === 0 ? input : r;
}

function canParse(input, base) {
  if (base === undefined) {
    if (recognize(input, offsets)) return true;
  } else if (recognize(base, offsets, true) && recognizeAgainst(input, offsets) !== 0) {
    return true;
  }
  return share(input, base) ? binding.canParse() : binding.canParse(input, base);
}

// setter numbers (nd_url_setter_t)
const kProtocol = 1;
const kUsername = 2;
const kPassword = 3;
const kHost = 4;
const kHostname = 5;
const kPortSetter = 6;
const kPathname = 7;
const kSearch = 8;
const kHash = 9;

// scheme numbers (nd_url_scheme_t)
const kSchemeOther = 0;
const kSchemeFile = 6;
const kSpecialSchemes = ['', 'http', 'https', 'ws', 'wss', 'ftp', 'file'];

const kInternal = Symbol('kInternal');

// --- application/x-www-form-urlencoded ---

// Percent-decoded bytes read as UTF-8, bad sequences as U+FFFD.
function decodeBytes(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2; cp = b & 0x0f;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3; cp = b & 0x07;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      out += '\ufffd';
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = bytes[j];
      if (c === undefined || c < lo || c > hi) { ok = false; break; }
      lo = 0x80;
      hi = 0xbf;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok) {
      out += '\ufffd';
      i = j;
      continue;
    }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  c |= 0x20;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function percentDecodeSlow(s) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 /* % */ && i + 2 < s.length) {
      const h = hexValue(s.charCodeAt(i + 1));
      const l = hexValue(s.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) {
        bytes.push(h * 16 + l);
        i += 2;
        continue;
      }
    }
    if (c < 0x80) {
      bytes.push(c);
    } else {
      // a well-formed string: re-encode the code point as UTF-8
      const cp = s.codePointAt(i);
      if (cp > 0xffff) i++;
      if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
      else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    }
  }
  return decodeBytes(bytes);
}

// query[start, end) form-decoded; flags says what it holds: 1 a '+',
// 2 a '%' (without either it is taken as is).
function formDecode(query, start, end, flags) {
  let s = query.slice(start, end);
  if (flags === 0) return s;
  if ((flags & 1) !== 0) s = s.replaceAll('+', ' ');
  if ((flags & 2) === 0) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return percentDecodeSlow(s);
  }
}

// Parses a query into the flat [name, value, name, value...] list, in one
// pass that finds the separators and what each part needs decoded.
function parseParams(query) {
  const list = [];
  const len = query.length;
  let start = 0;
  let eq = -1;
  let flags = 0; // formDecode's flags: the name's in bits 0-1, the value's in 2-3
  for (let i = 0; i <= len; i++) {
    const c = i < len ? query.charCodeAt(i) : 38;
    if (c === 38 /* & */) {
      if (i > start) {
        if (eq === -1) {
          list.push(formDecode(query, start, i, flags), '');
        } else {
          list.push(formDecode(query, start, eq, flags & 3), formDecode(query, eq + 1, i, flags >> 2));
        }
      }
      start = i + 1;
      eq = -1;
      flags = 0;
    } else if (c === 61 /* = */) {
      if (eq === -1) eq = i;
    } else if (c === 43 /* + */) {
      flags |= eq === -1 ? 1 : 4;
    } else if (c === 37 /* % */) {
      flags |= eq === -1 ? 2 : 8;
    }
  }
  return list;
}

const needsFormEscape = /[^A-Za-z0-9*\-._]/;
const afterURIComponent = /[!'()~]|%20/g;
const afterURIComponentMap = { '!': '%21', "'": '%27', '(': '%28', ')': '%29', '~': '%7E', '%20': '+' };

function formEncode(s) {
  if (!needsFormEscape.test(s)) return s;
  return encodeURIComponent(s).replace(afterURIComponent, (m) => afterURIComponentMap[m]);
}

function serializeParams(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += `${formEncode(list[i])}=${formEncode(list[i + 1])}`;
  }
  return out;
}

// String conversion with V8's message for symbols (the engine words it differently).
function toStr(v) {
  if (typeof v === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${v}`;
}

const toUSVString = (v) => toStr(v).toWellFormed();

// --- URLSearchParams ---

let paramsForURL; // (url, query) -> a URLSearchParams linked to url
let paramsReset; // (params, query): the URL's query changed
let urlSetQuery; // (url, serialized): a linked URLSearchParams changed
let isSpecialURL; // (url) -> has a special scheme
let checkURL; // (value, member name?): throws V8's TypeError unless value is a URL

let hasList; // (object) -> is it a URLSearchParams
let listOf; // (params) -> its list

function isParams(v) {
  return typeof v === 'object' && v !== null && hasList(v);
}

class URLSearchParams {
  #list = [];
  #url = null;

  static {
    paramsForURL = (url, query) => {
      const p = new URLSearchParams();
      p.#url = url;
      if (query) p.#list = parseParams(query);
      return p;
    };
    paramsReset = (p, query) => {
      p.#list = query ? parseParams(query) : [];
    };
    hasList = (v) => #list in v;
    listOf = (v) => v.#list;
  }

  constructor(init = undefined) {
    if (init === undefined) return;
    if (typeof init === 'object' || typeof init === 'function') {
      if (init !== null) {
        const method = init[Symbol.iterator];
        if (method === URLSearchParams.prototype[Symbol.iterator] && isParams(init)) {
          this.#list = init.#list.slice();
          return;
        }
        if (method != null) {
          if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
          this.#fromPairs(init);
          return;
        }
        this.#fromRecord(init);
        return;
      }
    }
    let s = toUSVString(init);
    if (s.charCodeAt(0) === 63 /* ? */) s = s.slice(1);
    this.#list = parseParams(s);
  }

  #fromPairs(init) {
    const list = this.#list;
    for (const pair of init) {
      if (pair == null) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
      if (Array.isArray(pair)) {
        if (pair.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
        list.push(toUSVString(pair[0]), toUSVString(pair[1]));
        continue;
      }
      if ((typeof pair !== 'object' && typeof pair !== 'function') ||
          typeof pair[Symbol.iterator] !== 'function') {
        throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
      }
      let n = 0;
      for (const item of pair) {
        n++;
        list.push(toUSVString(item));
      }
      if (n !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
    }
  }

  #fromRecord(init) {
    const seen = new Map(); // name -> index of its value in the list
    const list = this.#list;
    for (const key of Reflect.ownKeys(init)) {
      const desc = Reflect.getOwnPropertyDescriptor(init, key);
      if (desc === undefined || !desc.enumerable) continue;
      const name = toUSVString(key);
      const value = toUSVString(init[key]);
      const at = seen.get(name);
      if (at !== undefined) {
        list[at] = value;
      } else {
        seen.set(name, list.length + 1);
        list.push(name, value);
      }
    }
  }

  #update() {
    if (this.#url !== null) urlSetQuery(this.#url, serializeParams(this.#list));
  }

  get size() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return this.#list.length / 2;
  }

  append(name, value) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    const out = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) out.push(list[i + 1]);
    }
    return out;
  }

  has(name, value = undefined) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#list;
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] !== name) {
        i += 2;
      } else if (!found) {
        list[i + 1] = value;
        found = true;
        i += 2;
      } else {
        list.splice(i, 2);
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // by UTF-16 code units, stable (Array#sort is)
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#update();
  }

  entries() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    // the list is read again each step: the callback may change it
    for (let i = 0; i < this.#list.length; i += 2) {
      callback.call(thisArg, this.#list[i + 1], this.#list[i], this);
    }
  }

  keys() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'key');
  }

  values() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'value');
  }

  toString() {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return serializeParams(this.#list);
  }

  [customInspect](depth, options) {
    if (!isParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const inner = { ...options };
    if (depth !== null) inner.depth = depth - 1;
    const list = this.#list;
    const parts = [];
    let width = -2;
    for (let i = 0; i < list.length; i += 2) {
      const part = `${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`;
      parts.push(part);
      width += stripColors(part).length + 2;
    }
    const name = this.constructor.name;
    if (parts.length === 0) return `${name} {}`;
    if (width > options.breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
    return `${name} { ${parts.join(', ')} }`;
  }
}

// eslint-disable-next-line no-control-regex
const colorRegExp = /\u001b\[\d\d?m/g;
const stripColors = (s) => s.replace(colorRegExp, '');



Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, enumerable: false, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', writable: false, enumerable: false, configurable: true,
});
for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
  'forEach', 'keys', 'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, name, { enumerable: true });
}

// --- URLSearchParams iterators ---

const iteratorState = new WeakMap();
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype, {
  next: {
    value: function next() {
      const st = typeof this === 'object' && this !== null ? iteratorState.get(this) : undefined;
      if (st === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      const list = listOf(st.target);
      if (st.index >= list.length) return { value: undefined, done: true };
      const name = list[st.index];
      const value = list[st.index + 1];
      st.index += 2;
      return {
        value: st.kind === 'key' ? name : st.kind === 'value' ? value : [name, value],
        done: false,
      };
    },
    writable: true, enumerable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
  [customInspect]: {
    value: function (depth, options) {
      const st = typeof this === 'object' && this !== null ? iteratorState.get(this) : undefined;
      if (st === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
      const inner = { ...options };
      if (depth !== null) inner.depth = depth - 1;
      const list = listOf(st.target);
      const items = [];
      for (let i = st.index; i < list.length; i += 2) {
        if (st.kind === 'key') items.push(list[i]);
        else if (st.kind === 'value') items.push(list[i + 1]);
        else items.push([list[i], list[i + 1]]);
      }
      const multiline = inspect(items, inner).includes('\n');
      const strs = items.map((v) => inspect(v, inner));
      const body = multiline ? `\n  ${strs.join(',\n  ')}` : ` ${strs.join(', ')}`;
      return `${this[Symbol.toStringTag]} {${body} }`;
    },
    writable: true, configurable: true,
  },
});

function createIterator(target, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  iteratorState.set(it, { target, kind, index: 0 });
  return it;
}

// --- URL ---

function originOf(url) {
  const scheme = url.protocol;
  switch (scheme) {
    case 'http:': case 'https:': case 'ws:': case 'wss:': case 'ftp:':
      return `${scheme}//${url.host}`;
    case 'blob:': {
      const inner = URL.parse(url.pathname);
      if (inner !== null && (inner.protocol === 'http:' || inner.protocol === 'https:')) return inner.origin;
      return 'null';
    }
    default:
      return 'null';
  }
}

// The sliced components of one href, kept for the next read (programs read
// the same URL's pathname or search over and over, as routers do).
class Parts {
  hostname = undefined;
  pathname = undefined;
  search = undefined;
}

const kContext = Symbol('context');
const kOmitted = 0xffffffff;
// scheme numbers as Node's URLContext has them, by ours (nd_url_scheme_t)
const kContextScheme = [1, 0, 2, 3, 5, 4, 6];

class URLContext {
  href = '';
  protocol_end = 0;
  username_end = 0;
  host_start = 0;
  host_end = 0;
  pathname_start = 0;
  search_start = 0;
  hash_start = 0;
  port = 0;
  scheme_type = 1;
  get hasPort() { return this.port !== kOmitted; }
  get hasSearch() { return this.search_start !== kOmitted; }
  get hasHash() { return this.hash_start !== kOmitted; }
}

class URL {
  #href = '';
  #protocolEnd = 0;
  #usernameStart = 0;
  #usernameEnd = 0;
  #passwordStart = 0;
  #passwordEnd = 0;
  #hostStart = 0;
  #hostEnd = 0;
  #port = kNone;
  #pathnameStart = 0;
  #searchStart = kNone;
  #hashStart = kNone;
  #scheme = 0;
  #hostKind = 0; // and the opaque-path flag (bit 8)
  #searchParams = null;
  #parts = null; // components already sliced from this href (Parts)

  static {
    // V8's wording for a receiver without URL's private fields
    checkURL = (o, member) => {
      if (o !== null && typeof o === 'object' && #href in o) return;
      throw new TypeError(member
        ? `Cannot read private member #${member} from an object whose class did not declare it`
        : 'Receiver must be an instance of class URL');
    };
    urlSetQuery = (url, serialized) => url.#setQuery(serialized);
  }

  constructor(input, base = undefined) {
    if (input === kInternal) {
      this.#take(base);
      return;
    }
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toStr(input);
    if (base !== undefined) base = toStr(base);
    const href = parseHref(input, base);
    if (typeof href !== 'string') throw new ERR_INVALID_URL(input, base);
    this.#take(href);
  }

  // takes the href and the offsets the last binding call left
  #take(href) {
    this.#href = href;
    this.#parts = null;
    this.#protocolEnd = offsets[kProtocolEnd] | 0;
    this.#usernameStart = offsets[kUsernameStart] | 0;
    this.#usernameEnd = offsets[kUsernameEnd] | 0;
    this.#passwordStart = offsets[kPasswordStart] | 0;
    this.#passwordEnd = offsets[kPasswordEnd] | 0;
    this.#hostStart = offsets[kHostStart] | 0;
    this.#hostEnd = offsets[kHostEnd] | 0;
    this.#port = offsets[kPort] | 0;
    this.#pathnameStart = offsets[kPathnameStart] | 0;
    this.#searchStart = offsets[kSearchStart] | 0;
    this.#hashStart = offsets[kHashStart] | 0;
    this.#scheme = offsets[kScheme] | 0;
    this.#hostKind = offsets[kHostKind] | 0;
  }

  // a setter in C, given the href's offsets: 0 leaves the href as it was
  #set(action, value) {
    const href = this.#href;
    offsets[kProtocolEnd] = this.#protocolEnd;
    offsets[kUsernameStart] = this.#usernameStart;
    offsets[kUsernameEnd] = this.#usernameEnd;
    offsets[kPasswordStart] = this.#passwordStart;
    offsets[kPasswordEnd] = this.#passwordEnd;
    offsets[kHostStart] = this.#hostStart;
    offsets[kHostEnd] = this.#hostEnd;
    offsets[kPort] = this.#port;
    offsets[kPathnameStart] = this.#pathnameStart;
    offsets[kSearchStart] = this.#searchStart;
    offsets[kHashStart] = this.#hashStart;
    offsets[kScheme] = this.#scheme;
    offsets[kHostKind] = this.#hostKind;
    const r = share(href, value) ? binding.update(action) : binding.update(action, href, value);
    if (typeof r === 'string') this.#take(r);
  }

  // The search and hash setters without C when the value needs no
  // percent-encoding (special URLs: no opaque path to trim).
  #setQueryFast(value) {
    if (this.#scheme === kSchemeOther) return false;
    const skip = value.charCodeAt(0) === 63 /* ? */ ? 1 : 0;
    if (!allOfClass(value, skip, kQuery)) return false;
    const href = this.#href;
    const hashStart = this.#hashStart;
    const end = this.#searchStart !== kNone ? this.#searchStart : hashStart !== kNone ? hashStart : href.length;
    const tail = hashStart !== kNone ? href.slice(hashStart) : '';
    if (value.length === 0) {
      this.#href = href.slice(0, end) + tail;
      this.#parts = null;
      this.#searchStart = kNone;
      if (hashStart !== kNone) this.#hashStart = end;
    } else {
      const query = skip ? value : `?${value}`;
      this.#href = href.slice(0, end) + query + tail;
      this.#parts = null;
      this.#searchStart = end;
      if (hashStart !== kNone) this.#hashStart = end + query.length;
    }
    return true;
  }

  #setFragmentFast(value) {
    if (this.#scheme === kSchemeOther) return false;
    const skip = value.charCodeAt(0) === 35 /* # */ ? 1 : 0;
    if (!allOfClass(value, skip, kFragment)) return false;
    const href = this.#href;
    const end = this.#hashStart !== kNone ? this.#hashStart : href.length;
    if (value.length === 0) {
      this.#href = href.slice(0, end);
      this.#parts = null;
      this.#hashStart = kNone;
    } else {
      this.#href = href.slice(0, end) + (skip ? value : `#${value}`);
      this.#parts = null;
      this.#hashStart = end;
    }
    return true;
  }

  // href with [from, to) replaced by part; the offsets after `to` move
  #splice(from, to, part) {
    const href = this.#href;
    this.#href = href.slice(0, from) + part + href.slice(to);
    this.#parts = null;
    const delta = part.length - (to - from);
    if (delta === 0) return;
    if (this.#pathnameStart >= to) this.#pathnameStart += delta;
    if (this.#searchStart !== kNone && this.#searchStart >= to) this.#searchStart += delta;
    if (this.#hashStart !== kNone && this.#hashStart >= to) this.#hashStart += delta;
  }

  // The pathname, host, hostname and port setters without C for the
  // values a special URL (not file:, which has rules for hosts and drive
  // letters) takes as they are.
  #plainSpecial() {
    return this.#scheme !== kSchemeOther && this.#scheme !== kSchemeFile;
  }

  #setPathFast(value) {
    if (!this.#plainSpecial() || !canonicalPath(value)) return false;
    const href = this.#href;
    const end = this.#searchStart !== kNone ? this.#searchStart
      : this.#hashStart !== kNone ? this.#hashStart : href.length;
    this.#splice(this.#pathnameStart, end, value);
    return true;
  }

  #setHostFast(value) {
    if (!this.#plainSpecial()) return false;
    const kind = canonicalHost(value);
    if (kind === 0) return false;
    const hostEnd = this.#hostEnd;
    this.#splice(this.#hostStart, hostEnd, value);
    this.#hostEnd = this.#hostStart + value.length;
    this.#hostKind = kind;
    return true;
  }

  #setPortFast(value) {
    if (!this.#plainSpecial()) return false;
    const n = value.length;
    let port = kNone;
    if (n !== 0) {
      if (n > 5) return false;
      port = 0;
      for (let i = 0; i < n; i++) {
        const c = value.charCodeAt(i);
        if (c < 48 || c > 57) return false;
        port = port * 10 + c - 48;
      }
      if (port > 65535) return false;
      if (port === kDefaultPort[this.#scheme]) port = kNone;
    }
    this.#splice(this.#hostEnd, this.#pathnameStart, port === kNone ? '' : `:${port}`);
    this.#port = port;
    return true;
  }

  // One special scheme for another (not file:), spelled as it is kept.
  #setProtocolFast(value) {
    if (!this.#plainSpecial()) return false;
    let n = value.length;
    if (value.charCodeAt(n - 1) === 58 /* : */) n--;
    const scheme = kSpecialSchemes.indexOf(n === value.length ? value : value.slice(0, n));
    if (scheme <= 0 || scheme === kSchemeFile) return false;
    const delta = n - (this.#protocolEnd - 1);
    const port = this.#port === kDefaultPort[scheme] ? kNone : this.#port;
    const portText = port === kNone ? '' : `:${port}`;
    const href = this.#href;
    const head = kSpecialSchemes[scheme] + href.slice(this.#protocolEnd - 1, this.#hostEnd) + portText;
    const shift = head.length - this.#pathnameStart; // for what follows the port
    this.#href = head + href.slice(this.#pathnameStart);
    this.#parts = null;
    this.#scheme = scheme;
    this.#port = port;
    this.#protocolEnd += delta;
    this.#usernameStart += delta;
    this.#usernameEnd += delta;
    this.#passwordStart += delta;
    this.#passwordEnd += delta;
    this.#hostStart += delta;
    this.#hostEnd += delta;
    this.#pathnameStart += shift;
    if (this.#searchStart !== kNone) this.#searchStart += shift;
    if (this.#hashStart !== kNone) this.#hashStart += shift;
    return true;
  }

  #setQuery(serialized) {
    if (!this.#setQueryFast(serialized)) this.#set(kSearch, serialized);
  }

  #query() {
    const start = this.#searchStart;
    if (start === kNone) return '';
    const end = this.#hashStart;
    return this.#href.slice(start + 1, end === kNone ? this.#href.length : end);
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toStr(input);
    if (base !== undefined) base = toStr(base);
    const href = parseHref(input, base);
    return typeof href === 'string' ? new URL(kInternal, href) : null;
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toStr(url);
    if (base !== undefined) base = toStr(base);
    return canParse(url, base);
  }

  static createObjectURL(obj) {
    return require('internal/blob').createObjectURL(obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    require('internal/blob').revokeObjectURL(`${url}`);
  }

  toString() {
    checkURL(this);
    return this.#href;
  }

  get href() {
    checkURL(this);
    return this.#href;
  }

  set href(value) {
    checkURL(this, 'context');
    value = toStr(value);
    const href = parseHref(value, undefined);
    if (typeof href !== 'string') throw new ERR_INVALID_URL(value);
    this.#take(href);
    if (this.#searchParams !== null) paramsReset(this.#searchParams, this.#query());
  }

  get origin() {
    checkURL(this, 'context');
    return originOf(this);
  }

  get protocol() {
    checkURL(this, 'context');
    return this.#href.slice(0, this.#protocolEnd);
  }

  set protocol(value) {
    checkURL(this, 'context');
    value = toStr(value);
    if (!this.#setProtocolFast(value)) this.#set(kProtocol, value);
  }

  get username() {
    checkURL(this, 'context');
    return this.#href.slice(this.#usernameStart, this.#usernameEnd);
  }

  set username(value) {
    checkURL(this, 'context');
    this.#set(kUsername, toStr(value));
  }

  get password() {
    checkURL(this, 'context');
    return this.#href.slice(this.#passwordStart, this.#passwordEnd);
  }

  set password(value) {
    checkURL(this, 'context');
    this.#set(kPassword, toStr(value));
  }

  get host() {
    checkURL(this, 'context');
    const host = this.#href.slice(this.#hostStart, this.#hostEnd);
    return this.#port === kNone ? host : `${host}:${this.#port}`;
  }

  set host(value) {
    checkURL(this, 'context');
    value = toStr(value);
    if (!this.#setHostFast(value)) this.#set(kHost, value);
  }

  get hostname() {
    checkURL(this, 'context');
    const parts = this.#parts ??= new Parts();
    return parts.hostname ??= this.#href.slice(this.#hostStart, this.#hostEnd);
  }

  set hostname(value) {
    checkURL(this, 'context');
    value = toStr(value);
    if (!this.#setHostFast(value)) this.#set(kHostname, value);
  }

  get port() {
    checkURL(this, 'context');
    return this.#port === kNone ? '' : `${this.#port}`;
  }

  set port(value) {
    checkURL(this, 'context');
    value = toStr(value);
    if (!this.#setPortFast(value)) this.#set(kPortSetter, value);
  }

  get pathname() {
    checkURL(this, 'context');
    const parts = this.#parts ??= new Parts();
    return parts.pathname ??= this.#pathname();
  }

  #pathname() {
    const href = this.#href;
    const end = this.#searchStart !== kNone ? this.#searchStart
      : this.#hashStart !== kNone ? this.#hashStart : href.length;
    return href.slice(this.#pathnameStart, end);
  }

  set pathname(value) {
    checkURL(this, 'context');
    value = toStr(value);
    if (!this.#setPathFast(value)) this.#set(kPathname, value);
  }

  get search() {
    checkURL(this);
    const parts = this.#parts ??= new Parts();
    return parts.search ??= this.#search();
  }

  #search() {
    const start = this.#searchStart;
    if (start === kNone) return '';
    const href = this.#href;
    const end = this.#hashStart === kNone ? href.length : this.#hashStart;
    return end - start <= 1 ? '' : href.slice(start, end);
  }

  set search(value) {
    checkURL(this, 'context');
    value = toStr(value);
    if (!this.#setQueryFast(value)) this.#set(kSearch, value);
    if (this.#searchParams !== null) paramsReset(this.#searchParams, this.#query());
  }

  get searchParams() {
    checkURL(this, 'searchParams');
    if (this.#searchParams === null) this.#searchParams = paramsForURL(this, this.#query());
    return this.#searchParams;
  }

  get hash() {
    checkURL(this, 'context');
    const start = this.#hashStart;
    if (start === kNone || this.#href.length - start <= 1) return '';
    return this.#href.slice(start);
  }

  set hash(value) {
    checkURL(this, 'context');
    value = toStr(value);
    if (!this.#setFragmentFast(value)) this.#set(kHash, value);
  }

  // The offsets as Node's URLContext shows them (util.inspect showHidden):
  // the host starts at '@' when there are credentials, absent is 2**32 - 1.
  #context() {
    const ctx = new URLContext();
    const creds = this.#usernameEnd > this.#usernameStart || this.#passwordEnd > this.#passwordStart;
    ctx.href = this.#href;
    ctx.protocol_end = this.#protocolEnd;
    ctx.username_end = creds ? this.#usernameEnd : this.#usernameStart;
    ctx.host_start = creds ? this.#hostStart - 1 : this.#hostStart;
    ctx.host_end = this.#hostEnd;
    ctx.pathname_start = this.#pathnameStart;
    ctx.search_start = this.#searchStart === kNone ? kOmitted : this.#searchStart;
    ctx.hash_start = this.#hashStart === kNone ? kOmitted : this.#hashStart;
    ctx.port = this.#port === kNone ? kOmitted : this.#port;
    ctx.scheme_type = kContextScheme[this.#scheme];
    return ctx;
  }

  toJSON() {
    checkURL(this);
    return this.#href;
  }

  [customInspect](depth, options) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    if (options?.showHidden) obj[kContext] = this.#context();
    const name = typeof this.constructor === 'function' ? this.constructor.name : 'URL';
    return `${name} ${inspect(obj, options)}`;
  }

  static {
    // for url.format(URL)
    isSpecialURL = (url) => url.#scheme !== kSchemeOther;
  }
}

Object.defineProperty(URL.prototype, Symbol.toStringTag, {
  value: 'URL', writable: false, enumerable: false, configurable: true,
});
for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, name, { enumerable: true });
}
for (const name of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  Object.defineProperty(URL, name, { enumerable: true });
}

// Node's duck test for a URL: what fileURLToPath and fs accept.
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

// --- file: URLs and paths ---

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

function encodedSlash(pathname, backslashToo) {
  for (let i = 0; i < pathname.length; i++) {
    if (pathname.charCodeAt(i) !== 37) continue;
    const hi = pathname[i + 1];
    const lo = pathname.charCodeAt(i + 2) | 0x20;
    if ((hi === '2' && lo === 102) || (backslashToo && hi === '5' && lo === 99)) return true;
  }
  return false;
}

// ERR_INVALID_FILE_URL_PATH carrying the URL, as Node's does
function invalidPath(message, url) {
  const err = new ERR_INVALID_FILE_URL_PATH(message);
  err.input = url;
  return err;
}

function fileURLPathname(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return path;
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? process.platform === 'win32';
  const url = fileURLPathname(path);
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (windows) {
    if (encodedSlash(pathname, true)) {
      throw invalidPath('must not include encoded \\ or / characters', url);
    }
    pathname = decodeURIComponent(pathname.replaceAll('/', '\\'));
    if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
    const letter = pathname.codePointAt(1) | 0x20;
    if (letter < 97 || letter > 122 || pathname[2] !== ':') {
      throw invalidPath('must be absolute', url);
    }
    return pathname.slice(1);
  }
  if (hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  if (encodedSlash(pathname, false)) {
    throw invalidPath('must not include encoded / characters', url);
  }
  return decodeURIComponent(pathname);
}

// The path's bytes, for paths that are not UTF-8 (posix only, as Node).
function fileURLToPathBuffer(path, options = undefined) {
  const { Buffer } = require('buffer');
  const windows = options?.windows ?? process.platform === 'win32';
  if (windows) return Buffer.from(fileURLToPath(path, options));
  const url = fileURLPathname(path);
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (encodedSlash(pathname, false)) {
    throw invalidPath('must not include encoded / characters', url);
  }
  const bytes = [];
  const raw = Buffer.from(pathname, 'utf8');
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === 37 && i + 2 < raw.length) {
      const h = hexValue(raw[i + 1]);
      const l = hexValue(raw[i + 2]);
      if (h >= 0 && l >= 0) {
        bytes.push(h * 16 + l);
        i += 2;
        continue;
      }
    }
    bytes.push(raw[i]);
  }
  return Buffer.from(bytes);
}

// What the pathname setter would drop or misread, encoded first.
function escapePath(p, windows) {
  p = p.replaceAll('%', '%25');
  if (!windows) p = p.replaceAll('\\', '%5C');
  // Node also escapes [ ] | ~, which the URL path set leaves alone
  return p.replaceAll('\n', '%0A').replaceAll('\r', '%0D').replaceAll('\t', '%09')
    .replaceAll('#', '%23').replaceAll('?', '%3F').replaceAll('[', '%5B').replaceAll(']', '%5D')
    .replaceAll('|', '%7C').replaceAll('~', '%7E');
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options?.windows ?? process.platform === 'win32';
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  const pathModule = require('path');
  if (windows && filepath.startsWith('\\\\')) {
    // UNC: \\server\share\resource, or \\?\UNC\server\share\resource
    const extended = filepath.startsWith('\\\\?\\UNC\\');
    const prefix = extended ? 8 : 2;
    const hostEnd = filepath.indexOf('\\', prefix);
    if (hostEnd === -1) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    if (hostEnd === 2) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    const hostname = filepath.slice(prefix, hostEnd);
    const url = new URL('file://');
    url.hostname = hostname;
    url.pathname = escapePath(filepath.slice(hostEnd).replaceAll('\\', '/'), true);
    return url;
  }
  let resolved = windows ? pathModule.win32.resolve(filepath) : pathModule.posix.resolve(filepath);
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 47 || (windows && last === 92)) &&
      resolved[resolved.length - 1] !== (windows ? '\\' : '/')) {
    resolved += '/';
  }
  if (windows) resolved = resolved.replaceAll('\\', '/');
  return new URL(`file://${windows ? '/' : ''}${escapePath(resolved, windows)}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

function urlToHttpOptions(url) {
  if (url === null || (typeof url !== 'object' && typeof url !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('url', 'object', url);
  }
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url, // in case the url object was extended by the user
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

module.exports = {
  URL,
  URLSearchParams,
  isURL,
  isSpecialURL,
  toUSVString,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  fileURLToPathBuffer,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  parseParams,
  serializeParams,
  isParams,
};
