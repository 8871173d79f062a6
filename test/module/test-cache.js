'use strict';
// require.cache, reloading, module.children/parent/loaded, cycles and
// module.exports versus exports.
const assert = require('assert');
const path = require('path');
const Module = require('module');

const B = path.join(__dirname, 'fixtures', 'basic');
const counterFile = path.join(B, 'counter.js');

// one module object per file; cache keys are the real file names
const first = require('./fixtures/basic/counter');
assert.strictEqual(require('./fixtures/basic/counter.js'), first);
assert.strictEqual(require(counterFile), first);
assert.strictEqual(require.cache, Module._cache);
assert.strictEqual(require.cache[counterFile].exports, first);
assert.strictEqual(Object.getPrototypeOf(require.cache), null);

// deleting the cache entry loads the file again
const loads = first.loads;
delete require.cache[counterFile];
const second = require('./fixtures/basic/counter');
assert.notStrictEqual(second, first);
assert.strictEqual(second.loads, loads + 1);
assert.strictEqual(require('./fixtures/basic/counter'), second);

// a cache entry can be planted for an existing file
require.cache[path.join(B, 'c.cjs')] = { exports: 'planted', loaded: true };
assert.strictEqual(require('./fixtures/basic/c.cjs'), 'planted');
delete require.cache[path.join(B, 'c.cjs')];
assert.strictEqual(require('./fixtures/basic/c.cjs'), 'c.cjs');

// children, parent, loaded
const counterModule = require.cache[counterFile];
assert.strictEqual(counterModule.loaded, true);
assert.strictEqual(counterModule.parent, module);
assert.ok(module.children.includes(counterModule));
assert.strictEqual(module.children.filter((m) => m === counterModule).length, 1);
assert.strictEqual(module.loaded, false);
const childReq = require('./fixtures/basic/child-req');
assert.strictEqual(childReq, 'a.js');
const childModule = require.cache[path.join(B, 'child-req.js')];
assert.deepStrictEqual(childModule.children.map((m) => m.id), [path.join(B, 'a.js')]);

// cycles see the partial exports of the module still loading
const a = require('./fixtures/basic/cycle-a');
assert.deepStrictEqual(a.seenByA, { early: 'a-early', late: undefined });
assert.strictEqual(a.late, 'a-late');
assert.strictEqual(Object.getPrototypeOf(a), Object.prototype);

// module.exports replaces exports; assigning to `exports` changes nothing
const fn = require('./fixtures/basic/reassign');
assert.strictEqual(typeof fn, 'function');
assert.strictEqual(fn(), 42);
assert.strictEqual(fn.lost, undefined);
assert.deepStrictEqual(require('./fixtures/basic/exports-only'), { kept: true });

// Module._pathCache remembers resolutions
assert.ok(Object.values(Module._pathCache).includes(counterFile));
