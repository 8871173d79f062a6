'use strict';
// Deep equality in all four modes (deepEqual, deepStrictEqual both ways,
// partialDeepStrictEqual) over values of every kind: 'T' passes, 'F' fails.
const assert = require('assert');

function result(fn, a, b) {
  try {
    fn(a, b);
    return 'T';
  } catch (e) {
    assert.strictEqual(e.code, 'ERR_ASSERTION');
    return 'F';
  }
}

const sym = Symbol('s');
const wm = new WeakMap();
const same = () => {};
const re = /a/g;
re.lastIndex = 3;
const c1 = { a: 1 };
c1.self = c1;
const c2 = { a: 1 };
c2.self = c2;
const c3 = { a: 1 };
c3.self = { a: 1, self: c3 };
const ca = [1];
ca.push(ca);
const cb = [1];
cb.push(cb);
const args = (function () { return arguments; })(1);

// [a, b, deepEqual, deepStrictEqual(a, b), deepStrictEqual(b, a), partial(a, b)]
const cases = [
  [1, 1, 'TTTT'], [0, -0, 'TFFF'], [NaN, NaN, 'TTTT'], [1, '1', 'TFFF'], [null, undefined, 'TFFF'],
  [{ a: 1 }, { a: 1 }, 'TTTT'], [{ a: 1, b: 2 }, { b: 2, a: 1 }, 'TTTT'], [{ a: 1 }, { a: '1' }, 'TFFF'],
  [Object.create(null), {}, 'TFFT'], [new (class A {})(), {}, 'TFFT'],
  [{ [sym]: 1 }, { [sym]: 2 }, 'TFFF'], [{ [sym]: 1 }, {}, 'TFFT'],
  [Object.defineProperty({}, 'x', { value: 1 }), {}, 'TTTT'],
  [[1, , 3], [1, undefined, 3], 'FFFF'], [Object.assign([1], { x: 1 }), [1], 'FFFT'],
  [[null], [undefined], 'TFFF'], [[1], { 0: 1, length: 1 }, 'FFFF'], [[1, 2], [1, 2, 3], 'FFFF'],
  [[1, , ], [, 1], 'FFFT'],
  [new Set([1, 2]), new Set([2, 1]), 'TTTT'], [new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]), 'TTTT'],
  [new Set([1, '2']), new Set(['1', 2]), 'TFFF'],
  [new Set([{ a: 1 }, { a: 2 }, { a: 3 }]), new Set([{ a: 3 }, { a: 1 }, { a: 2 }]), 'TTTT'],
  [new Set([{ a: 1 }, { a: 2 }, { a: 3 }]), new Set([{ a: 3 }, { a: 1 }, { a: 4 }]), 'FFFF'],
  [new Set([undefined]), new Set([null]), 'TFFF'],
  [new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']]), 'TTTT'],
  [new Map([[{ k: 1 }, 'a'], [{ k: 2 }, 'b']]), new Map([[{ k: 2 }, 'b'], [{ k: 1 }, 'a']]), 'TTTT'],
  [new Map([[1, 'a']]), new Map([['1', 'a']]), 'TFFF'], [new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]]), 'FFFF'],
  [new Map([[wm, 1], [{}, 2]]), new Map([[wm, 1], [{}, 2]]), 'TFFF'],
  [new Map([[undefined, 1]]), new Map([[null, 1]]), 'TFFF'],
  [new Map([[null, 1], [{}, 2]]), new Map([[null, 1], [{}, 2]]), 'TTTT'],
  [new Date(0), new Date(0), 'TTTT'], [new Date(0), new Date(1), 'FFFF'], [new Date(NaN), new Date(NaN), 'TTTT'],
  [Object.assign(new Date(0), { x: 1 }), new Date(0), 'FFFT'],
  [/a/g, /a/g, 'TTTT'], [/a/g, /a/i, 'FFFF'], [re, /a/g, 'FFFF'],
  [new Error('a'), new Error('a'), 'TTTT'], [new Error('a'), new Error('b'), 'FFFF'],
  [new TypeError('a'), new Error('a'), 'FFFF'],
  [new Error('a', { cause: 1 }), new Error('a', { cause: 2 }), 'FFFF'],
  [new Error('a', { cause: undefined }), new Error('a'), 'FFFT'],
  [new AggregateError([1], 'm'), new AggregateError([2], 'm'), 'FFFF'],
  [Object.assign(new Error('a'), { code: 1 }), new Error('a'), 'FFFT'],
  [new Number(1), new Number(1), 'TTTT'], [new Number(1), new Number(2), 'FFFF'], [new Number(1), 1, 'FFFF'],
  [new Number(-0), new Number(0), 'FFFF'], [Object(sym), Object(sym), 'TTTT'],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2]), 'TTTT'], [new Uint8Array([1, 2]), new Uint8Array([1, 3]), 'FFFF'],
  [new Uint8Array([1]), new Int8Array([1]), 'FFFF'], [new Float64Array([NaN]), new Float64Array([NaN]), 'FTTT'],
  [new Float64Array([-0]), new Float64Array([0]), 'TFFF'],
  [Object.assign(new Uint8Array(1), { x: 1 }), new Uint8Array(1), 'FFFT'],
  [new ArrayBuffer(2), new ArrayBuffer(2), 'TTTT'], [new Uint8Array([1]).buffer, new Uint8Array([2]).buffer, 'FFFF'],
  [new SharedArrayBuffer(1), new ArrayBuffer(1), 'FFFF'],
  [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)), 'TTTT'],
  [function () {}, function () {}, 'FFFF'], [same, same, 'TTTT'],
  [new WeakMap(), new WeakMap(), 'FFFF'], [new WeakSet(), new WeakSet(), 'FFFF'],
  [Promise.resolve(), Promise.resolve(), 'FFFF'],
  [c1, c2, 'TTTT'], [c1, c3, 'FFFF'], [ca, cb, 'TTTT'],
  [{ get x() { return 1; } }, { x: 1 }, 'TTTT'], [args, [1], 'FFFF'],
  [{ [Symbol.toStringTag]: 'X' }, {}, 'FFFF'], [{}, [], 'FFFF'], [{}, new Date(0), 'FFFF'],
  [Object.create({ constructor: Object }), {}, 'TTTT'],
  [true, 1, 'TFFF'], [0, false, 'TFFF'], ['', 0, 'TFFF'], [1n, 1, 'TFFF'],
  [{ a: [{ b: new Map([[1, new Set([1])]]) }] }, { a: [{ b: new Map([[1, new Set([1])]]) }] }, 'TTTT'],
  [{ a: 1, b: 2 }, { a: 1 }, 'FFFT'], [[1, 2, 3, 4], [2, 4], 'FFFT'], [[1, 2, 3], [3, 1], 'FFFF'],
  [new Set([1, 2, { a: 1 }]), new Set([{ a: 1 }]), 'FFFT'], [new Map([[1, 2], [3, 4]]), new Map([[3, 4]]), 'FFFT'],
  [new Uint8Array([1, 2, 3]), new Uint8Array([1, 3]), 'FFFT'],
  [{ a: { b: 1, c: 2 }, d: [1, { e: 1, f: 2 }] }, { a: { c: 2 }, d: [{ f: 2 }] }, 'FFFT'],
  [Object.assign(new Error('a'), { code: 'X' }), { code: 'X' }, 'FFFF'], [{ a: -0 }, { a: 0 }, 'TFFF'],
];

for (const [a, b, expected] of cases) {
  const got = result(assert.deepEqual, a, b) + result(assert.deepStrictEqual, a, b) +
    result(assert.deepStrictEqual, b, a) + result(assert.partialDeepStrictEqual, a, b);
  assert.strictEqual(got, expected, `${require('util').inspect([a, b])}: ${got} != ${expected}`);
  // the negated forms agree
  assert.strictEqual(result(assert.notDeepEqual, a, b), got[0] === 'T' ? 'F' : 'T');
  assert.strictEqual(result(assert.notDeepStrictEqual, a, b), got[1] === 'T' ? 'F' : 'T');
}

// Getters are read for keys compared out of order, never for skipped ones.
let reads = 0;
const lazy = { b: 1, get a() { reads++; return 1; } };
assert.deepStrictEqual(lazy, { a: 1, b: 1 });
assert.strictEqual(reads, 1);

// Assert with skipPrototype ignores prototypes only.
const noProto = new assert.Assert({ skipPrototype: true });
noProto.deepStrictEqual(Object.create(null), {});
noProto.deepStrictEqual(new (class A { constructor() { this.x = 1; } })(), { x: 1 });
assert.throws(() => noProto.deepStrictEqual({ x: 1 }, { x: '1' }), { code: 'ERR_ASSERTION' });

// Deep cycles and large inputs terminate.
const deepA = { n: 0 };
const deepB = { n: 0 };
let pa = deepA;
let pb = deepB;
for (let i = 1; i < 200; i++) {
  pa = pa.next = { n: i, root: deepA };
  pb = pb.next = { n: i, root: deepB };
}
assert.deepStrictEqual(deepA, deepB);
pb.n = -1;
assert.notDeepStrictEqual(deepA, deepB);
