'use strict';
// Bare names: node_modules folders from the requiring file up to the root,
// package.json "main", index files, scoped packages, subpaths.
const assert = require('assert');
const path = require('path');
const Module = require('module');

const F = path.join(__dirname, 'fixtures');
const NM = path.join(F, 'node_modules');
const req = Module.createRequire(path.join(F, 'entry.js'));

assert.strictEqual(req('plain'), 'plain/main');
assert.strictEqual(req('plain/'), 'plain/main');
assert.strictEqual(req('plain/extra'), 'plain/extra');
assert.strictEqual(req('plain/lib/other.js'), 'plain/other');
assert.deepStrictEqual(req('plain/package.json').version, '1.0.0');
assert.strictEqual(req('idx'), 'idx');
assert.deepStrictEqual(req('jsonmain'), { jsonmain: true });
assert.strictEqual(req('@scope/pkg'), '@scope/pkg');
assert.strictEqual(req('@scope/pkg/sub'), '@scope/pkg/sub');
assert.strictEqual(req.resolve('plain'), path.join(NM, 'plain', 'lib', 'main.js'));

// a folder without package.json or index is not a module
assert.throws(() => req('emptydir'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => req('@scope'), { code: 'MODULE_NOT_FOUND' });

// the walk starts at the requiring file: from a nested file too
const deep = Module.createRequire(path.join(F, 'basic', 'nested', 'deeper', 'x.js'));
assert.strictEqual(deep('plain'), 'plain/main');

// the nearest node_modules wins; outer ones are still searched
const nested = req('nested');
assert.strictEqual(nested.dep, 'nested/dep');
assert.strictEqual(nested.plain, 'plain/main');
assert.strictEqual(req('dep'), 'top/dep');
assert.deepStrictEqual(nested.paths.slice(0, 2), [
  path.join(NM, 'nested', 'node_modules'),
  NM,
]);
assert.strictEqual(nested.paths[nested.paths.length - 1], '/node_modules');

// a package's .node main is found, and fails to load with ERR_DLOPEN_FAILED
assert.strictEqual(req.resolve('fake-addon'), path.join(NM, 'fake-addon', 'binding.node'));
assert.throws(() => req('fake-addon'), { code: 'ERR_DLOPEN_FAILED' });
