'use strict';
// util.inspect and util.format with Node's output for plain values: primitives,
// arrays, objects, Map/Set, typed arrays, class instances, functions, Dates,
// RegExps, errors, boxed primitives, circular references, and Node's
// line-breaking rules (breakLength, compact, array grouping).
// Promise state, proxy details and iterator previews come from the engine
// through internalBinding('util'). Not here: WeakMap/WeakSet entries (the
// engine does not expose them).

// Captured at load: a program replacing Object.keys & co. must not break inspect.
const {
  assign: ObjectAssign,
  create: ObjectCreate,
  defineProperty: ObjectDefineProperty,
  entries: ObjectEntries,
  freeze: ObjectFreeze,
  getOwnPropertyDescriptor: ObjectGetOwnPropertyDescriptor,
  getOwnPropertyNames: ObjectGetOwnPropertyNames,
  getOwnPropertySymbols: ObjectGetOwnPropertySymbols,
  getPrototypeOf: ObjectGetPrototypeOf,
  is: ObjectIs,
  keys: ObjectKeys,
  seal: ObjectSeal,
  setPrototypeOf: ObjectSetPrototypeOf,
} = Object;

const defaults = ObjectSeal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const ErrorPrototype = Error.prototype;

// The braces of plain objects and arrays, shared (never written).
const OBJECT_BRACES = ObjectFreeze(['{', '}']);
const ARRAY_BRACES = ObjectFreeze(['[', ']']);

// How a list of formatted entries is laid out.
const KIND_OBJECT = 0; // "key: value" entries
const KIND_ARRAY_ENTRY = 1; // an array slot: the value alone
const KIND_ARRAY = 2; // an array-like container (may be grouped in columns)

const MIN_SPLIT_STRING = 16;
const identRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const indexRe = /^(0|[1-9][0-9]*)$/;
// control characters, quote, backslash and lone surrogates (with the u flag
// a surrogate pair is one code point, outside the range; no lookbehind,
// which would have the engine load ICU)
const needsEscapeAll = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/gu;
const vtControlRe = new RegExp('(?:\\u001B\\][\\s\\S]*?(?:\\u0007|\\u001B\\u005C|\\u009C))|' +
  '[\\u001B\\u009B][[\\]()#;?]*(?:\\d{1,4}(?:[;:]\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~]', 'g');

// --- brand checks (no engine binding needed: the built-in getters throw on
// foreign receivers) ---
const {
  uncurry, getter, TypedArrayProto, typedArrayTag, mapSize, setSize, arrayBufferByteLength,
  sharedArrayBufferByteLength, dataViewBuffer, regExpSource, dateGetTime, weakMapHas, weakSetHas,
} = require('internal/util/brands');
const typedArrayLength = getter(TypedArrayProto, 'length');
const mapEntries = uncurry(Map.prototype.entries);
const FunctionCall = uncurry(Function.prototype.call);
const setValues = uncurry(Set.prototype.values);
const types = require('internal/util/types');
const esmNamespace = require('internal/modules/esm/namespace');
const { promiseState, proxyDetails, iteratorSource, iteratorSeek, typeOf, objectShape } =
  internalBinding('util');
const setIteratorValues = uncurry(Set.prototype.values);
const objectToString = uncurry(Object.prototype.toString);
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const objectLookupGetter = Object.prototype.__lookupGetter__;
const lookupGetter = (o, k) => objectLookupGetter.call(o, k);
const fnToString = uncurry(Function.prototype.toString);
const StringEndsWith = uncurry(String.prototype.endsWith);
const StringStartsWith = uncurry(String.prototype.startsWith);
const StringIncludes = uncurry(String.prototype.includes);

// One engine type lookup per object decides the kinds that have no cheap
// brand check: kind numbers indexed by the engine's type number.
const T_OTHER = 0;
const T_PROXY = 1;
const T_MAP = 2;
const T_SET = 3;
const T_PROMISE = 4;
const T_MAP_ITERATOR = 5;
const T_SET_ITERATOR = 6;
const T_ARGUMENTS = 7;
const T_ORDINARY = 8; // an ordinary object: none of the kinds with brand checks below
const T_ARRAY = 9; // an array
const T_PLAIN_ARRAY = 10; // an array with Array.prototype, no named properties, no accessors
const typeKinds = new Uint8Array(256);
let typeKindsReliable = true;
for (const [kind, samples] of [
  [T_PROXY, [new Proxy({}, {}), new Proxy(function() {}, {})]],
  [T_MAP, [new Map()]],
  [T_SET, [new Set()]],
  [T_PROMISE, [Promise.resolve()]],
  [T_MAP_ITERATOR, [new Map().keys()]],
  [T_SET_ITERATOR, [new Set().keys()]],
  [T_ARRAY, [[], [1.5], new Array(3)]],
  [T_ARGUMENTS, [Function('return arguments')(), Function('a', 'return (() => a, arguments)')(1),
    (function() { return arguments; })()]], // eslint-disable-line prefer-rest-params
]) {
  for (const sample of samples) {
    const t = typeOf(sample);
    if (t < 0 || t > 255 || (typeKinds[t] !== T_OTHER && typeKinds[t] !== kind)) typeKindsReliable = false;
    else typeKinds[t] = kind;
  }
}
// Ordinary objects get their own kind unless the engine gives a special
// object the same type number (then they keep going through every check).
{
  const special = new Set();
  for (const v of [/a/, new Date(), new Error(), new TypeError(), new ArrayBuffer(1), new DataView(new ArrayBuffer(1)),
    new WeakMap(), new WeakSet(), new Number(1), new String(''), new Boolean(true), Object(1n),
    Object(Symbol('s')), Promise.resolve(), () => {}, [], new Uint8Array(1), new Map(), new Set(),
    typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(1) : {}]) {
    special.add(typeOf(v));
  }
  const many = {};
  for (let i = 0; i < 100; i++) many[`p${i}`] = i;
  delete many.p1;
  for (const v of [{}, { a: 1 }, new (class {})(), ObjectCreate(null), many]) {
    const t = typeOf(v);
    if (t >= 0 && t < 256 && !special.has(t) && typeKinds[t] === T_OTHER) typeKinds[t] = T_ORDINARY;
  }
}

// Arrays whose structure is one the engine gives new arrays of each element
// kind: such an array has Array.prototype, no named own properties (so no
// symbols, no extra keys) and elements that are plain data. The samples stay
// alive so that their structure ids are never given to another structure.
const plainArraySamples = [];
const plainArrayShapes = new Set();
{
  const literals = () => [[1, 2, 3], [1.5, 2.5], ['a', 'b'], [{}, []], [1, , 3], [, 'a'], [, 1.5], []];
  const grown = [1];
  const samples = [...literals(), ...literals(), new Array(4), new Array(1, 2), Array.of(1), Array.from([1.5]),
    [1, 2].map(String), 'a b'.split(' '), [1].concat([2]), [1, 2, 3].slice(1), ObjectKeys({ a: 1 }),
    JSON.parse('[1, 2.5, "x", null]'), [...'ab'], [1, 2].filter(Boolean), grown];
  grown.push(1.5);
  grown.push('x');
  for (const sample of samples) {
    const shape = objectShape(sample);
    if (shape < 0 || ObjectGetPrototypeOf(sample) !== Array.prototype ||
        Reflect.ownKeys(sample).some((k) => typeof k !== 'string' || (k !== 'length' && !indexRe.test(k)))) {
      continue;
    }
    plainArraySamples.push(sample);
    plainArrayShapes.add(Math.floor(shape / 256));
  }
}

// The kind of an object; without a usable type table, asked one check at a time.
function kindOf(value) {
  if (typeKindsReliable) {
    const shape = objectShape(value);
    if (shape < 0) return T_OTHER;
    const type = shape % 256;
    const kind = typeKinds[type];
    if (kind === T_ARRAY) return plainArrayShapes.has((shape - type) / 256) ? T_PLAIN_ARRAY : T_OTHER;
    return kind;
  }
  if (proxyDetails(value) !== undefined) return T_PROXY;
  if (types.isMap(value)) return T_MAP;
  if (types.isSet(value)) return T_SET;
  if (types.isPromise(value)) return T_PROMISE;
  if (types.isMapIterator(value)) return T_MAP_ITERATOR;
  if (types.isSetIterator(value)) return T_SET_ITERATOR;
  if (types.isArgumentsObject(value)) return T_ARGUMENTS;
  return T_OTHER;
}

function passes(check, v) {
  try {
    check(v);
    return true;
  } catch {
    return false;
  }
}
const isMap = types.isMap;
const isTypedArray = (v) => typedArrayTag(v) !== undefined;
const isArrayBuffer = (v) => passes(arrayBufferByteLength, v);
const isSharedArrayBuffer = (v) => sharedArrayBufferByteLength !== null &&
  passes(sharedArrayBufferByteLength, v);
const isDataView = (v) => passes(dataViewBuffer, v);
const isRegExp = (v) => v !== RegExp.prototype && passes(regExpSource, v);
const isDate = (v) => passes(dateGetTime, v);
const isWeakMap = (v) => passes((x) => weakMapHas(x, {}), v);
const isWeakSet = (v) => passes((x) => weakSetHas(x, {}), v);
const isError = (v) => Error.isError(v) || v instanceof Error;
const boxedKinds = [
  ['Number', uncurry(Number.prototype.valueOf)],
  ['String', uncurry(String.prototype.valueOf)],
  ['Boolean', uncurry(Boolean.prototype.valueOf)],
  ['BigInt', uncurry(BigInt.prototype.valueOf)],
  ['Symbol', uncurry(Symbol.prototype.valueOf)],
];
function boxedKind(v) {
  for (const kind of boxedKinds) if (passes(kind[1], v)) return kind;
  return null;
}

// Global constructor names (Array, Map...): objects whose toString comes from
// one of these count as built-in for %s.
let builtinNames;
function builtinName(name) {
  if (builtinNames === undefined) {
    builtinNames = new Set(ObjectGetOwnPropertyNames(globalThis)
      .filter((n) => /^[A-Z][a-zA-Z0-9]+$/.test(n)));
  }
  return builtinNames.has(name);
}

// Prototypes whose constructor property user code may have replaced.
let knownProtos;
function knownProto(p) {
  if (knownProtos === undefined) {
    knownProtos = new Map();
    for (const C of [Array, ArrayBuffer, Function, Map, Set, Object, RegExp, Date, DataView,
      Error, AggregateError, RangeError, TypeError, Boolean, Number, String, Promise,
      WeakMap, WeakSet]) knownProtos.set(C.prototype, C);
    knownProtos.set(TypedArrayProto, ObjectGetPrototypeOf(Uint8Array));
  }
  return knownProtos.get(p);
}

function safeInstanceof(v, C) {
  try {
    return v instanceof C;
  } catch {
    return false;
  }
}

// --- strings and numbers ---
const escapes = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\' };
function escapeChar(ch) {
  const c = ch.charCodeAt(0);
  if (escapes[c] !== undefined) return escapes[c];
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return `\\x${c.toString(16).toUpperCase().padStart(2, '0')}`;
  return `\\u${c.toString(16)}`; // a lone surrogate
}

// Quotes a string the way Node does: single quotes unless the text has one,
// then double quotes, then backticks, then escaped single quotes.
// Whether a string has a character quote() must escape (a plain loop: the
// regular expressions below are much slower on short strings).
function needsEscaping(str, quoteCode) {
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x20 || c === quoteCode || c === 0x5c || (c >= 0x7f && c <= 0x9f) ||
        (c >= 0xd800 && c <= 0xdfff)) return true;
  }
  return false;
}

function quote(str) {
  let q = "'";
  if (str.indexOf("'") !== -1) {
    if (str.indexOf('"') === -1) q = '"';
    else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) q = '`';
  }
  const quoteCode = q === "'" ? 0x27 : -1;
  if (!needsEscaping(str, quoteCode)) return `${q}${str}${q}`;
  let out = q;
  let from = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    let esc;
    if (c < 0x20 || c === quoteCode || c === 0x5c || (c >= 0x7f && c <= 0x9f)) {
      esc = escapeChar(str[i]);
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) i++; // a pair: kept
      else esc = escapeChar(str[i]);
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      esc = escapeChar(str[i]); // a trailing surrogate without its lead
    }
    if (esc !== undefined) {
      out += str.slice(from, i) + esc;
      from = i + 1;
    }
  }
  return out + str.slice(from) + q;
}

// Splits after each newline, keeping it.
function splitLines(str) {
  const lines = [];
  let start = 0;
  for (let i = str.indexOf('\n'); i !== -1; i = str.indexOf('\n', start)) {
    lines.push(str.slice(start, i + 1));
    start = i + 1;
  }
  if (start < str.length) lines.push(str.slice(start));
  return lines;
}

function groupDigits(intStr) {
  const start = intStr[0] === '-' ? 1 : 0;
  let out = '';
  let i = intStr.length;
  for (; i >= start + 4; i -= 3) out = `_${intStr.slice(i - 3, i)}${out}`;
  return i === intStr.length ? intStr : intStr.slice(0, i) + out;
}

function groupFraction(fracStr) {
  let out = '';
  let i = 0;
  for (; i < fracStr.length - 3; i += 3) out += `${fracStr.slice(i, i + 3)}_`;
  return i === 0 ? fracStr : out + fracStr.slice(i);
}

function formatNumber(stylize, n, separators) {
  if (ObjectIs(n, -0)) return stylize('-0', 'number');
  const s = `${n}`;
  if (!separators || !Number.isFinite(n) || s.indexOf('e') !== -1) return stylize(s, 'number');
  if (Number.isInteger(n)) return stylize(groupDigits(s), 'number');
  const dot = s.indexOf('.');
  return stylize(`${groupDigits(s.slice(0, dot))}.${groupFraction(s.slice(dot + 1))}`, 'number');
}

function formatBigInt(stylize, n, separators) {
  const s = `${n}`;
  return stylize(`${separators ? groupDigits(s) : s}n`, 'bigint');
}

function formatPrimitive(stylize, v, ctx) {
  switch (typeof v) {
    case 'string': {
      let more = '';
      if (v.length > ctx.maxStringLength) {
        const rest = v.length - ctx.maxStringLength;
        v = v.slice(0, ctx.maxStringLength);
        more = `... ${rest} more character${rest > 1 ? 's' : ''}`;
      }
      // Long multi-line strings are shown one line per piece, joined with +.
      if (ctx.compact !== true && v.length > MIN_SPLIT_STRING &&
          v.length > ctx.breakLength - ctx.indentationLvl - 4) {
        ctx.newlines++;
        return joinList(splitLines(v).map((line) => stylize(quote(line), 'string')),
          ` +${newlineIndent(ctx.indentationLvl + 2)}`) + more;
      }
      return stylize(quote(v), 'string') + more;
    }
    case 'number': return formatNumber(stylize, v, ctx.numericSeparator);
    case 'bigint': return formatBigInt(stylize, v, ctx.numericSeparator);
    case 'boolean': return stylize(`${v}`, 'boolean');
    case 'undefined': return stylize('undefined', 'undefined');
    default:
      ctx.newlines++; // the description is shown as it is
      return stylize(Symbol.prototype.toString.call(v), 'symbol');
  }
}

// --- colors ---
function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style === undefined) return str;
  const color = inspect.colors[style];
  if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  if (typeof style === 'function') return style(str);
  return str;
}

function stylizeNoColor(str) {
  return str;
}

function stripVTControlCharacters(str) {
  return str.replace(vtControlRe, '');
}

function isFullWidth(code) {
  return code >= 0x1100 && (code <= 0x115f || code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) || (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) || (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd));
}

function isZeroWidth(code) {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) || (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0xe0100 && code <= 0xe01ef);
}

// Columns a string takes on a terminal.
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripVTControlCharacters(str);
  let width = 0;
  let i = 0;
  for (; i < str.length; i++) { // ASCII fast path
    const c = str.charCodeAt(i);
    if (c >= 127) break;
    if (c >= 32) width++;
  }
  if (i === str.length) return width;
  for (const ch of str.slice(i).normalize('NFC')) {
    const code = ch.codePointAt(0);
    if (isFullWidth(code)) width += 2;
    else if (!isZeroWidth(code)) width++;
  }
  return width;
}

// --- names and prefixes ---

// The name shown before an object: its constructor's name, found along the
// prototype chain; null when the chain ends without one.
// `isTarget`: obj is the object inspected, so no proxy (asking it whether it
// has a property runs no trap).
function constructorName(obj, ctx, recurseTimes, isTarget = false) {
  if (isTarget && !hasOwn(obj, 'constructor')) {
    // The usual object: a built-in prototype whose constructor answers
    // instanceof the default way; the walk below would name it the same.
    const known = knownProto(ObjectGetPrototypeOf(obj));
    if (known !== undefined && knownProto(obj) === undefined && !hasOwn(known, Symbol.hasInstance) &&
        ObjectGetPrototypeOf(known) === Function.prototype) {
      return known.name;
    }
  }
  const target = obj;
  let first;
  while (obj) {
    const known = knownProto(obj);
    if (known !== undefined && safeInstanceof(target, known)) return known.name;
    const desc = isTarget && obj === target && !hasOwn(obj, 'constructor') ? undefined :
      ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '' &&
        safeInstanceof(target, desc.value)) {
      return String(desc.value.name);
    }
    obj = ObjectGetPrototypeOf(obj);
    if (first === undefined) first = obj;
  }
  if (first === null) return null;
  const own = builtinClassName(target);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${own} <Complex prototype>`;
  const protoName = constructorName(first, ctx, recurseTimes + 1);
  if (protoName === null) {
    return `${own} <${inspect(first, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${own} <${protoName}>`;
}

// V8 names an object by the constructor that made it even once its prototype
// chain has none; the engine keeps no such record, so only the built-in kinds
// are known here (other objects are "Object").
function builtinClassName(obj) {
  if (typeof obj === 'function') return 'Function';
  if (Array.isArray(obj)) return 'Array';
  const tag = typedArrayTag(obj);
  if (tag !== undefined) return tag;
  if (isMap(obj)) return 'Map';
  if (types.isSet(obj)) return 'Set';
  if (isDate(obj)) return 'Date';
  if (isRegExp(obj)) return 'RegExp';
  return 'Object';
}

function getPrefix(ctor, tag, fallback, size = '') {
  if (ctor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '') {
    const dot = tag.lastIndexOf('.');
    if (ctor === (dot >= 1 ? tag.slice(dot + 1) : tag)) return `${tag}${size} `;
    return `${ctor}${size} [${tag}] `;
  }
  return `${ctor}${size} `;
}

function plainPrefix(ctor, tag) {
  return getPrefix(ctor, tag, ctor === null ? (tag === 'Object' ? 'Object' : 'Object') : '');
}

function ownKeys(value, showHidden) {
  const symbols = ObjectGetOwnPropertySymbols(value);
  let keys;
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    for (const s of symbols) keys.push(s);
  } else {
    keys = ObjectKeys(value);
    for (const s of symbols) if (isEnumerable(value, s)) keys.push(s);
  }
  return keys;
}

// Own keys that are not array indices (arrays and typed arrays).
function nonIndexKeys(value, showHidden) {
  const names = showHidden ? ObjectGetOwnPropertyNames(value) : ObjectKeys(value);
  // Indices come first in key order: when the last key is one, all are.
  const last = names.length === 0 ? '0' : names[names.length - 1];
  const keys = indexRe.test(last) && Number(last) <= 2 ** 32 - 2 ? [] :
    names.filter((k) => !indexRe.test(k) || Number(k) > 2 ** 32 - 2);
  for (const s of ObjectGetOwnPropertySymbols(value)) {
    if (showHidden || isEnumerable(value, s)) keys.push(s);
  }
  return keys;
}

function functionBase(ctx, fn, ctor, tag) {
  const src = fnToString(fn);
  if (src.startsWith('class') && src.endsWith('}')) {
    const body = src.slice(5, -1);
    const brace = body.indexOf('{');
    if (brace !== -1 && (!body.slice(0, brace).includes('(') ||
        /^(\s+[^(]*?)\s*{/.test(body.replace(/(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g, '')))) {
      return classBase(fn, ctor, tag);
    }
  }
  // the function's own kind, not its prototype chain
  let type = 'Function';
  if (types.isGeneratorFunction(fn)) type = `Generator${type}`;
  if (types.isAsyncFunction(fn)) type = `Async${type}`;
  let base = `[${type}`;
  if (ctor === null) base += ' (null prototype)';
  if (fn.name === '') base += ' (anonymous)';
  else base += `: ${typeof fn.name === 'string' ? fn.name : formatValue(ctx, fn.name)}`;
  base += ']';
  if (ctor !== type && ctor !== null) base += ` ${ctor}`;
  if (tag !== '' && ctor !== tag) base += ` [${tag}]`;
  return base;
}

function classBase(cls, ctor, tag) {
  const name = (hasOwn(cls, 'name') && cls.name) || '(anonymous)';
  let base = `class ${name}`;
  if (ctor !== 'Function' && ctor !== null) base += ` [${ctor}]`;
  if (tag !== '' && ctor !== tag) base += ` [${tag}]`;
  if (ctor !== null) {
    const superName = ObjectGetPrototypeOf(cls).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function boxedBase(value, kind, ctx, keys, ctor, tag) {
  const [type, valueOf] = kind;
  if (type === 'String') keys.splice(0, value.length); // the indices repeat the string
  let base = `[${type}`;
  if (type !== ctor) base += ctor === null ? ' (null prototype)' : ` (${ctor})`;
  base += `: ${formatPrimitive(stylizeNoColor, valueOf(value), ctx)}]`;
  if (tag !== '' && tag !== ctor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// --- errors ---
let errorStacksModule;
const errorStacks = () => (errorStacksModule ??= require('internal/errors/stack'));

function errorStack(ctx, err) {
  let stack;
  try {
    // errors the engine threw itself still carry its frame format
    stack = errorStacks().toV8Stack(err);
  } catch {
    // a throwing stack getter counts as no stack
  }
  if (stack) {
    if (typeof stack === 'string') return stack;
    ctx.seen.push(err);
    ctx.indentationLvl += 4;
    const s = formatValue(ctx, stack);
    ctx.indentationLvl -= 4;
    ctx.seen.pop();
    return `${Error.prototype.toString.call(err)}\n    ${s}`;
  }
  return Error.prototype.toString.call(err);
}

// Where the frames of `a` repeat a run (> 3) of the frames of `b`.
function sharedFrames(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos === -1 || b.length - pos <= 3) continue;
    const max = Math.min(a.length - i, b.length - pos);
    let len = 1;
    while (len < max && a[i + len] === b[pos + len]) len++;
    if (len > 3) return [len, i];
  }
  return [0, 0];
}

// "Error" in the first line becomes the constructor's name when the two differ.
function fixErrorName(stack, ctor, name, tag) {
  let len = name.length;
  if (typeof name !== 'string') {
    stack = stack.replace(`${name}`, `${name} [${getPrefix(ctor, tag, 'Error').slice(0, -1)}]`);
  }
  // name may be any value: the string methods coerce it, as in Node
  if (ctor === null || (StringEndsWith(name, 'Error') && StringStartsWith(stack, name) &&
      (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (ctor === null) {
      const m = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (m && m[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(ctor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (StringIncludes(prefix, name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : prefix + stack.slice(len);
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

function formatError(err, ctor, tag, ctx, keys) {
  let stack;
  let message;
  let name;
  try {
    stack = errorStack(ctx, err);
  } catch {
    return objectToString(err);
  }
  let messageThrew = false;
  let nameThrew = false;
  try {
    message = err.message;
  } catch {
    messageThrew = true;
  }
  try {
    name = err.name;
  } catch {
    nameThrew = true;
  }
  if (!ctx.showHidden && keys.length !== 0) {
    const drop = (key, check) => {
      const i = keys.indexOf(key);
      if (i !== -1 && check) keys.splice(i, 1);
    };
    drop('stack', true);
    if (!messageThrew) drop('message', typeof message !== 'string' || stack.includes(message));
    if (!nameThrew) drop('name', typeof name !== 'string' || stack.includes(name));
  }
  // V8 keeps `stack` as the first own property of an error; here it lives
  // on Error.prototype (see internal/errors/stack), so it joins the hidden keys
  if (ctx.showHidden && !hasOwn(err, 'stack') && errorStacks().hasStack(err)) keys.unshift('stack');
  if (name === undefined || name === null) name = 'Error';
  const addKey = (key) => {
    if (!keys.includes(key)) keys.push(key);
  };
  if (hasOwn(err, 'cause')) addKey('cause');
  try {
    if (Array.isArray(err.errors) && hasOwn(err, 'errors')) addKey('errors');
  } catch {
    // a throwing errors getter is left out
  }
  if (hasOwn(err, 'error')) addKey('error');
  if (hasOwn(err, 'suppressed')) addKey('suppressed');

  stack = fixErrorName(stack, ctor, name, tag);
  let pos = (message && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += message.length;
  const framesAt = stack.indexOf('\n    at', pos);
  if (framesAt === -1) {
    stack = `[${stack}]`;
  } else {
    const frames = stack.slice(framesAt + 1).split('\n');
    let cause;
    try {
      cause = err.cause;
    } catch {
      // ignored, as Node does
    }
    if (cause != null && isError(cause)) {
      const causeStack = errorStack(ctx, cause);
      const at = causeStack.indexOf('\n    at');
      if (at !== -1) {
        const [len, offset] = sharedFrames(frames, causeStack.slice(at + 1).split('\n'));
        if (len > 0) {
          const skipped = len - 2;
          frames.splice(offset + 1, skipped,
            ctx.stylize(`    ... ${skipped} lines matching cause stack trace ...`, 'undefined'));
        }
      }
    }
    if (frames.length > 10) collapseRepeats(ctx, frames);
    if (ctx.colors) colorFrames(ctx, frames);
    stack = `${stack.slice(0, framesAt)}\n${frames.join('\n')}`;
  }
  if (ctx.indentationLvl !== 0) stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  return stack;
}

// Long stacks (deep recursion) show a run of frames that repeats once, with
// a line saying how many lines it stands for; the period is the one covering
// the most lines.
function collapseRepeats(ctx, frames) {
  const where = new Map();
  for (let i = 0; i < frames.length; i++) {
    const seen = where.get(frames[i]);
    if (seen === undefined) where.set(frames[i], [i]);
    else seen.push(i);
  }
  if (frames.length - where.size <= 3) return;
  const runs = []; // [first collapsed index, period, times]
  for (let i = 0; i < frames.length - 3; i++) {
    const at = where.get(frames[i]);
    const last = at[at.length - 1];
    if (last === i) continue;
    let period = last - i;
    if (period < 3) continue;
    const next = at.indexOf(i) + 1;
    let others; // other periods to try: the steps of the gcd below
    if (next + 1 < at.length) {
      let g = 0;
      for (let k = next; k < at.length; k++) {
        let d = at[k] - i;
        while (d !== 0) {
          if (g !== 0) (others ??= new Set()).add(g);
          [g, d] = [d, g % d];
        }
        if (g === 1) break;
      }
      period = g;
      if (others !== undefined) {
        others.delete(period);
        others = [...others];
      }
    }
    let bestPeriod = period;
    let bestTimes = 0;
    let times = 0;
    for (let j = i + period; ; j += period) {
      let same = 0;
      while (same < period && frames[i + same] === frames[j + same]) same++;
      if (same === period) {
        times++;
        continue;
      }
      if (others === undefined || others.length === 0) break;
      if (times !== 0 && bestPeriod * bestTimes < period * times) {
        bestPeriod = period;
        bestTimes = times;
      }
      period = others.pop();
      j = i;
      times = 0;
    }
    if (bestTimes !== 0 && bestPeriod * bestTimes >= period * times) {
      period = bestPeriod;
      times = bestTimes;
    }
    if (period * times >= 3) {
      runs.push([i + period, period, times]);
      i += period * (times + 1) - 1;
    }
  }
  for (let r = runs.length - 1; r >= 0; r--) {
    const [start, period, times] = runs[r];
    const text = `    ... collapsed ${period * times} duplicate lines matching above ` +
      (times > 1 ? `${period} lines ${times} times...` : 'lines ...');
    frames.splice(start, period * times, ctx.stylize(text, 'undefined'));
  }
}

// Node's colours for stack frames: frames in a built-in module are grey;
// elsewhere package names after node_modules/ are underlined and the working
// directory is grey.
const coreFrameRe = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

function colorFrames(ctx, frames) {
  let cwd;
  try {
    cwd = process.cwd();
  } catch {
    // no working directory to mark
  }
  let cwdUrl;
  for (let i = 0; i < frames.length; i++) {
    let line = frames[i];
    const core = coreFrameRe.exec(line);
    if (core !== null && require.exists(core[1])) {
      frames[i] = ctx.stylize(line, 'undefined');
      continue;
    }
    line = markNodeModules(ctx, line);
    if (typeof cwd === 'string' && cwd !== '') {
      let marked = markCwd(ctx, line, cwd);
      if (marked === line) {
        cwdUrl ??= require('internal/url').pathToFileURL(cwd).href;
        marked = markCwd(ctx, line, cwdUrl);
      }
      line = marked;
    }
    frames[i] = line;
  }
}

// Underlines each package name after a node_modules directory (a scoped
// name keeps its scope); the separator before node_modules ends the name.
function markNodeModules(ctx, line) {
  let out = '';
  let done = 0;
  let from = 0;
  for (;;) {
    const at = line.indexOf('node_modules', from);
    if (at === -1) break;
    const sep = line[at - 1];
    const after = line[at + 12];
    if ((sep !== '/' && sep !== '\\') || (after !== '/' && after !== '\\')) {
      from = at + 1;
      continue;
    }
    const start = at + 13;
    let end = line.indexOf(sep, start);
    if (end !== -1 && line[start] === '@') end = line.indexOf(sep, end + 1);
    if (end === -1) end = line.length;
    out += line.slice(done, start) + ctx.stylize(line.slice(start, end), 'module');
    done = from = end;
  }
  return done === 0 ? line : out + line.slice(done);
}

// Greys the working directory and the separator after it, with the "(" that
// opens the location (then the closing ")" too).
function markCwd(ctx, line, cwd) {
  let at = line.indexOf(cwd);
  if (at === -1) return line;
  let len = cwd.length;
  if (at >= 7 && line.slice(at - 7, at) === 'file://') {
    at -= 7;
    len += 7;
  }
  const paren = line[at - 1] === '(';
  const start = paren ? at - 1 : at;
  const cwdEnd = at + len + 1;
  const closes = paren && line.endsWith(')');
  let out = line.slice(0, start) + ctx.stylize(line.slice(start, cwdEnd), 'undefined') +
    line.slice(cwdEnd, closes ? -1 : line.length);
  if (closes) out += ctx.stylize(')', 'undefined');
  return out;
}

// --- containers ---
const moreItems = (n) => `... ${n} more item${n > 1 ? 's' : ''}`;

function formatArray(ctx, value, recurseTimes) {
  const len = Math.min(Math.max(0, ctx.maxArrayLength), value.length);
  const output = [];
  for (let i = 0; i < len; i++) {
    const desc = ObjectGetOwnPropertyDescriptor(value, i);
    if (desc === undefined) return formatSparseArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, KIND_ARRAY_ENTRY, desc));
  }
  if (value.length > len) output.push(moreItems(value.length - len));
  return output;
}

// formatArray for an array whose elements are known to be plain data.
function formatPlainArray(ctx, value, recurseTimes) {
  const len = Math.min(Math.max(0, ctx.maxArrayLength), value.length);
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, len, output, i);
    ctx.indentationLvl += 2;
    output.push(formatValue(ctx, value[i], recurseTimes));
    ctx.indentationLvl -= 2;
  }
  if (value.length > len) output.push(moreItems(value.length - len));
  return output;
}

// Holes show as "<n empty items>"; `i` is the first hole.
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const n = +key;
    if (n > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!indexRe.test(key)) break;
      const holes = n - index;
      output.push(ctx.stylize(`<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
      index = n;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, KIND_ARRAY_ENTRY));
    index++;
  }
  const rest = value.length - index;
  if (output.length !== maxLength) {
    if (rest > 0) output.push(ctx.stylize(`<${rest} empty item${rest > 1 ? 's' : ''}>`, 'undefined'));
  } else if (rest > 0) {
    output.push(moreItems(rest));
  }
  return output;
}

function formatTypedArray(ctx, value, length, numbers) {
  const max = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = new Array(max);
  const fmt = numbers ? formatNumber : formatBigInt;
  for (let i = 0; i < max; i++) output[i] = fmt(ctx.stylize, value[i], ctx.numericSeparator);
  if (length > max) output[max] = moreItems(length - max);
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const n = Math.min(ctx.maxArrayLength, bytes.length);
  const hex = [];
  for (let i = 0; i < n; i++) hex.push(bytes[i].toString(16).padStart(2, '0'));
  let str = hex.join(' ');
  const rest = bytes.length - ctx.maxArrayLength;
  if (rest > 0) str += ` ... ${rest} more byte${rest > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatSet(ctx, value, recurseTimes) {
  const size = setSize(value);
  const max = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of setValues(value)) {
    if (i++ >= max) break;
    output.push(formatValue(ctx, v, recurseTimes));
  }
  if (size > max) output.push(moreItems(size - max));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const size = mapSize(value);
  const max = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const entry of mapEntries(value)) {
    if (i++ >= max) break;
    output.push(`${formatValue(ctx, entry[0], recurseTimes)} => ${formatValue(ctx, entry[1], recurseTimes)}`);
  }
  if (size > max) output.push(moreItems(size - max));
  ctx.indentationLvl -= 2;
  return output;
}

function formatExtra(ctx, value, recurseTimes, key, typedArray) {
  let v;
  try {
    v = value[key];
  } catch (err) {
    // a DataView over a detached or shrunk buffer: Node shows the buffer's
    // length and no offset
    if ((key !== 'byteLength' && key !== 'byteOffset') || !isDataView(value)) throw err;
    v = key === 'byteLength' ? value.buffer.byteLength : undefined;
  }
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, v, recurseTimes, typedArray);
  ctx.indentationLvl -= 2;
  return `${ctx.stylize(`[${key}]`, 'string')}: ${str}`;
}

// --- the core ---
function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // Proxies are looked through without running their traps.
  let kind = kindOf(value);
  if (kind !== T_PROXY) return formatUnwrapped(ctx, value, recurseTimes, typedArray, value, kind);
  // ES module namespaces are proxies in nodus: shown as Node shows them
  const nsTarget = esmNamespace.namespaceTarget(value);
  if (nsTarget !== undefined) return formatUnwrapped(ctx, nsTarget, recurseTimes, typedArray, value, kindOf(nsTarget));
  const context = value;
  let proxies = 0;
  let details = proxyDetails(value);
  if (details !== undefined) {
    if (ctx.showProxy) {
      if (details[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
      return formatProxy(ctx, details, recurseTimes);
    }
    do {
      if (details[0] === null) {
        let s = ctx.stylize('<Revoked Proxy>', 'special');
        for (let i = 0; i < proxies; i++) s = wrapProxy(ctx, s);
        return s;
      }
      value = details[0];
      details = proxyDetails(value);
      proxies++;
    } while (details !== undefined);
    kind = kindOf(value);
  }
  return formatUnwrapped(ctx, value, recurseTimes, typedArray, context, kind, proxies);
}

function wrapProxy(ctx, str) {
  return `${ctx.stylize('Proxy(', 'special')}${str}${ctx.stylize(')', 'special')}`;
}

// `proxies`: how many proxies were looked through; they wrap the formatted
// object, not what a custom inspect function returns (nor [Circular]).
function formatUnwrapped(ctx, value, recurseTimes, typedArray, context, type, proxies = 0) {
  if (ctx.customInspect) {
    const custom = value[customInspectSymbol];
    if (typeof custom === 'function' && custom !== inspect) {
      const ownCtor = ObjectGetOwnPropertyDescriptor(value, 'constructor');
      const isPrototype = ownCtor !== undefined && ownCtor.value != null &&
        ownCtor.value.prototype === value;
      if (!isPrototype) {
        const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        const crossContext = context !== value || !(context instanceof Object);
        const ret = FunctionCall(custom, context, depth, userOptions(ctx, crossContext), inspect);
        if (ret !== context) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          if (ret.indexOf('\n') === -1) return ret;
          ctx.newlines++;
          return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
        }
      }
    }
  }

  if (ctx.seen.includes(value)) {
    if (ctx.circular === undefined) ctx.circular = new Map();
    let index = ctx.circular.get(value);
    if (index === undefined) {
      index = ctx.circular.size + 1;
      ctx.circular.set(value, index);
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  let formatted = formatRaw(ctx, value, recurseTimes, typedArray, type);
  for (let i = 0; i < proxies; i++) formatted = wrapProxy(ctx, formatted);
  return formatted;
}

// Names of the global constructors (Object, Map, ...): their prototypes'
// accessors are never listed as a class instance's own.
let builtInNames;
function isBuiltInName(name) {
  if (builtInNames === undefined) {
    builtInNames = new Set(ObjectGetOwnPropertyNames(globalThis).filter((k) => /^[A-Z][a-zA-Z0-9]+$/.test(k)));
  }
  return builtInNames.has(name);
}

// With showHidden, an instance of a user class also shows the accessors its
// prototype chain defines (three levels at most, up to the first built-in
// prototype), read on the instance itself; faint in colour.
function prototypeAccessors(ctx, value, recurseTimes) {
  let obj = value;
  let first;
  let start;
  while (obj) {
    const desc = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '' &&
        safeInstanceof(value, desc.value)) {
      if (first !== obj || !isBuiltInName(desc.value.name)) start = first === undefined ? value : first;
      break;
    }
    obj = ObjectGetPrototypeOf(obj);
    if (first === undefined) first = obj;
  }
  if (start === undefined) return undefined;
  const output = [];
  const seenKeys = new Set();
  obj = start;
  ctx.seen.push(value);
  try {
    for (let level = 0; level < 3; level++) {
      if (level !== 0 || obj === value) {
        obj = ObjectGetPrototypeOf(obj);
        if (obj === null) break;
        const desc = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
        if (desc !== undefined && typeof desc.value === 'function' && isBuiltInName(desc.value.name)) break;
      }
      const keys = Reflect.ownKeys(obj);
      for (const key of keys) {
        if (key === 'constructor' || hasOwn(value, key) || seenKeys.has(key)) continue;
        const desc = ObjectGetOwnPropertyDescriptor(obj, key);
        if (typeof desc.value === 'function') continue;
        const str = formatProperty(ctx, value, recurseTimes, key, KIND_OBJECT, desc);
        output.push(ctx.colors ? `\u001b[2m${str}\u001b[22m` : str);
      }
      for (const key of keys) seenKeys.add(key);
    }
  } finally {
    ctx.seen.pop();
  }
  return output;
}

function formatRaw(ctx, value, recurseTimes, typedArray, type) {
  const ctor = constructorName(value, ctx, recurseTimes, true);
  const protoProps = ctx.showHidden && ctor !== null && (ctx.depth === null || recurseTimes <= ctx.depth) ?
    prototypeAccessors(ctx, value, recurseTimes) : undefined;
  let tag = '';
  try {
    tag = value[Symbol.toStringTag];
  } catch {
    // a throwing getter means no tag
  }
  // An own enumerable tag is printed as a key already.
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }
  // Names can bring line breaks of their own; so can function names, error
  // stacks and regular expressions (source and flags may come from getters),
  // counted in their branches below.
  if ((ctor !== null && ctor.indexOf('\n') !== -1) || tag.indexOf('\n') !== -1) ctx.newlines++;
  const newlinesBefore = ctx.newlines;
  let keys;
  let base = '';
  let braces;
  let formatter = null;
  let kind = KIND_OBJECT;
  let extraKeys;
  let handled = false;
  let enumerable = !ctx.showHidden; // every key own and enumerable

  if (type !== T_ORDINARY && (Symbol.iterator in value || ctor === null)) {
    handled = true;
    if (Array.isArray(value)) {
      const prefix = ctor !== 'Array' || tag !== '' ?
        getPrefix(ctor, tag, 'Array', `(${value.length})`) : '';
      const plain = type === T_PLAIN_ARRAY;
      keys = plain && !ctx.showHidden ? [] : nonIndexKeys(value, ctx.showHidden);
      braces = prefix === '' ? ARRAY_BRACES : [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
      kind = KIND_ARRAY;
      formatter = plain ? formatPlainArray : formatArray;
    } else if (type === T_SET) {
      const size = setSize(value);
      const prefix = getPrefix(ctor, tag, 'Set', `(${size})`);
      keys = ownKeys(value, ctx.showHidden);
      formatter = formatSet;
      if (size === 0 && keys.length === 0) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (type === T_MAP) {
      const size = mapSize(value);
      const prefix = getPrefix(ctor, tag, 'Map', `(${size})`);
      keys = ownKeys(value, ctx.showHidden);
      formatter = formatMap;
      if (size === 0 && keys.length === 0) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = nonIndexKeys(value, ctx.showHidden);
      const size = typedArrayLength(value);
      const prefix = getPrefix(ctor, tag, ctor === null ? typedArrayTag(value) : '', `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      // as in Node, the `length` the array shows decides between numbers and
      // bigints (a redefined length shows bigints); without a prototype
      // Node formats a copy that has one
      const shownLength = ctor === null ? size : value.length;
      const numbers = shownLength > 0 && typeof value[0] === 'number';
      formatter = (c, v) => formatTypedArray(c, v, size, numbers);
      kind = KIND_ARRAY;
      if (ctx.showHidden) {
        extraKeys = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
        typedArray = true;
      }
    } else if (type === T_MAP_ITERATOR) {
      keys = ownKeys(value, ctx.showHidden);
      braces = iteratorBraces('Map', tag);
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else if (type === T_SET_ITERATOR) {
      keys = ownKeys(value, ctx.showHidden);
      braces = iteratorBraces('Set', tag);
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else {
      handled = false;
    }
  }
  if (!handled) {
    keys = ownKeys(value, ctx.showHidden);
    braces = OBJECT_BRACES;
    let boxed;
    if (typeof value === 'function') {
      ctx.newlines++;
      base = functionBase(ctx, value, ctor, tag);
      if (keys.length === 0) return ctx.stylize(base, 'special');
    } else if (ctor === 'Object') {
      if (type === T_ARGUMENTS) braces = ['[Arguments] {', '}'];
      else if (tag !== '') braces = [`${getPrefix(ctor, tag, 'Object')}{`, '}'];
      if (keys.length === 0 && (protoProps === undefined || protoProps.length === 0)) return `${braces[0]}}`;
    } else if (ctor === null && esmNamespace.isExportsObject(value)) {
      braces = [`${getPrefix(ctor, tag, 'Module')}{`, '}'];
      if (keys.length === 0) return `${braces[0]}  }`;
    } else if (type === T_ORDINARY && !isError(value)) {
      if (keys.length === 0 && (protoProps === undefined || protoProps.length === 0)) return `${plainPrefix(ctor, tag)}{}`;
      braces = [`${plainPrefix(ctor, tag)}{`, '}'];
    } else if (isRegExp(value)) {
      ctx.newlines++;
      base = RegExp.prototype.toString.call(ctor !== null ? value : new RegExp(value));
      const prefix = getPrefix(ctor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      base = ctx.stylize(base, 'regexp');
      if (keys.length === 0 || (recurseTimes > ctx.depth && ctx.depth !== null)) return base;
    } else if (isDate(value)) {
      base = Number.isNaN(dateGetTime(value)) ? Date.prototype.toString.call(value) :
        Date.prototype.toISOString.call(value);
      const prefix = getPrefix(ctor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      ctx.newlines++;
      base = formatError(value, ctor, tag, ctx, keys);
      enumerable = false; // cause and errors join the keys as they are
      if (keys.length === 0) return base;
    } else if (isArrayBuffer(value) || isSharedArrayBuffer(value)) {
      const prefix = getPrefix(ctor, tag, isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer');
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0) {
        return `${prefix}{ [byteLength]: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces = [`${prefix}{`, '}'];
      extraKeys = ['byteLength'];
    } else if (isDataView(value)) {
      braces = [`${getPrefix(ctor, tag, 'DataView')}{`, '}'];
      extraKeys = ['byteLength', 'byteOffset', 'buffer'];
    } else if (isWeakSet(value)) {
      braces = [`${getPrefix(ctor, tag, 'WeakSet')}{`, '}'];
      formatter = weakItemsUnknown;
    } else if (isWeakMap(value)) {
      braces = [`${getPrefix(ctor, tag, 'WeakMap')}{`, '}'];
      formatter = weakItemsUnknown;
    } else if ((boxed = boxedKind(value)) !== null) {
      base = boxedBase(value, boxed, ctx, keys, ctor, tag);
      if (keys.length === 0) return base;
    } else if (type === T_PROMISE) {
      braces = [`${getPrefix(ctor, tag, 'Promise')}{`, '}'];
      formatter = formatPromise;
    } else {
      if (keys.length === 0) return `${plainPrefix(ctor, tag)}{}`;
      braces = [`${plainPrefix(ctor, tag)}{`, '}'];
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = plainPrefix(ctor, tag).slice(0, -1);
    if (ctor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    if (formatter === null && extraKeys === undefined) {
      // the keys (a fresh array) become their entries in place
      output = keys;
      for (let i = 0; i < keys.length; i++) {
        output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kind, undefined, enumerable);
      }
    } else {
      output = formatter === null ? [] : formatter(ctx, value, recurseTimes);
      if (extraKeys !== undefined) {
        for (const key of extraKeys) output.push(formatExtra(ctx, value, recurseTimes, key, typedArray));
      }
      for (const key of keys) output.push(formatProperty(ctx, value, recurseTimes, key, kind, undefined, enumerable));
    }
    if (protoProps !== undefined) for (const p of protoProps) output.push(p);
  } catch (err) {
    if (!(err instanceof RangeError && /call stack|recursion/i.test(err.message))) throw err;
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(`[${plainPrefix(ctor, tag).slice(0, -1)}: Inspection interrupted ` +
      'prematurely. Maximum call stack size exceeded.]', 'special');
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const ref = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? ref : `${ref} ${base}`;
      else braces = [`${ref} ${braces[0]}`, braces[1]];
    }
  }
  ctx.seen.pop();
  if (ctx.sorted) {
    const cmp = ctx.sorted === true ? undefined : ctx.sorted;
    if (kind === KIND_OBJECT) {
      output.sort(cmp);
    } else if (keys.length > 1) {
      const tail = output.splice(output.length - keys.length).sort(cmp);
      for (const s of tail) output.push(s);
    }
  }
  // Without a colour or user stylize function only the places counted in
  // ctx.newlines make line breaks: when none did, the entries have none.
  const entriesMayBreak = ctx.newlines !== newlinesBefore || ctx.stylize !== stylizeNoColor;
  const res = reduceToSingleString(ctx, output, base, braces, kind, recurseTimes, value, entriesMayBreak);
  // Text produced per indentation level so far: past 2 ** 27 characters on
  // any level, the rest is shown at depth -1, so a huge or deeply circular
  // structure cannot exhaust string sizes or block the loop for long.
  const used = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = used;
  if (used > 2 ** 27) ctx.depth = -1;
  return res;
}

function weakItemsUnknown(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatPromise(ctx, value, recurseTimes) {
  const [state, result] = promiseState(value);
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

// The entries a Map/Set iterator has left, read from a fresh iterator put
// at the same place, so the one inspected does not move.
function iteratorEntries(value) {
  const src = iteratorSource(value);
  if (src === undefined) return { entries: [], pairs: false };
  const [target, kind] = src;
  const map = isMap(target);
  const fresh = map ? mapEntries(target) : setIteratorValues(target);
  if (!iteratorSeek(fresh, value)) return { entries: [], pairs: false };
  const entries = [];
  for (const item of fresh) {
    if (!map) {
      entries.push(item);
      if (kind === 2) entries.push(item);
    } else if (kind === 2) {
      entries.push(item[0], item[1]);
    } else {
      entries.push(item[kind]);
    }
  }
  return { entries, pairs: kind === 2 };
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const { entries, pairs } = iteratorEntries(value);
  const max = Math.max(ctx.maxArrayLength, 0);
  const count = pairs ? entries.length / 2 : entries.length;
  const shown = Math.min(max, count);
  const output = [];
  ctx.indentationLvl += 2;
  if (pairs) {
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    for (let i = 0; i < shown; i++) {
      const pair = [formatValue(ctx, entries[2 * i], recurseTimes),
        formatValue(ctx, entries[2 * i + 1], recurseTimes)];
      output.push(reduceToSingleString(ctx, pair, '', ['[', ']'], KIND_ARRAY_ENTRY, recurseTimes));
    }
  } else {
    for (let i = 0; i < shown; i++) output.push(formatValue(ctx, entries[i], recurseTimes));
  }
  ctx.indentationLvl -= 2;
  if (count > shown) output.push(moreItems(count - shown));
  return output;
}

function iteratorBraces(type, tag) {
  const name = `${type} Iterator`;
  if (tag !== name) tag = tag === '' ? name : `${tag}] [${name}`;
  return [`[${tag}] {`, '}'];
}

function formatProxy(ctx, details, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const output = [formatValue(ctx, details[0], recurseTimes), formatValue(ctx, details[1], recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, output, '', ['Proxy [', ']'], KIND_ARRAY_ENTRY, recurseTimes);
}

// `enumerable`: the key is known to be an own enumerable one; when it is no
// accessor its value is read directly, without a descriptor object.
function formatProperty(ctx, value, recurseTimes, key, kind, desc, enumerable) {
  let str;
  let sep = ' ';
  let data;
  if (desc === undefined) {
    if (enumerable === true && lookupGetter(value, key) === undefined) data = value[key];
    // undefined: a data property holding it, or a setter alone
    if (data === undefined) {
      // an error's inherited `stack` (see formatError) shows as V8's own accessor
      desc = ObjectGetOwnPropertyDescriptor(value, key) ??
        (key === 'stack' ? ObjectGetOwnPropertyDescriptor(ErrorPrototype, 'stack') : undefined);
    }
  } else {
    data = desc.value;
  }
  if (data === undefined && desc !== undefined) data = desc.value;
  if (esmNamespace.isPoison(data)) {
    str = ctx.stylize('<uninitialized>', 'special');
  } else if (data !== undefined || desc.value !== undefined) {
    const diff = ctx.compact !== true || kind !== KIND_OBJECT ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, data, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      ctx.newlines++;
      sep = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const g = ctx.getters;
    if (g && (g === true || (g === 'get' && desc.set === undefined) ||
        (g === 'set' && desc.set !== undefined))) {
      ctx.indentationLvl += 2;
      try {
        const v = desc.get.call(value);
        if (v === null) {
          str = `${ctx.stylize(`[${label}:`, 'special')} ${ctx.stylize('null', 'null')}${ctx.stylize(']', 'special')}`;
        } else if (typeof v === 'object' || typeof v === 'function') {
          str = `${ctx.stylize(`[${label}]`, 'special')} ${formatValue(ctx, v, recurseTimes)}`;
        } else {
          str = `${ctx.stylize(`[${label}:`, 'special')} ${formatPrimitive(ctx.stylize, v, ctx)}${ctx.stylize(']', 'special')}`;
        }
      } catch (err) {
        const msg = `<Inspection threw (${formatValue(ctx, err, recurseTimes)})>`;
        str = `${ctx.stylize(`[${label}:`, 'special')} ${msg}${ctx.stylize(']', 'special')}`;
      }
      ctx.indentationLvl -= 2;
    } else {
      str = ctx.stylize(`[${label}]`, 'special');
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (kind === KIND_ARRAY_ENTRY) return str;
  let name;
  if (typeof key === 'symbol') {
    name = ctx.stylize(Symbol.prototype.toString.call(key).replace(needsEscapeAll, escapeChar), 'symbol');
  } else if (isIdentifier(key)) {
    name = key === '__proto__' ? "['__proto__']" : ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(quote(key), 'string');
  }
  if (desc !== undefined && desc.enumerable === false) name = `[${name}]`;
  // one rope of three parts where it can be (the engine's most per rope)
  return sep === ' ' ? `${name}: ${str}` : `${name}:${sep}${str}`;
}

// /^[a-zA-Z_][a-zA-Z_0-9]*$/ as a loop (the hot path of every key)
function isIdentifier(key) {
  const n = key.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (i !== 0 && c >= 48 && c <= 57)))
      return false;
  }
  return true;
}

// "\n" and `n` spaces, cached: every multi-line container asks for one
const newlineIndents = [];
function newlineIndent(n) {
  let s = newlineIndents[n];
  if (s === undefined) {
    s = `\n${' '.repeat(n)}`;
    if (n < 256) newlineIndents[n] = s;
  }
  return s;
}

// Array.prototype.join copies every (often rope) entry into a new flat
// string at each nesting level; concatenation only links them.
function joinList(list, sep) {
  if (list.length === 0) return '';
  let s = list[0];
  for (let i = 1; i < list.length; i++) s = `${s}${sep}${list[i]}`;
  return s;
}

function fitsOnLine(ctx, output, start, base) {
  if (ctx.breakLength === Infinity) {
    if (base !== '' && base.indexOf('\n') !== -1) return false;
    return !output.some((s) => typeof s === 'string' && s.indexOf('\n') !== -1);
  }
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (const s of output) {
    total += ctx.colors ? stripVTControlCharacters(s).length : s.length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || base.indexOf('\n') === -1;
}

// Lays out the entries: on one line when they fit and are shallow enough
// (compact), else one per line; long arrays of short items go in columns.
// `entriesMayBreak` false: no entry holds a line break (saves reading them).
function reduceToSingleString(ctx, output, base, braces, kind, recurseTimes, value, entriesMayBreak = true) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (kind === KIND_ARRAY && entries > 6) output = groupArrayElements(ctx, output, value);
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (fitsOnLine(ctx, output, start, base)) {
          const joined = joinList(output, ', ');
          if (!entriesMayBreak || joined.indexOf('\n') === -1) {
            if (base === '') {
              // one rope, not two, for the usual braces
              if (braces === OBJECT_BRACES) return `{ ${joined} }`;
              if (braces === ARRAY_BRACES) return `[ ${joined} ]`;
              return `${braces[0]} ${joined} ${braces[1]}`;
            }
            return `${base} ${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const ind = newlineIndent(ctx.indentationLvl);
    ctx.newlines++;
    return `${base ? `${base} ` : ''}${braces[0]}${ind}  ${joinList(output, `,${ind}  `)}${ind}${braces[1]}`;
  }
  if (fitsOnLine(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${joinList(output, ', ')} ${braces[1]}`;
  }
  const ind = ' '.repeat(ctx.indentationLvl);
  ctx.newlines++;
  const lead = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${ind}  `;
  return `${braces[0]}${lead}${joinList(output, `,\n${ind}  `)} ${braces[1]}`;
}

// Puts many short array items into aligned columns (numbers right-aligned).
function groupArrayElements(ctx, output, value) {
  let total = 0;
  let maxLen = 0;
  let count = output.length;
  if (ctx.maxArrayLength < output.length) count--; // leave "... more items" alone
  const SEP = 2; // ", "
  const widths = new Array(count);
  for (let i = 0; i < count; i++) {
    const w = getStringWidth(output[i], ctx.colors);
    widths[i] = w;
    total += w + SEP;
    if (maxLen < w) maxLen = w;
  }
  const cell = maxLen + SEP;
  if (cell * 3 + ctx.indentationLvl >= ctx.breakLength ||
      !(total / cell > 5 || maxLen <= 6)) {
    return output;
  }
  const bias = Math.sqrt(cell - total / output.length);
  const biasedCell = Math.max(cell - 3 - bias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedCell * count) / biasedCell),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / cell),
    ctx.compact * 4,
    15);
  if (columns <= 1) return output;
  const colWidth = [];
  for (let c = 0; c < columns; c++) {
    let w = 0;
    for (let j = c; j < output.length; j += columns) if (widths[j] > w) w = widths[j];
    colWidth.push(w + SEP);
  }
  let padStart = true;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
        padStart = false;
        break;
      }
    }
  }
  const rows = [];
  for (let i = 0; i < count; i += columns) {
    const end = Math.min(i + columns, count);
    let line = '';
    let j = i;
    for (; j < end - 1; j++) {
      const width = colWidth[j - i] + output[j].length - widths[j];
      line += padStart ? `${output[j]}, `.padStart(width, ' ') : `${output[j]}, `.padEnd(width, ' ');
    }
    if (padStart) {
      line += output[j].padStart(colWidth[j - i] + output[j].length - widths[j] - SEP, ' ');
    } else {
      line += output[j];
    }
    rows.push(line);
  }
  if (ctx.maxArrayLength < output.length) rows.push(output[count]);
  return rows;
}

// The options a custom inspect function receives.
function userOptions(ctx, crossContext) {
  const opts = { stylize: ctx.stylize };
  for (const key of ObjectKeys(defaults)) opts[key] = ctx[key];
  if (ctx.userOptions !== undefined) ObjectAssign(opts, ctx.userOptions);
  if (!crossContext) return opts;
  // A function from another context (or behind a proxy) gets no object of
  // this one: options without a prototype, object values left out, and a
  // stylize that hands back strings only.
  ObjectSetPrototypeOf(opts, null);
  for (const key of ObjectKeys(opts)) {
    if ((typeof opts[key] === 'object' && opts[key] !== null) || typeof opts[key] === 'function') delete opts[key];
  }
  opts.stylize = ObjectSetPrototypeOf((str, styleType) => {
    let out;
    try {
      out = `${ctx.stylize(str, styleType)}`;
    } catch {
      // the text stays unstyled
    }
    return typeof out === 'string' ? out : str;
  }, null);
  return opts;
}

// inspect(value[, options]) or the legacy inspect(value, showHidden, depth, colors).
function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    newlines: 0, // how many line breaks formatting has made so far
    stylize: stylizeNoColor,
    ...defaults,
  };
  if (arguments.length > 1) {
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of ObjectKeys(opts)) {
        if (hasOwn(defaults, key) || key === 'stylize') ctx[key] = opts[key];
        else if (ctx.userOptions === undefined) ctx.userOptions = opts;
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;

ObjectDefineProperty(inspect, 'defaultOptions', {
  get() {
    return defaults;
  },
  set(options) {
    require('internal/validators').validateObject(options, 'options');
    return ObjectAssign(defaults, options);
  },
});

inspect.colors = { __proto__: null };
for (const [name, codes] of ObjectEntries({
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24],
  blink: [5, 25], inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29],
  doubleunderline: [21, 24], black: [30, 39], red: [31, 39], green: [32, 39],
  yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39],
  bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49], bgBlue: [44, 49],
  bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49], framed: [51, 54],
  overlined: [53, 55], gray: [90, 39], redBright: [91, 39], greenBright: [92, 39],
  yellowBright: [93, 39], blueBright: [94, 39], magentaBright: [95, 39], cyanBright: [96, 39],
  whiteBright: [97, 39], bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49],
  bgYellowBright: [103, 49], bgBlueBright: [104, 49], bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
})) inspect.colors[name] = codes;
for (const [alias, target] of [['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
  ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'], ['conceal', 'hidden'],
  ['swapColors', 'inverse'], ['swapcolors', 'inverse'], ['doubleUnderline', 'doubleunderline']]) {
  ObjectDefineProperty(inspect.colors, alias, {
    get() { return this[target]; },
    set(v) { this[target] = v; },
    configurable: true,
    enumerable: false,
  });
}
inspect.styles = ObjectAssign({ __proto__: null }, {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: highlightRegExp,
  module: 'underline',
});

// Regular expressions are coloured token by token, by nesting level, with a
// palette users may replace (styles.regexp.colors); an empty or missing one
// means the default.
const defaultRegExpColors = ['green', 'red', 'yellow', 'cyan', 'magenta'];
let regexpHighlighter;
function highlightRegExp(text) {
  const names = highlightRegExp.colors?.length > 0 ? highlightRegExp.colors : defaultRegExpColors;
  const palette = [];
  for (const name of names) {
    const color = inspect.colors[name];
    if (color) palette.push([`\u001b[${color[0]}m`, `\u001b[${color[1]}m`]);
  }
  if (palette.length === 0) return text;
  regexpHighlighter ??= require('internal/util/inspect_regexp').highlightRegExp;
  return regexpHighlighter(text, palette);
}
highlightRegExp.colors = defaultRegExpColors.slice();

// --- util.format ---

// For %s: does the object print through a built-in toString (so inspect it)
// rather than one the user wrote (so call it)?
function hasBuiltinToString(value) {
  let toStringOwn = hasOwn;
  let toPrimitiveOwn = hasOwn;
  if (typeof value.toString !== 'function') {
    if (typeof value[Symbol.toPrimitive] !== 'function') return true;
    if (hasOwn(value, Symbol.toPrimitive)) return false;
    toStringOwn = () => false;
  } else if (hasOwn(value, 'toString')) {
    return false;
  } else if (typeof value[Symbol.toPrimitive] !== 'function') {
    toPrimitiveOwn = () => false;
  } else if (hasOwn(value, Symbol.toPrimitive)) {
    return false;
  }
  let p = value;
  do {
    p = ObjectGetPrototypeOf(p);
  } while (!toStringOwn(p, 'toString') && !toPrimitiveOwn(p, Symbol.toPrimitive));
  const desc = ObjectGetOwnPropertyDescriptor(p, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' && builtinName(desc.value.name);
}

let circularJSONMessage;
function jsonOrCircular(v) {
  try {
    return JSON.stringify(v);
  } catch (err) {
    if (circularJSONMessage === undefined) {
      try {
        const o = {};
        o.o = o;
        JSON.stringify(o);
      } catch (e) {
        circularJSONMessage = e.message.split('\n', 1)[0];
      }
    }
    if (err.name === 'TypeError' && err.message.split('\n', 1)[0] === circularJSONMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function separators(opts) {
  return opts != null && opts.numericSeparator != null ? opts.numericSeparator :
    defaults.numericSeparator;
}

// One conversion of the format string; `arg` is the value it consumes.
function convert(spec, arg, opts) {
  switch (spec) {
    case 's':
      if (typeof arg === 'number') return formatNumber(stylizeNoColor, arg, separators(opts));
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, separators(opts));
      if (typeof arg !== 'object' || arg === null || !hasBuiltinToString(arg)) return String(arg);
      return inspect(arg, { ...opts, compact: 3, colors: false, depth: 0 });
    case 'j': return jsonOrCircular(arg);
    case 'd':
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, separators(opts));
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number(arg), separators(opts));
    case 'i':
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, separators(opts));
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseInt(arg), separators(opts));
    case 'f':
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseFloat(arg), separators(opts));
    case 'O': return inspect(arg, opts);
    case 'o': return inspect(arg, { ...opts, showHidden: true, showProxy: true, depth: 4 });
    default: return ''; // %c: CSS, consumed and dropped
  }
}

const SPECIFIERS = 'sjdiOofc';

// util.format: a leading string may hold %-conversions; the remaining
// arguments follow, space-separated (strings as is, the rest inspected).
function formatList(opts, args) {
  const first = args[0];
  let next = 0; // index of the last argument consumed
  let out = '';
  let sep = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let copied = 0; // first[copied..] is not in `out` yet
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const spec = first[++i];
      if (spec === '%') {
        out += first.slice(copied, i);
        copied = i + 1;
      } else if (next + 1 !== args.length && SPECIFIERS.includes(spec)) {
        const s = convert(spec, args[++next], opts);
        out += first.slice(copied, i - 1) + s;
        copied = i + 1;
      }
    }
    if (copied !== 0) {
      next++;
      sep = ' ';
      out += first.slice(copied);
    }
  }
  for (; next < args.length; next++) {
    const v = args[next];
    out += sep + (typeof v === 'string' ? v : inspect(v, opts));
    sep = ' ';
  }
  return out;
}

function format(...args) {
  return formatList(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('inspectOptions', 'Object', inspectOptions);
  }
  return formatList(inspectOptions, args);
}

module.exports = {
  inspect,
  inspectDefaultOptions: defaults,
  format,
  formatWithOptions,
  formatList,
  customInspectSymbol,
  getStringWidth,
  stripVTControlCharacters,
  stylizeWithColor,
};
