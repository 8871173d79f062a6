'use strict';
// What a module sees: the wrapper arguments, module.* properties,
// require.main for the entry point.
const assert = require('assert');
const path = require('path');
const Module = require('module');

const B = path.join(__dirname, 'fixtures', 'basic');

// the entry point
assert.strictEqual(require.main, module);
assert.strictEqual(process.mainModule, module);
assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.strictEqual(module.path, __dirname);
assert.strictEqual(__dirname, path.dirname(__filename));
assert.strictEqual(module.parent, null);
assert.strictEqual(module.isPreloading, false);
assert.ok(module instanceof Module);
assert.strictEqual(module.constructor, Module);
assert.strictEqual(this, module.exports);
assert.strictEqual(exports, module.exports);
assert.strictEqual(typeof module.require, 'function');
assert.deepStrictEqual(Object.keys(module), ['id', 'path', 'exports', 'filename', 'loaded', 'children', 'paths']);
assert.deepStrictEqual(Object.keys(require), ['resolve', 'main', 'extensions', 'cache']);
assert.deepStrictEqual(module.paths, Module._nodeModulePaths(__dirname));

// a required module
const info = require('./fixtures/basic/info');
const file = path.join(B, 'info.js');
assert.strictEqual(info.filename, file);
assert.strictEqual(info.dirname, B);
assert.strictEqual(info.id, file);
assert.strictEqual(info.modFilename, file);
assert.strictEqual(info.path, B);
assert.strictEqual(info.loaded, false);
assert.strictEqual(info.thisIsExports, true);
assert.strictEqual(info.exportsIsModuleExports, true);
assert.strictEqual(info.parent, module);
assert.strictEqual(info.requireMain, module);
assert.strictEqual(info.requireCache, require.cache);
assert.strictEqual(info.requireExtensions, require.extensions);
assert.strictEqual(info.isPreloading, false);
assert.strictEqual(info.args, 5);
assert.deepStrictEqual(info.paths, Module._nodeModulePaths(B));
assert.strictEqual(info.paths[0], path.join(B, 'node_modules'));
assert.strictEqual(info.self.loaded, true);

// module.require is require relative to that module
assert.strictEqual(info.self.require('./a'), 'a.js');

// a new Module by hand
const m = new Module('/some/where/x.js', module);
assert.strictEqual(m.id, '/some/where/x.js');
assert.strictEqual(m.path, '/some/where');
assert.strictEqual(m.filename, null);
assert.strictEqual(m.loaded, false);
assert.deepStrictEqual(m.exports, {});
assert.strictEqual(m.parent, module);
assert.ok(module.children.includes(m));
m.parent = null;
assert.strictEqual(m.parent, null);
const bare = new Module();
assert.strictEqual(bare.id, '');
assert.strictEqual(bare.path, '.');
assert.strictEqual(bare.parent, undefined);

// -r style preloading: the parent is internal/preload, isPreloading is true
// while it runs and false after
const probe = path.join(B, 'preload-probe.js');
Module._preloadModules([probe]);
assert.deepStrictEqual(require(probe), { isPreloading: true, parentId: 'internal/preload' });
assert.strictEqual(module.isPreloading, false);
