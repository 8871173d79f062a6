'use strict';
// util.types: what kind of value this is, decided by the engine's own brand
// checks (built-in getters and methods throw on foreign receivers) or, where
// no method can tell without side effects (promises, proxies, iterators,
// generator objects, arguments), by the engine's type number of the object,
// compared with that of sample objects made here (internalBinding('util')).

const binding = internalBinding('util');
const { typeOf } = binding;

const {
  uncurry, getter, TypedArrayProto, typedArrayTag, mapSize, setSize, arrayBufferByteLength,
  sharedArrayBufferByteLength, dataViewBuffer, regExpSource, dateGetTime, weakMapHas, weakSetHas,
} = require('internal/util/brands');
const fnToString = uncurry(Function.prototype.toString);
const numberValueOf = uncurry(Number.prototype.valueOf);
const stringValueOf = uncurry(String.prototype.valueOf);
const booleanValueOf = uncurry(Boolean.prototype.valueOf);
const bigIntValueOf = uncurry(BigInt.prototype.valueOf);
const symbolValueOf = uncurry(Symbol.prototype.valueOf);

function passes(check, v) {
  try {
    check(v);
    return true;
  } catch {
    return false;
  }
}

const isObjectLike = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';
const objectOnly = (check) => (v) => typeof v === 'object' && v !== null && passes(check, v);

// The engine's type numbers, from samples.
function typeSet(...samples) {
  return new Set(samples.map(typeOf).filter((t) => t >= 0));
}
const PROMISE = typeSet(new Promise(() => {}));
const PROXY = typeSet(new Proxy({}, {}), new Proxy(function() {}, {}));
const MAP_ITERATOR = typeSet(new Map().keys());
const SET_ITERATOR = typeSet(new Set().keys());
const GENERATOR = typeSet((function*() {})(), (async function*() {})());
const ERROR = typeSet(new Error(), new TypeError(), new AggregateError([]));
// Arguments objects come in three engine types: sloppy functions (made by
// Function, as this file is strict) with and without closures, and strict.
const ARGUMENTS = typeSet(
  Function('return arguments')(),
  Function('a', 'return (() => a, arguments)')(1),
  (function() { return arguments; })()); // eslint-disable-line prefer-rest-params
const hasType = (set) => (v) => set.has(typeOf(v));

const isPromise = hasType(PROMISE);
const isProxy = hasType(PROXY);
const isMapIterator = hasType(MAP_ITERATOR);
const isSetIterator = hasType(SET_ITERATOR);
const isGeneratorObject = hasType(GENERATOR);
const isArgumentsObject = hasType(ARGUMENTS);
const isNativeError = typeof Error.isError === 'function' ?
  (v) => Error.isError(v) : hasType(ERROR);

// Map and Set by type number first: a failed brand check throws, and
// exceptions are slow where inspect asks this of every iterable.
const MAP = typeSet(new Map());
const SET = typeSet(new Set());
const isMap = MAP.size === 1 ? hasType(MAP) : objectOnly(mapSize);
const isSet = SET.size === 1 ? hasType(SET) : objectOnly(setSize);
const isWeakMap = objectOnly((x) => weakMapHas(x, {}));
const isWeakSet = objectOnly((x) => weakSetHas(x, {}));
const isArrayBuffer = objectOnly(arrayBufferByteLength);
const isSharedArrayBuffer = sharedArrayBufferByteLength === null ? () => false :
  objectOnly(sharedArrayBufferByteLength);
const isAnyArrayBuffer = (v) => isArrayBuffer(v) || isSharedArrayBuffer(v);
const isDataView = objectOnly(dataViewBuffer);
const isRegExp = (v) => v !== RegExp.prototype && objectOnly(regExpSource)(v);
const isDate = objectOnly(dateGetTime);
const isNumberObject = objectOnly(numberValueOf);
const isStringObject = objectOnly(stringValueOf);
const isBooleanObject = objectOnly(booleanValueOf);
const isBigIntObject = objectOnly(bigIntValueOf);
const isSymbolObject = objectOnly(symbolValueOf);
const isBoxedPrimitive = (v) => isNumberObject(v) || isStringObject(v) ||
  isBooleanObject(v) || isBigIntObject(v) || isSymbolObject(v);
const isArrayBufferView = (v) => ArrayBuffer.isView(v);
const isTypedArray = (v) => typedArrayTag(v) !== undefined;
const typedArrayIs = (name) => (v) => typedArrayTag(v) === name;

// Async and generator functions: the source text says what kind a function
// is; a method named "async" and an async arrow both start "async(", so
// there the prototype decides.
const AsyncFunctionProto = Object.getPrototypeOf(async function() {});
const GeneratorFunctionProto = Object.getPrototypeOf(function*() {});
const AsyncGeneratorFunctionProto = Object.getPrototypeOf(async function*() {});
function functionKind(fn) {
  if (typeof fn !== 'function') return 0;
  let src;
  try {
    src = fnToString(fn);
  } catch {
    return 0;
  }
  const m = /^(async\b\s*)?(function\b\s*)?(\*)?/.exec(src);
  if (m[1] !== undefined && m[3] === undefined && m[2] === undefined && src[m[0].length] === '(') {
    const proto = Object.getPrototypeOf(fn);
    return proto === AsyncFunctionProto ? 1 : 0;
  }
  if (m[1] !== undefined && !/^async\s*(=>|[,;:)}=])/.test(src)) return m[3] ? 3 : 1;
  return m[3] !== undefined ? 2 : 0;
}
const isAsyncFunction = (v) => (functionKind(v) & 1) !== 0;
const isGeneratorFunction = (v) => (functionKind(v) & 2) !== 0;

module.exports = {
  isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isDate,
  // nodus has no native addons, so no value is ever an External
  isExternal: (v) => false, // eslint-disable-line no-unused-vars
  isGeneratorFunction,
  isGeneratorObject,
  isMap,
  isMapIterator,
  isModuleNamespaceObject: require('internal/modules/esm/namespace').isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isDataView,
  isTypedArray,
  isUint8Array: typedArrayIs('Uint8Array'),
  isUint8ClampedArray: typedArrayIs('Uint8ClampedArray'),
  isUint16Array: typedArrayIs('Uint16Array'),
  isUint32Array: typedArrayIs('Uint32Array'),
  isInt8Array: typedArrayIs('Int8Array'),
  isInt16Array: typedArrayIs('Int16Array'),
  isInt32Array: typedArrayIs('Int32Array'),
  isFloat16Array: typedArrayIs('Float16Array'),
  isFloat32Array: typedArrayIs('Float32Array'),
  isFloat64Array: typedArrayIs('Float64Array'),
  isBigInt64Array: typedArrayIs('BigInt64Array'),
  isBigUint64Array: typedArrayIs('BigUint64Array'),
  // no crypto module yet, so no KeyObject or CryptoKey exists
  isKeyObject: (v) => false, // eslint-disable-line no-unused-vars
  isCryptoKey: (v) => false, // eslint-disable-line no-unused-vars
};
