'use strict';
// util.types: each check against values of its kind and of other kinds.
const assert = require('assert');
const util = require('util');
const types = require('util/types');

assert.strictEqual(util.types, types);
const samples = {
  promise: Promise.resolve(),
  proxy: new Proxy({}, {}),
  map: new Map(),
  set: new Set(),
  weakMap: new WeakMap(),
  weakSet: new WeakSet(),
  mapIterator: new Map().entries(),
  setIterator: new Set().values(),
  generator: (function*() {})(),
  asyncGenerator: (async function*() {})(),
  args: (function() { return arguments; })(), // eslint-disable-line prefer-rest-params
  date: new Date(),
  regexp: /x/,
  error: new TypeError(),
  arrayBuffer: new ArrayBuffer(1),
  sharedArrayBuffer: new SharedArrayBuffer(1),
  dataView: new DataView(new ArrayBuffer(1)),
  uint8: new Uint8Array(1),
  float64: new Float64Array(1),
  bigint64: new BigInt64Array(1),
  number: new Number(1),
  string: new String('s'),
  boolean: new Boolean(true),
  bigint: Object(1n),
  symbol: Object(Symbol('s')),
  plain: {},
  array: [],
  fn: function() {},
  asyncFn: async function() {},
  asyncArrow: async () => {},
  genFn: function*() {},
  asyncGenFn: async function*() {},
};
const expect = {
  isPromise: ['promise'],
  isProxy: ['proxy'],
  isMap: ['map'],
  isSet: ['set'],
  isWeakMap: ['weakMap'],
  isWeakSet: ['weakSet'],
  isMapIterator: ['mapIterator'],
  isSetIterator: ['setIterator'],
  isGeneratorObject: ['generator', 'asyncGenerator'],
  isArgumentsObject: ['args'],
  isDate: ['date'],
  isRegExp: ['regexp'],
  isNativeError: ['error'],
  isArrayBuffer: ['arrayBuffer'],
  isSharedArrayBuffer: ['sharedArrayBuffer'],
  isAnyArrayBuffer: ['arrayBuffer', 'sharedArrayBuffer'],
  isDataView: ['dataView'],
  isArrayBufferView: ['dataView', 'uint8', 'float64', 'bigint64'],
  isTypedArray: ['uint8', 'float64', 'bigint64'],
  isUint8Array: ['uint8'],
  isFloat64Array: ['float64'],
  isBigInt64Array: ['bigint64'],
  isNumberObject: ['number'],
  isStringObject: ['string'],
  isBooleanObject: ['boolean'],
  isBigIntObject: ['bigint'],
  isSymbolObject: ['symbol'],
  isBoxedPrimitive: ['number', 'string', 'boolean', 'bigint', 'symbol'],
  isAsyncFunction: ['asyncFn', 'asyncArrow', 'asyncGenFn'],
  isGeneratorFunction: ['genFn', 'asyncGenFn'],
  isExternal: [],
  isModuleNamespaceObject: [],
};
for (const [check, yes] of Object.entries(expect)) {
  for (const [name, value] of Object.entries(samples)) {
    assert.strictEqual(types[check](value), yes.includes(name), `${check}(${name})`);
  }
  for (const primitive of [undefined, null, 1, 's', true, 1n, Symbol('p')]) {
    assert.strictEqual(types[check](primitive), false, `${check}(${String(primitive)})`);
  }
}

// Brands, not prototypes.
assert.strictEqual(types.isPromise(Object.create(Promise.prototype)), false);
assert.strictEqual(types.isMap(Object.create(Map.prototype)), false);
assert.strictEqual(types.isDate(Object.setPrototypeOf(new Date(), null)), true);
class MyMap extends Map {}
assert.strictEqual(types.isMap(new MyMap()), true);
class MyPromise extends Promise {}
assert.strictEqual(types.isPromise(MyPromise.resolve()), true);
assert.strictEqual(types.isArgumentsObject((function() { 'use strict'; return arguments; })()), true); // eslint-disable-line prefer-rest-params
assert.strictEqual(types.isArgumentsObject({ [Symbol.toStringTag]: 'Arguments' }), false);
assert.strictEqual(types.isNativeError(Object.create(Error.prototype)), false);
const revocable = Proxy.revocable({}, {});
revocable.revoke();
assert.strictEqual(types.isProxy(revocable.proxy), true);
// Methods: an async method and a method named async.
const obj = { async m() {}, async() {}, *g() {}, async *ag() {} };
assert.strictEqual(types.isAsyncFunction(obj.m), true);
assert.strictEqual(types.isAsyncFunction(obj.async), false);
assert.strictEqual(types.isGeneratorFunction(obj.g), true);
assert.strictEqual(types.isGeneratorFunction(obj.ag), true);
assert.strictEqual(types.isAsyncFunction(obj.ag), true);
