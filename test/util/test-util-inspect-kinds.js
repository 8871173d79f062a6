'use strict';
// Value kinds that inspect recognises by the value itself, not by its
// prototype chain or its (possibly redefined) properties.
const assert = require('assert');
const util = require('util');
const { inspect } = util;

// a function's kind is its own, whatever its prototype says
{
  const fn = function*() {};
  Object.setPrototypeOf(fn, Object.getPrototypeOf(async () => {}));
  assert.strictEqual(inspect(fn), '[GeneratorFunction: fn] AsyncFunction');
  Object.setPrototypeOf(fn, null);
  assert.strictEqual(inspect(fn), '[GeneratorFunction (null prototype): fn]');
  const af = async function named() {};
  Object.setPrototypeOf(af, Function.prototype);
  assert.strictEqual(inspect(af), '[AsyncFunction: named] Function');
  assert.strictEqual(inspect(async function* ag() {}), '[AsyncGeneratorFunction: ag]');
}

// a DataView over a detached or shrunk buffer
{
  const ab = new ArrayBuffer(8);
  const dv = new DataView(ab, 2);
  dv.x = 1;
  ab.transfer();
  assert.strictEqual(util.types.isDataView(dv), true);
  assert.strictEqual(inspect(dv),
                     'DataView {\n  [byteLength]: 0,\n  [byteOffset]: undefined,\n' +
                     '  [buffer]: ArrayBuffer { (detached), [byteLength]: 0 },\n  x: 1\n}');
  const rab = new ArrayBuffer(8, { maxByteLength: 16 });
  const dv2 = new DataView(rab, 4);
  rab.resize(2);
  assert.strictEqual(inspect(dv2),
                     'DataView {\n  [byteLength]: 2,\n  [byteOffset]: undefined,\n' +
                     '  [buffer]: ArrayBuffer { [Uint8Contents]: <00 00>, [byteLength]: 2 }\n}');
}

// typed arrays: the shown `length` decides between numbers and bigints
{
  const broken = new Float32Array(2);
  Object.defineProperty(broken, 'length', { value: -1 });
  assert.strictEqual(inspect(broken), 'Float32Array(2) [ 0n, 0n ]');
  const bare = new Uint8Array(2);
  Object.setPrototypeOf(bare, null);
  assert.strictEqual(inspect(bare), '[Uint8Array(2): null prototype] [ 0, 0 ]');
}

// built-in objects whose prototype chain has no constructor keep their kind
{
  const arr = [1, 2];
  Object.setPrototypeOf(arr, { __proto__: null });
  assert.strictEqual(inspect(arr), "Array <[Object: null prototype] {}> { '0': 1, '1': 2 }");
  const map = new Map([[1, 2]]);
  Object.setPrototypeOf(map, { __proto__: null });
  assert.strictEqual(inspect(map), 'Map <[Object: null prototype] {}> {}');
  const o = { a: true };
  Object.setPrototypeOf(o, { __proto__: null });
  assert.strictEqual(inspect(o), 'Object <[Object: null prototype] {}> { a: true }');
}

// plain objects list their prototype's data properties under showHidden
{
  const obj = { __proto__: { abc: true, def: 5, toString() {} } };
  assert.strictEqual(inspect(obj), '{}');
  assert.strictEqual(inspect(obj, { showHidden: true }), '{ abc: true, def: 5 }');
  assert.strictEqual(inspect(obj, { showHidden: true, colors: true }),
                     '{ \x1B[2mabc: \x1B[33mtrue\x1B[39m\x1B[22m, \x1B[2mdef: \x1B[33m5\x1B[39m\x1B[22m }');
}

// Buffer: the constructor's own name, else "Buffer"
{
  const b = Buffer.from('Hi');
  Object.defineProperty(b, 'constructor', { value: { name: 'Foo' } });
  assert.strictEqual(inspect(b), '<Buffer 48 69>');
  class Sub extends Uint8Array {}
  Object.setPrototypeOf(Sub.prototype, Buffer.prototype);
  assert.strictEqual(inspect(new Sub(2)), '<Sub 00 00>');
  const c = Buffer.from('x');
  Object.setPrototypeOf(c, Object.create(Buffer.prototype, {
    constructor: { get() { throw new Error('no'); } },
  }));
  assert.strictEqual(inspect(c), '<Buffer 78>');
}
