'use strict';
// structuredClone: value kinds, cycles, errors, DataCloneError, transfer.
const assert = require('assert');

const d = Object.getOwnPropertyDescriptor(globalThis, 'structuredClone');
assert.strictEqual(d.enumerable, true);
assert.strictEqual(structuredClone.length, 2);
assert.strictEqual(structuredClone.name, 'structuredClone');

const o = { a: 1 };
o.self = o;
const arr = [1, , 3];
arr.k = 'v';
const m = new Map([[1, o]]);
const input = [o, arr, new Date(0), /x/gi, m, new Set([1, 'a']), new Uint8Array([1, 2]),
  new Number(3), Object(1n), new String('s'), new Boolean(false), -0, 1n, undefined, null, NaN];
const out = structuredClone(input);
assert.notStrictEqual(out, input);
assert.strictEqual(out[0].self, out[0]);
assert.strictEqual(out[4].get(1), out[0]);
assert.deepStrictEqual(out, input);
assert.ok(!(1 in out[1]));
assert.strictEqual(out[1].k, 'v');
assert.ok(Object.is(out[11], -0));

// class instances become plain objects; getters are read; symbols dropped
class C { constructor() { this.x = 1; } get y() { return 2; } }
const c = structuredClone(new C());
assert.strictEqual(Object.getPrototypeOf(c), Object.prototype);
assert.deepStrictEqual(c, { x: 1 });
const g = structuredClone({ get x() { return 2; }, [Symbol('s')]: 1, u: undefined });
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(g, 'x'),
  { value: 2, writable: true, enumerable: true, configurable: true });
assert.deepStrictEqual(Reflect.ownKeys(g), ['x', 'u']);

// views keep offsets and share one cloned buffer
const buf = new ArrayBuffer(8);
const v1 = new Uint8Array(buf, 2, 4);
const v2 = new DataView(buf, 1, 2);
const [c1, c2] = structuredClone([v1, v2]);
assert.strictEqual(c1.buffer, c2.buffer);
assert.notStrictEqual(c1.buffer, buf);
assert.strictEqual(c1.byteOffset, 2);
assert.strictEqual(c2.byteLength, 2);

// errors keep their kind, message, stack and cause; other own props are dropped
const e = new RangeError('m', { cause: 5 });
e.extra = 1;
const e2 = structuredClone(e);
assert.ok(e2 instanceof RangeError);
assert.strictEqual(e2.message, 'm');
assert.strictEqual(e2.cause, 5);
assert.strictEqual(e2.stack, e.stack);
assert.strictEqual(e2.extra, undefined);

// what cannot be cloned
for (const [v, text] of [[() => 1, '() => 1 could not be cloned.'], [Symbol('x'), 'Symbol(x) could not be cloned.'],
  [new WeakMap(), '#<WeakMap> could not be cloned.'], [Promise.resolve(), '#<Promise> could not be cloned.'],
  [{ f() {} }, 'f() {} could not be cloned.']]) {
  assert.throws(() => structuredClone(v), (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'DataCloneError');
    assert.strictEqual(err.code, 25);
    assert.strictEqual(err.message, text);
    return true;
  });
}
assert.throws(() => structuredClone(), { name: 'TypeError', code: 'ERR_MISSING_ARGS' });
assert.throws(() => structuredClone(1, 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: "Failed to execute 'structuredClone': Options cannot be converted to a dictionary",
});
assert.throws(() => structuredClone(1, { transfer: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => structuredClone(1, { transfer: [5] }), { code: 'ERR_INVALID_ARG_TYPE' });

// transfer detaches the original
const ab = new ArrayBuffer(4);
new Uint8Array(ab)[0] = 7;
const moved = structuredClone({ ab, view: new Uint8Array(ab, 1) }, { transfer: [ab] });
assert.strictEqual(ab.byteLength, 0);
assert.strictEqual(moved.ab.byteLength, 4);
assert.strictEqual(new Uint8Array(moved.ab)[0], 7);
assert.strictEqual(moved.view.buffer, moved.ab);
