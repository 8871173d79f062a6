'use strict';
// package.json "exports": conditions, patterns, arrays, null targets and
// the errors for what is not exported or not valid.
const assert = require('assert');
const path = require('path');
const Module = require('module');

const NM = path.join(__dirname, 'fixtures', 'node_modules');
const req = Module.createRequire(path.join(__dirname, 'fixtures', 'entry.js'));
const cond = path.join(NM, 'cond');
const pjson = path.join(cond, 'package.json');

// conditions: require, node, node-addons and default, in the object's order,
// nested objects included; import and browser never match
assert.strictEqual(req('cond'), 'cond/node-require');
assert.strictEqual(req('cond/req'), 'cond/req');
assert.strictEqual(req('cond/order'), 'cond/default');
assert.strictEqual(req('cond/addons'), 'cond/addons');
assert.strictEqual(req('cond/browser'), 'cond/default');
assert.strictEqual(req.resolve('cond'), path.join(cond, 'node-require.js'));

// "exports" sugar: a string, an array, or an object of conditions
assert.strictEqual(req('strexp'), 'strexp/main');
assert.strictEqual(req('arrexp'), 'arrexp/first');
assert.strictEqual(req('sugar'), 'sugar/r');
assert.strictEqual(req('@scope/exp'), '@scope/exp');
assert.strictEqual(req('@scope/exp/x'), '@scope/exp/x');

// patterns: "*" matches across "/", the most specific key wins,
// a null pattern target hides a subtree
assert.strictEqual(req('cond/feat/one'), 'feat/one');
assert.strictEqual(req('cond/feat/sub/three'), 'feat/sub/three');
assert.strictEqual(req('cond/feat/two.cjs'), 'feat/two.cjs');
assert.deepStrictEqual(req('cond/data/conf'), { conf: true });
assert.strictEqual(req.resolve('cond/dir/one.js'), path.join(cond, 'features', 'one.js'));

// arrays: invalid entries are skipped, the first one that resolves wins
assert.strictEqual(req('cond/arr'), 'cond/arr');
assert.strictEqual(req('cond/arr-cond'), 'cond/arr');
assert.strictEqual(req.resolve('cond/pkg'), pjson);

// "exports": null falls back to "main" and plain subpaths
assert.strictEqual(req('nullexp'), 'nullexp/main');
assert.strictEqual(req('nullexp/sub'), 'nullexp/sub');

const notExported = (sub, file = pjson) => ({
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath '${sub}' is not defined by "exports" in ${file}`,
});
for (const sub of ['./imp-only', './feat/internal/secret', './arr-null', './arr-empty', './null',
  './not-exported.js', './package.json', './star/one/mid/x', './feat/']) {
  assert.throws(() => req(`cond${sub.slice(1)}`), notExported(sub));
}
assert.throws(() => req('strexp/main.js'), notExported('./main.js', path.join(NM, 'strexp', 'package.json')));
assert.throws(() => req('sugar/x'), notExported('./x', path.join(NM, 'sugar', 'package.json')));
assert.throws(() => req('@scope/exp/y'), notExported('./y', path.join(NM, '@scope', 'exp', 'package.json')));
assert.throws(() => req('noexpmain'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `No "exports" main defined in ${path.join(NM, 'noexpmain', 'package.json')}`,
});
assert.strictEqual(req('noexpmain/sub'), 'noexpmain/sub');

const invalidTarget = (sub, target, rel) => ({
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: `Invalid "exports" target ${JSON.stringify(target)} defined for '${sub}' in the package ` +
    `config ${pjson}${rel ? '; targets must start with "./"' : ''}`,
});
assert.throws(() => req('cond/bad-target'), invalidTarget('./bad-target', '../outside.js', true));
assert.throws(() => req('cond/bad-rel'), invalidTarget('./bad-rel', 'lib/x.js', true));
assert.throws(() => req('cond/bad-nm'), invalidTarget('./bad-nm', './node_modules/x.js', false));
assert.throws(() => req('cond/bad-dots'), invalidTarget('./bad-dots', './a/../../x.js', false));
assert.throws(() => req('cond/bad-type'), invalidTarget('./bad-type', '42', true));
assert.throws(() => req('cond/arr-allbad'), invalidTarget('./arr-allbad', 'bad2', true));

assert.throws(() => req('cond/num'), {
  code: 'ERR_INVALID_PACKAGE_CONFIG',
  message: `Invalid package config ${pjson}. "exports" cannot contain numeric property keys.`,
});
assert.throws(() => req('mixed'), {
  code: 'ERR_INVALID_PACKAGE_CONFIG',
  message: `Invalid package config ${path.join(NM, 'mixed', 'package.json')}. "exports" cannot ` +
    'contain some keys starting with \'.\' and some not. The exports object must either be an ' +
    'object of package subpath keys or an object of main entry condition name keys only.',
});
assert.throws(() => req('cond/feat/../secret'), {
  code: 'ERR_INVALID_MODULE_SPECIFIER',
  name: 'TypeError',
  message: 'Invalid module "./feat/../secret" request is not a valid match in pattern "./feat/*" ' +
    `for the "exports" resolution of ${pjson}`,
});
assert.throws(() => req('cond/enc/a%2fb'), {
  code: 'ERR_INVALID_MODULE_SPECIFIER',
  message: `Invalid module "file://${cond}/features/a%2fb.js" must not include encoded "/" or "\\" characters`,
});

// an exported file that does not exist, or a folder
assert.throws(() => req('cond/missing'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(cond, 'nope.js')}'`,
  path: cond,
});
assert.throws(() => req('cond/dir/sub'), { code: 'MODULE_NOT_FOUND' });
