'use strict';
// util.inspect layout where entries bring line breaks of their own (names,
// symbols, functions, custom inspect results, long strings) and arrays of
// every shape (extra keys, holes, accessors, frozen, null prototype,
// subclass, grown, sparse), under many options. Expected text: Node's.
const assert = require('assert');
const util = require('util');
const C = { ['a\nb']: class {} }['a\nb'];
const fnNL = Object.defineProperty(function () {}, 'name', { value: 'x\ny' });
const custom = { [util.inspect.custom]() { return 'line1\nline2'; } };
const tagged = Object.defineProperty({ v: 1 }, Symbol.toStringTag, { value: 't\nu' });
const accessor = Object.defineProperty([1, 2], 0, { get() { return 5; }, enumerable: true });
const grown = [1, 2, 3];
grown.length = 5;
const sparse = [];
sparse[1000] = 1;
class MyArray extends Array {}
const values = [
  { a: new C() }, [new C(), 1], { f: fnNL }, [fnNL, 2], { c: custom }, [custom, 1], { t: tagged }, { s: Symbol('p\nq') },
  [Symbol('p\nq'), 1], { a: { b: { c: { d: 1 } } } }, [[[[1]]]], { a: [{ b: [{ c: 1 }] }] },
  { g: 1, get h() { return 'long string with\nnewline '.repeat(5); } }, { long: 'abc\ndef '.repeat(20) },
  { x: { y: 'text with\nnewline but short' } }, new Map([[Symbol('m\nn'), 1]]), new Set([Symbol('x\ny')]),
  [1, 2, 3], [1.5, 'x', null, undefined, {}], Object.assign([1, 2], { x: 1 }), Object.assign([1], { [Symbol('k')]: 2 }),
  [1, , 3], [, , 'a'], accessor, Object.freeze([1, 2]), Object.setPrototypeOf([1, 2], null), grown, sparse,
  MyArray.from([1, 2]), Object.defineProperty([1, 2], 1, { value: 7, enumerable: false }),
  Array.from({ length: 30 }, (_, i) => i * 11), Array.from({ length: 120 }, (_, i) => `s${i}`),
];
const options = [undefined, { compact: true }, { compact: false }, { breakLength: Infinity }, { breakLength: 20 },
  { getters: true }, { showHidden: true }, { maxArrayLength: 2 }, { depth: 0 }, { sorted: true }, { stylize: (s) => `<${s}>` }];
const expected = require('./fixtures/inspect-layout.json');

let n = 0;
for (const o of options) {
  for (const v of values) {
    assert.strictEqual(util.inspect(v, o), expected[n], `value ${n % values.length}, options ${JSON.stringify(o)}`);
    n++;
  }
}
assert.strictEqual(n, expected.length);
