'use strict';
// package.json "imports" (#names) and a package requiring itself by name.
const assert = require('assert');
const path = require('path');

const SELF = path.join(__dirname, 'fixtures', 'self');
const pjson = path.join(SELF, 'package.json');
const resolver = path.join(SELF, 'resolver.js');
const load = require('./fixtures/self/resolver.js');
const loadSub = require('./fixtures/self/sub/resolver.js');

// self-reference through "exports", from any folder of the package
assert.strictEqual(load('self-pkg'), 'self/main');
assert.strictEqual(load('self-pkg/util'), 'self/util');
assert.strictEqual(loadSub('self-pkg/util'), 'self/util');
assert.strictEqual(load.resolve('self-pkg'), path.join(SELF, 'main.js'));
for (const sub of ['./hidden', './nope']) {
  assert.throws(() => load(`self-pkg${sub.slice(1)}`), {
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    message: `Package subpath '${sub}' is not defined by "exports" in ${pjson} imported from ${resolver}`,
  });
}
// outside the package its name means nothing
assert.throws(() => require('self-pkg'), { code: 'MODULE_NOT_FOUND' });

// imports: exact names, conditions, patterns (exact beats pattern),
// other packages (with their own "exports")
assert.strictEqual(load('#dep'), 'self/dep');
assert.strictEqual(loadSub('#dep'), 'self/dep');
assert.strictEqual(load('#cond'), 'self/cond-require');
assert.strictEqual(load('#pat/one'), 'self/pat/one');
assert.strictEqual(load('#pat/deep/two'), 'self/pat/deep/two');
assert.strictEqual(load('#pat/special'), 'self/dep');
assert.strictEqual(load('#ext'), 'plain/main');
assert.strictEqual(load('#ext-sub/other'), 'plain/other');
assert.strictEqual(load('#ext-exp'), 'cond/req');
assert.strictEqual(load.resolve('#dep'), path.join(SELF, 'dep.js'));

const notDefined = (name) => ({
  code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
  name: 'TypeError',
  message: `Package import specifier "${name}" is not defined in package ${pjson} imported from ${resolver}`,
});
for (const name of ['#nope', '#null', '#trail/one', '#/x']) assert.throws(() => load(name), notDefined(name));
for (const name of ['#', '#pat/']) {
  assert.throws(() => load(name), {
    code: 'ERR_INVALID_MODULE_SPECIFIER',
    message: `Invalid module "${name}" is not a valid internal imports specifier name imported from ${resolver}`,
  });
}
assert.throws(() => load('#bad'), {
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: `Invalid "imports" target "../outside.js" defined for '#bad' in the package config ${pjson} ` +
    `imported from ${resolver}`,
});
assert.throws(() => load('#notstr'), { code: 'ERR_INVALID_PACKAGE_TARGET' });
assert.throws(() => load('#missing'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(SELF, 'nope.js')}'`,
  path: pjson,
});
// an import that maps to a builtin has no file to resolve to in CommonJS
assert.throws(() => load('#builtin'), { code: 'ERR_INVALID_URL_SCHEME' });

// a package.json without "imports" leaves #names to the node_modules search
const noImports = require('./fixtures/noimports/x.js');
assert.throws(() => noImports('#a'), { code: 'MODULE_NOT_FOUND', message: /^Cannot find module '#a'/ });
// "imports" work without a package name
const noName = require('./fixtures/noname/x.js');
assert.strictEqual(noName('#a'), noName);
