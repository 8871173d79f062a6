'use strict';
// util.inspect options: depth, compact, breakLength, max*Length, sorted,
// getters, numericSeparator, showHidden, customInspect; exact Node 26 text.
const assert = require('assert');
const util = require('util');

const cases = [
  [() => [{ a: { b: { c: {} } } }, { depth: 0 }],
    "{ a: [Object] }"],
  [() => [{ a: { b: { c: { d: 1 } } } }, { depth: Infinity }],
    "{\n  a: { b: { c: { d: 1 } } }\n}"],
  [() => [{ a: { b: { c: { d: 1 } } } }, { depth: null }],
    "{\n  a: { b: { c: { d: 1 } } }\n}"],
  [() => [[1, [2, [3, [4]]]], { depth: 1 }],
    "[ 1, [ 2, [Array] ] ]"],
  [() => [[1, 2, 3], { compact: false }],
    "[\n  1,\n  2,\n  3\n]"],
  [() => [{ a: [1, { b: 2 }] }, { compact: false }],
    "{\n  a: [\n    1,\n    {\n      b: 2\n    }\n  ]\n}"],
  [() => [{ a: { b: { c: 1 } } }, { compact: 1 }],
    "{\n  a: {\n    b: { c: 1 }\n  }\n}"],
  [() => [{ a: 1, b: 2 }, { breakLength: 3 }],
    "{\n  a: 1,\n  b: 2\n}"],
  [() => [{ a: 'x'.repeat(50), b: 'y'.repeat(50) }, { breakLength: Infinity }],
    "{ a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', b: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' }"],
  [() => [{ a: [1, 2, 3], b: 'x'.repeat(70) }, { compact: true }],
    "{ a: [ 1, 2, 3 ],\n  b: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' }"],
  [() => [{ a: { b: 'x'.repeat(80) } }, { compact: true }],
    "{ a:\n   { b:\n      'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' } }"],
  [() => [1234567.891, { numericSeparator: true }],
    "1_234_567.891"],
  [() => [-1234567, { numericSeparator: true }],
    "-1_234_567"],
  [() => [123456789012345678901234567890n, { numericSeparator: true }],
    "123_456_789_012_345_678_901_234_567_890n"],
  [() => [0.0000001, { numericSeparator: true }],
    "1e-7"],
  [() => ['x'.repeat(20), { maxStringLength: 5 }],
    "'xxxxx'... 15 more characters"],
  [() => ['abc', { maxStringLength: 0 }],
    "''... 3 more characters"],
  [() => [[1, 2, 3, 4], { maxArrayLength: 2 }],
    "[ 1, 2, ... 2 more items ]"],
  [() => [[1, 2, 3, 4], { maxArrayLength: 0 }],
    "[ ... 4 more items ]"],
  [() => [new Set([1, 2, 3]), { maxArrayLength: 1 }],
    "Set(3) { 1, ... 2 more items }"],
  [() => [new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 }],
    "Map(2) { 1 => 2, ... 1 more item }"],
  [() => [new Uint8Array(5), { maxArrayLength: 3 }],
    "Uint8Array(5) [ 0, 0, 0, ... 2 more items ]"],
  [() => [Array.from({ length: 150 }, (_, i) => i), { maxArrayLength: null }],
    "[\n    0,   1,   2,   3,   4,   5,   6,   7,   8,   9,  10,  11,\n   12,  13,  14,  15,  16,  17,  18,  19,  20,  21,  22,  23,\n   24,  25,  26,  27,  28,  29,  30,  31,  32,  33,  34,  35,\n   36,  37,  38,  39,  40,  41,  42,  43,  44,  45,  46,  47,\n   48,  49,  50,  51,  52,  53,  54,  55,  56,  57,  58,  59,\n   60,  61,  62,  63,  64,  65,  66,  67,  68,  69,  70,  71,\n   72,  73,  74,  75,  76,  77,  78,  79,  80,  81,  82,  83,\n   84,  85,  86,  87,  88,  89,  90,  91,  92,  93,  94,  95,\n   96,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107,\n  108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,\n  120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131,\n  132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143,\n  144, 145, 146, 147, 148, 149\n]"],
  [() => [{ b: 1, a: 2, c: 3 }, { sorted: true }],
    "{ a: 2, b: 1, c: 3 }"],
  [() => [{ b: 1, a: 2, c: 3 }, { sorted: (x, y) => (x < y ? 1 : -1) }],
    "{ c: 3, b: 1, a: 2 }"],
  [() => [{ get g() { return 5; }, get o() { return { z: 1 }; }, get n() { return null; }, get t() { throw 'no'; } }, { getters: true }],
    "{\n  g: [Getter: 5],\n  o: [Getter] { z: 1 },\n  n: [Getter: null],\n  t: [Getter: <Inspection threw ('no')>]\n}"],
  [() => [{ get g() { return 5; }, get gs() { return 6; }, set gs(v) {} }, { getters: 'set' }],
    "{ g: [Getter], gs: [Getter/Setter: 6] }"],
  [() => [[1, 2], { showHidden: true }],
    "[ 1, 2, [length]: 2 ]"],
  [() => [Object.defineProperty({ v: 1 }, 'hid', { value: 2, enumerable: false }), { showHidden: true }],
    "{ v: 1, [hid]: 2 }"],
  [() => [Object.defineProperty(new Error('x'), 'stack', { value: 'Error: x', configurable: true, writable: true }), {}],
    "[Error: x]"],
  [() => [Object.defineProperty(new Error('x'), 'stack', { value: 'Error: x' + '\n    at f (/x/file.js:1:2)\n    at g (/x/file.js:3:4)', configurable: true, writable: true }), {}],
    "Error: x\n    at f (/x/file.js:1:2)\n    at g (/x/file.js:3:4)"],
  [() => [Object.defineProperty(Object.assign(new TypeError('bad'), { code: 'E_X', n: 1 }), 'stack', { value: 'TypeError: bad' + '\n    at f (/x/file.js:1:2)\n    at g (/x/file.js:3:4)', configurable: true, writable: true }), {}],
    "TypeError: bad\n    at f (/x/file.js:1:2)\n    at g (/x/file.js:3:4) {\n  code: 'E_X',\n  n: 1\n}"],
  [() => [{ err: Object.defineProperty(new RangeError('r'), 'stack', { value: 'RangeError: r' + '\n    at f (/x/file.js:1:2)\n    at g (/x/file.js:3:4)', configurable: true, writable: true }) }, {}],
    "{\n  err: RangeError: r\n      at f (/x/file.js:1:2)\n      at g (/x/file.js:3:4)\n}"],
  [() => [[Object.defineProperty(new Error('in array'), 'stack', { value: 'Error: in array', configurable: true, writable: true })], {}],
    "[ [Error: in array] ]"],
  [() => [Object.defineProperty(new (class MyError extends Error {})('m'), 'stack', { value: 'Error: m' + '\n    at f (/x/file.js:1:2)\n    at g (/x/file.js:3:4)', configurable: true, writable: true }), {}],
    "MyError: m\n    at f (/x/file.js:1:2)\n    at g (/x/file.js:3:4)"],
  [() => [Object.defineProperty(Object.assign(new Error('named'), { name: 'Custom' }), 'stack', { value: 'Error: named' + '\n    at f (/x/file.js:1:2)\n    at g (/x/file.js:3:4)', configurable: true, writable: true }), {}],
    "Error: named\n    at f (/x/file.js:1:2)\n    at g (/x/file.js:3:4) {\n  name: 'Custom'\n}"],
  [() => [Object.defineProperty(new Error('with cause', { cause: 'why' }), 'stack', { value: 'Error: with cause' + '\n    at f (/x/file.js:1:2)\n    at g (/x/file.js:3:4)', configurable: true, writable: true }), {}],
    "Error: with cause\n    at f (/x/file.js:1:2)\n    at g (/x/file.js:3:4) {\n  [cause]: 'why'\n}"],
  [() => [Object.defineProperty(new Error('no stack'), 'stack', { value: '', configurable: true, writable: true }), {}],
    "[Error: no stack]"],
  [() => [{ x: 1, [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } }, {}],
    "CUSTOM"],
  [() => [{ inner: { [Symbol.for('nodejs.util.inspect.custom')](d, o) { return { d, depth: o.depth }; } } }, {}],
    "{ inner: { d: 1, depth: 2 } }"],
  [() => [{ x: { [Symbol.for('nodejs.util.inspect.custom')]() { return 'a\nb'; } } }, {}],
    "{\n  x: a\n  b\n}"],
  [() => [{ x: { [Symbol.for('nodejs.util.inspect.custom')]() { return 'skip'; } } }, { customInspect: false }],
    "{\n  x: {\n    Symbol(nodejs.util.inspect.custom): [Function: [nodejs.util.inspect.custom]]\n  }\n}"],
  [() => [{ o: { [Symbol.for('nodejs.util.inspect.custom')](d, o, insp) { return insp({ z: [1] }, o); } } }, {}],
    "{ o: { z: [ 1 ] } }"],
];

for (const [make, expected] of cases) {
  assert.strictEqual(util.inspect(...make()), expected, make.toString());
}

// The legacy signature: inspect(value, showHidden, depth, colors).
assert.strictEqual(util.inspect({ a: { b: {} } }, false, 0), '{ a: [Object] }');
assert.strictEqual(util.inspect([1], true), '[ 1, [length]: 1 ]');
assert.strictEqual(util.inspect(5, false, 2, true), '\u001b[33m5\u001b[39m');
assert.strictEqual(util.inspect('s', { colors: true }), "\u001b[32m's'\u001b[39m");
assert.strictEqual(util.inspect(null, { colors: true }), '\u001b[1mnull\u001b[22m');

// A custom inspect function gets the remaining depth, the options and inspect.
let seen;
util.inspect({ a: { [util.inspect.custom](depth, options, insp) { seen = [depth, options.depth, insp === util.inspect, options.extra]; return 'x'; } } }, { extra: 7 });
assert.deepStrictEqual(seen, [1, 2, true, 7]);

// defaultOptions is shared and validated.
assert.strictEqual(util.inspect.defaultOptions.depth, 2);
assert.strictEqual(util.inspect.custom, Symbol.for('nodejs.util.inspect.custom'));
assert.throws(() => { util.inspect.defaultOptions = null; }, { code: 'ERR_INVALID_ARG_TYPE' });
const saved = util.inspect.defaultOptions.depth;
util.inspect.defaultOptions = { depth: 0 };
assert.strictEqual(util.inspect({ a: { b: 1 } }), '{ a: [Object] }');
util.inspect.defaultOptions = { depth: saved };
assert.strictEqual(util.inspect({ a: { b: 1 } }), '{ a: { b: 1 } }');
