'use strict';
const assert = require('assert');

const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3]);
const view = new Uint8Array(ab, 1, 2);
const out = structuredClone({ view, ab }, { transfer: [ab] });
assert.strictEqual(ab.byteLength, 0);
assert.strictEqual(ab.detached, true);
assert.strictEqual(view.length, 0);
assert.strictEqual(out.view.buffer, out.ab);
assert.deepStrictEqual([...out.view], [2, 3]);

// transferred even when the value does not reach it
const other = new ArrayBuffer(2);
assert.strictEqual(structuredClone(1, { transfer: [other] }), 1);
assert.strictEqual(other.detached, true);

// a resizable buffer stays resizable
const rab = new ArrayBuffer(4, { maxByteLength: 8 });
const moved = structuredClone(rab, { transfer: [rab] });
assert.strictEqual(moved.resizable, true);
assert.strictEqual(moved.maxByteLength, 8);

// a failed clone transfers nothing
const kept = new ArrayBuffer(4);
assert.throws(() => structuredClone({ f() {} }, { transfer: [kept] }), { name: 'DataCloneError' });
assert.strictEqual(kept.byteLength, 4);

// options and transfer list validation
const argError = (options, message) =>
  assert.throws(() => structuredClone(1, options), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message });
argError(5, "Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
argError('x', "Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
argError({ transfer: null }, "Failed to execute 'structuredClone': transfer in Options cannot be converted to sequence.");
argError({ transfer: {} }, "Failed to execute 'structuredClone': transfer in Options cannot be converted to sequence.");
argError({ transfer: 'ab' }, "Failed to execute 'structuredClone': transfer in Options cannot be converted to sequence.");
argError({ transfer: [{}, 1] }, "Failed to execute 'structuredClone': transfer in Options[1] is not an object.");
assert.strictEqual(structuredClone(1, null), 1);
assert.strictEqual(structuredClone(1, {}), 1);
assert.strictEqual(structuredClone(1, { transfer: undefined }), 1);
assert.strictEqual(structuredClone(1, { transfer: new Set() }), 1);
assert.throws(() => structuredClone(1, { get transfer() { throw new Error('getter'); } }), /getter/);

const cloneError = (transfer, message) =>
  assert.throws(() => structuredClone(1, { transfer }), { name: 'DataCloneError', code: 25, message });
cloneError([{}], 'Found invalid value in transferList.');
cloneError([new Uint8Array(2)], 'Found invalid value in transferList.');
cloneError([new SharedArrayBuffer(2)], 'Found invalid value in transferList.');
const dup = new ArrayBuffer(1);
cloneError([dup, dup], 'Transfer list contains duplicate ArrayBuffer');
assert.strictEqual(dup.byteLength, 1);
cloneError([ab], 'Cannot transfer object of unsupported type.');
