'use strict';
// The `module` builtin: builtinModules, isBuiltin, createRequire, wrap and
// the Module._* hooks packages patch.
const assert = require('assert');
const path = require('path');
const Module = require('module');

const F = path.join(__dirname, 'fixtures');

assert.strictEqual(require('node:module'), Module);
assert.strictEqual(Module.Module, Module);
assert.strictEqual(typeof Module, 'function');

// builtinModules: public names; node:-only ones carry the scheme
const { builtinModules } = Module;
assert.ok(Array.isArray(builtinModules));
assert.ok(Object.isFrozen(builtinModules));
for (const name of ['module', 'path', 'events', 'timers', 'util']) assert.ok(builtinModules.includes(name), name);
for (const name of builtinModules) {
  assert.ok(!name.startsWith('internal/'), name);
  assert.ok(Module.isBuiltin(name), name);
  if (name.startsWith('node:')) {
    assert.ok(!Module.isBuiltin(name.slice(5)), name);
  } else {
    assert.ok(Module.isBuiltin(`node:${name}`), name);
    assert.strictEqual(require(name), require(`node:${name}`));
  }
}
assert.ok(!builtinModules.includes('test'));

// isBuiltin
assert.strictEqual(Module.isBuiltin('path'), true);
assert.strictEqual(Module.isBuiltin('node:path'), true);
assert.strictEqual(Module.isBuiltin('node:module'), true);
assert.strictEqual(Module.isBuiltin('test'), false);
assert.strictEqual(Module.isBuiltin('internal/errors'), false);
assert.strictEqual(Module.isBuiltin('node:nope'), false);
assert.strictEqual(Module.isBuiltin('path/'), false);
assert.strictEqual(Module.isBuiltin(5), false);
// a builtin name wins over node_modules, unless spelled as a path
assert.strictEqual(require('path'), path);

// createRequire: absolute path, folder with trailing slash, file: URL string
const r1 = Module.createRequire(path.join(F, 'basic', 'x.js'));
assert.strictEqual(r1('./a'), 'a.js');
assert.strictEqual(Module.createRequire(`${path.join(F, 'basic')}/`)('./a'), 'a.js');
assert.strictEqual(Module.createRequire(`file://${F}/basic/x.js`)('./a'), 'a.js');
assert.strictEqual(r1.resolve('plain'), path.join(F, 'node_modules', 'plain', 'lib', 'main.js'));
assert.strictEqual(r1.cache, Module._cache);
for (const bad of ['rel/x.js', 5, null, 'http://example.com/x.js']) {
  assert.throws(() => Module.createRequire(bad), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: /^The argument 'filename' must be a file URL object, file URL string, or absolute path string\. Received /,
  });
}

// wrap / wrapper
assert.deepStrictEqual([...Module.wrapper],
  ['(function (exports, require, module, __filename, __dirname) { ', '\n});']);
assert.strictEqual(Module.wrap('x'), '(function (exports, require, module, __filename, __dirname) { x\n});');
assert.ok(!Object.keys(Module).includes('wrap'));

// _nodeModulePaths
assert.deepStrictEqual(Module._nodeModulePaths('/a/node_modules/b/node_modules/c'), [
  '/a/node_modules/b/node_modules/c/node_modules', '/a/node_modules/b/node_modules',
  '/a/node_modules', '/node_modules',
]);
assert.deepStrictEqual(Module._nodeModulePaths('/'), ['/node_modules']);
assert.deepStrictEqual(Module._nodeModulePaths('/a/node_modules'), ['/a/node_modules', '/node_modules']);

// _findPath
assert.strictEqual(Module._findPath('./a', [path.join(F, 'basic')]), path.join(F, 'basic', 'a.js'));
assert.strictEqual(Module._findPath('plain', [path.join(F, 'node_modules')]),
  path.join(F, 'node_modules', 'plain', 'lib', 'main.js'));
assert.strictEqual(Module._findPath('nope', [path.join(F, 'node_modules')]), false);
assert.strictEqual(Module._findPath('x', []), false);

// a new extension
Module._extensions['.txt'] = (mod, filename) => { mod.exports = `text:${path.basename(filename)}`; };
try {
  assert.strictEqual(require('./fixtures/basic/note'), 'text:note.txt');
  assert.strictEqual(require('./fixtures/basic/note.txt'), 'text:note.txt');
  assert.throws(() => require('./fixtures/basic/none.txt'), { code: 'MODULE_NOT_FOUND' });
} finally {
  delete Module._extensions['.txt'];
}

// packages patch _resolveFilename and _load
const origResolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...args) {
  if (request === 'virtual-alias') request = './fixtures/basic/a';
  return origResolve.call(this, request, ...args);
};
try {
  assert.strictEqual(require('virtual-alias'), 'a.js');
} finally {
  Module._resolveFilename = origResolve;
}
const origLoad = Module._load;
Module._load = function (request, ...args) {
  if (request === 'virtual-module') return { virtual: true };
  return origLoad.call(this, request, ...args);
};
try {
  assert.deepStrictEqual(require('virtual-module'), { virtual: true });
} finally {
  Module._load = origLoad;
}
assert.throws(() => require('virtual-module'), { code: 'MODULE_NOT_FOUND' });

// findPackageJSON
const self = path.join(F, 'self');
assert.strictEqual(Module.findPackageJSON(`file://${self}/pat/one.js`), path.join(self, 'package.json'));
assert.strictEqual(Module.findPackageJSON('./pat/one.js', path.join(self, 'main.js')),
  path.join(self, 'package.json'));
assert.strictEqual(Module.findPackageJSON('plain', path.join(self, 'main.js')),
  path.join(F, 'node_modules', 'plain', 'package.json'));
assert.throws(() => Module.findPackageJSON('./x', path.join(self, 'main.js')), { code: 'ERR_MODULE_NOT_FOUND' });
assert.throws(() => Module.findPackageJSON('/x.js'), { code: 'ERR_UNSUPPORTED_RESOLVE_REQUEST' });

// the rest of the surface exists
for (const fn of ['_load', '_resolveFilename', '_findPath', '_nodeModulePaths', '_resolveLookupPaths',
  '_initPaths', '_preloadModules', 'createRequire', 'isBuiltin', 'runMain', 'syncBuiltinESMExports']) {
  assert.strictEqual(typeof Module[fn], 'function', fn);
}
for (const name of ['_cache', '_pathCache', '_extensions']) {
  assert.strictEqual(Object.getPrototypeOf(Module[name]), null, name);
}
assert.ok(Array.isArray(Module.globalPaths));
