'use strict';
// util.MIMEType and util.MIMEParams: MIME types parsed and serialized by the
// WHATWG MIME Sniffing algorithms. State lives in private fields, so
// util.inspect shows `MIMEType {}` as Node does.

let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);

// HTTP token code points: ASCII alphanumerics and !#$%&'*+-.^_`|~
const kToken = new Uint8Array(128);
for (const c of "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
  kToken[c.charCodeAt(0)] = 1;

const isTokenChar = (code) => code < 128 && kToken[code] === 1;
// HTTP quoted-string token code points: tab, 0x20-0x7E, 0x80-0xFF
const isQuotedChar = (code) => code === 9 || (code >= 0x20 && code <= 0x7e) || (code >= 0x80 && code <= 0xff);
const isHttpSpace = (code) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

// index of the first character failing `ok`, or -1
function firstInvalid(str, ok) {
  for (let i = 0; i < str.length; i++) if (!ok(str.charCodeAt(i))) return i;
  return -1;
}

function asciiLower(str) {
  let out = '';
  let from = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) {
      out += str.slice(from, i) + String.fromCharCode(c + 32);
      from = i + 1;
    }
  }
  return from === 0 ? str : out + str.slice(from);
}

function trimHttpSpace(str, start, end) {
  while (start < end && isHttpSpace(str.charCodeAt(start))) start++;
  while (end > start && isHttpSpace(str.charCodeAt(end - 1))) end--;
  return [start, end];
}

function syntaxError(production, str, index) {
  return new (codes().ERR_INVALID_MIME_SYNTAX)(production, str, index);
}

// A type or subtype given to a setter: a non-empty HTTP token, lowercased.
function checkToken(production, value) {
  const bad = firstInvalid(value, isTokenChar);
  if (value.length === 0 || bad !== -1) throw syntaxError(production, value, bad);
  return asciiLower(value);
}

function serializeValue(value) {
  if (value.length !== 0 && firstInvalid(value, isTokenChar) === -1) return value;
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
  }
  return `${out}"`;
}

// MIMEParams keeps its map private; the parser below fills it through this.
let paramsData;

class MIMEParams {
  #data = new Map();

  static {
    paramsData = (params) => params.#data;
  }

  delete(name) {
    this.#data.delete(asciiLower(`${name}`));
  }

  get(name) {
    const value = this.#data.get(asciiLower(`${name}`));
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#data.has(asciiLower(`${name}`));
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = firstInvalid(name, isTokenChar);
    if (name.length === 0 || badName !== -1) throw syntaxError('parameter name', name, badName);
    const badValue = firstInvalid(value, isQuotedChar);
    if (badValue !== -1) throw syntaxError('parameter value', value, badValue);
    this.#data.set(asciiLower(name), value);
  }

  * entries() {
    yield* this.#data.entries();
  }

  * keys() {
    yield* this.#data.keys();
  }

  * values() {
    yield* this.#data.values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#data) {
      if (out.length !== 0) out += ';';
      out += `${name}=${serializeValue(value)}`;
    }
    return out;
  }
}

for (const [key, value] of [[Symbol.iterator, MIMEParams.prototype.entries],
  ['toJSON', MIMEParams.prototype.toString]]) {
  Object.defineProperty(MIMEParams.prototype, key, { value, writable: true, configurable: true });
}
const paramsToString = MIMEParams.prototype.toString;

// The parameter part of a MIME type (the WHATWG algorithm from the ';' after
// the subtype): malformed parameters are skipped, the first of a name wins.
function parseParams(str, pos, end, data) {
  while (pos < end) {
    pos++; // the ';'
    while (pos < end && isHttpSpace(str.charCodeAt(pos))) pos++;
    let stop = pos;
    while (stop < end && str[stop] !== ';' && str[stop] !== '=') stop++;
    const name = asciiLower(str.slice(pos, stop));
    pos = stop;
    if (pos < end) {
      if (str[pos] === ';') continue;
      pos++; // the '='
    }
    if (pos >= end) break;
    let value;
    if (str[pos] === '"') {
      // quoted string: backslash escapes the next character
      value = '';
      pos++;
      while (pos < end) {
        const ch = str[pos];
        if (ch === '"') break;
        if (ch === '\\') {
          pos++;
          if (pos >= end) {
            value += '\\';
            break;
          }
          value += str[pos];
        } else {
          value += ch;
        }
        pos++;
      }
      while (pos < end && str[pos] !== ';') pos++;
    } else {
      stop = pos;
      while (stop < end && str[stop] !== ';') stop++;
      let last = stop;
      while (last > pos && isHttpSpace(str.charCodeAt(last - 1))) last--;
      value = str.slice(pos, last);
      pos = stop;
      if (value.length === 0) continue;
    }
    if (name.length !== 0 && firstInvalid(name, isTokenChar) === -1 &&
        firstInvalid(value, isQuotedChar) === -1 && !data.has(name)) {
      data.set(name, value);
    }
  }
}

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string) {
    string = `${string}`;
    const [start, end] = trimHttpSpace(string, 0, string.length);
    const slash = string.indexOf('/', start);
    const typeEnd = slash === -1 || slash >= end ? end : slash;
    const type = string.slice(start, typeEnd);
    const badType = firstInvalid(type, isTokenChar);
    if (type.length === 0 || badType !== -1 || typeEnd === end) throw syntaxError('type', string, badType);
    let semi = string.indexOf(';', typeEnd + 1);
    if (semi === -1 || semi > end) semi = end;
    let subEnd = semi;
    while (subEnd > typeEnd + 1 && isHttpSpace(string.charCodeAt(subEnd - 1))) subEnd--;
    const subtype = string.slice(typeEnd + 1, subEnd);
    const badSub = firstInvalid(subtype, isTokenChar);
    if (subtype.length === 0 || badSub !== -1) throw syntaxError('subtype', string, badSub);
    this.#type = asciiLower(type);
    this.#subtype = asciiLower(subtype);
    this.#params = new MIMEParams();
    parseParams(string, semi, end, paramsData(this.#params));
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    this.#type = checkToken('type', `${value}`);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    this.#subtype = checkToken('subtype', `${value}`);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = Reflect.apply(paramsToString, this.#params, []);
    return params.length === 0 ? `${this.#type}/${this.#subtype}` : `${this.#type}/${this.#subtype};${params}`;
  }
}

Object.defineProperty(MIMEType.prototype, 'toJSON', {
  value: MIMEType.prototype.toString, writable: true, configurable: true,
});

module.exports = { MIMEType, MIMEParams };
