'use strict';
const assert = require('assert');

const desc = Object.getOwnPropertyDescriptor(globalThis, 'structuredClone');
assert.strictEqual(desc.enumerable, true);
assert.strictEqual(desc.writable, true);
assert.strictEqual(desc.configurable, true);
assert.strictEqual(structuredClone.name, 'structuredClone');
assert.strictEqual(structuredClone.length, 2);

for (const v of [1, -0, NaN, 'str', true, null, undefined, 10n]) assert.ok(Object.is(structuredClone(v), v));

const d = new Date(1234);
assert.notStrictEqual(structuredClone(d), d);
assert.strictEqual(structuredClone(d).getTime(), 1234);
const re = /ab+c/gimsuy;
re.lastIndex = 3;
const reCopy = structuredClone(re);
assert.strictEqual(reCopy.source, 'ab+c');
assert.strictEqual(reCopy.flags, re.flags);
assert.strictEqual(reCopy.lastIndex, 0);
assert.ok(structuredClone(Object(5)) instanceof Number);
assert.strictEqual(structuredClone(Object('s')).valueOf(), 's');
assert.strictEqual(typeof structuredClone(Object(2n)).valueOf(), 'bigint');

// plain objects: own enumerable string keys, no prototype kept
class Point { constructor() { this.x = 1; } get y() { return 2; } }
const p = structuredClone(new Point());
assert.strictEqual(Object.getPrototypeOf(p), Object.prototype);
assert.deepStrictEqual(p, { x: 1 });
const o = { a: 1, [Symbol('s')]: 2 };
Object.defineProperty(o, 'hidden', { value: 3, enumerable: false });
assert.deepStrictEqual(Reflect.ownKeys(structuredClone(o)), ['a']);
assert.strictEqual(Object.getPrototypeOf(structuredClone(Object.create(null))), Object.prototype);

// arrays keep holes, length and extra properties
const arr = [1, , 3];
arr.extra = 'x';
arr.length = 5;
const arrCopy = structuredClone(arr);
assert.strictEqual(arrCopy.length, 5);
assert.ok(!(1 in arrCopy));
assert.strictEqual(arrCopy.extra, 'x');

// Map/Set keep order; keys are cloned; subclasses become the base class
class MyMap extends Map {}
const key = { k: 1 };
const m = structuredClone(new MyMap([[key, 'v'], ['b', key]]));
assert.strictEqual(Object.getPrototypeOf(m), Map.prototype);
const [[k1, v1], [k2, v2]] = m;
assert.deepStrictEqual(k1, { k: 1 });
assert.strictEqual(v2, k1); // one object, one clone
assert.strictEqual(v1, 'v');
assert.strictEqual(k2, 'b');
assert.deepStrictEqual([...structuredClone(new Set([3, 1, 2]))], [3, 1, 2]);

// cycles and shared references
const cyc = { name: 'c' };
cyc.self = cyc;
cyc.list = [cyc, cyc];
const cc = structuredClone(cyc);
assert.strictEqual(cc.self, cc);
assert.strictEqual(cc.list[0], cc);

// buffers and views: views over one buffer share its clone
const ab = new ArrayBuffer(8);
const u8 = new Uint8Array(ab, 2, 3);
u8.set([7, 8, 9]);
const c = structuredClone({ ab, u8, dv: new DataView(ab, 1), f: new Float64Array([1.5]) });
assert.strictEqual(c.u8.buffer, c.ab);
assert.strictEqual(c.dv.buffer, c.ab);
assert.notStrictEqual(c.ab, ab);
assert.strictEqual(c.u8.byteOffset, 2);
assert.deepStrictEqual([...c.u8], [7, 8, 9]);
assert.strictEqual(c.dv.byteOffset, 1);
assert.strictEqual(c.f[0], 1.5);
const buf = structuredClone(Buffer.from('hi'));
assert.strictEqual(Object.getPrototypeOf(buf), Uint8Array.prototype);
const rab = new ArrayBuffer(4, { maxByteLength: 16 });
const rabCopy = structuredClone(rab);
assert.strictEqual(rabCopy.resizable, true);
assert.strictEqual(rabCopy.maxByteLength, 16);

// getters run once, in key order; a property a getter deleted is skipped
const order = [];
const g = { get a() { order.push('a'); delete this.b; return 1; }, b: 2, get c() { order.push('c'); return 3; } };
assert.deepStrictEqual(structuredClone(g), { a: 1, c: 3 });
assert.deepStrictEqual(order, ['a', 'c']);
assert.throws(() => structuredClone({ get x() { throw new RangeError('inner'); } }), { name: 'RangeError', message: 'inner' });

// Blob and File
const blob = structuredClone(new Blob(['abc'], { type: 'text/plain' }));
assert.ok(blob instanceof Blob);
assert.strictEqual(blob.size, 3);
assert.strictEqual(blob.type, 'text/plain');
const file = structuredClone(new File(['x'], 'f.txt', { lastModified: 42 }));
assert.ok(file instanceof File);
assert.strictEqual(file.name, 'f.txt');
assert.strictEqual(file.lastModified, 42);
blob.text().then((t) => assert.strictEqual(t, 'abc'));
