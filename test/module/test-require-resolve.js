'use strict';
// require.resolve (with the paths option) and require.resolve.paths.
const assert = require('assert');
const path = require('path');
const Module = require('module');

const F = path.join(__dirname, 'fixtures');
const NM = path.join(F, 'node_modules');

assert.strictEqual(require.resolve('./fixtures/basic/a'), path.join(F, 'basic', 'a.js'));
assert.strictEqual(require.resolve('./fixtures/basic/dir-main'), path.join(F, 'basic', 'dir-main', 'lib', 'entry.js'));
// builtins resolve to themselves, with or without the scheme
assert.strictEqual(require.resolve('path'), 'path');
assert.strictEqual(require.resolve('node:path'), 'node:path');
assert.throws(() => require.resolve('node:nope'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'node:nope'\nRequire stack:\n- ${__filename}`,
});
// resolving does not load
const file = path.join(F, 'basic', 'counter.js');
delete require.cache[file];
require.resolve('./fixtures/basic/counter');
assert.strictEqual(require.cache[file], undefined);

// paths: bare names search node_modules from each given folder (and the
// global folders); relative names are taken from each folder directly
const deep = path.join(F, 'basic', 'nested');
assert.strictEqual(require.resolve('plain', { paths: [deep] }), path.join(NM, 'plain', 'lib', 'main.js'));
assert.strictEqual(require.resolve('./np-mod', { paths: [path.join(F, 'nodepath', 'one')] }),
  path.join(F, 'nodepath', 'one', 'np-mod.js'));
assert.strictEqual(require.resolve('./a', { paths: ['/nonexistent', path.join(F, 'basic')] }),
  path.join(F, 'basic', 'a.js'));
assert.throws(() => require.resolve('np-mod', { paths: [path.join(F, 'nodepath', 'one')] }),
  { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require.resolve('plain', { paths: [] }), { code: 'MODULE_NOT_FOUND' });
assert.strictEqual(require.resolve('./fixtures/basic/a', { paths: undefined }), path.join(F, 'basic', 'a.js'));
assert.throws(() => require.resolve('plain', { paths: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.paths' is invalid. Received 'x'",
});
assert.throws(() => require.resolve(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "request" argument must be of type string. Received type number (5)',
});

// resolve.paths
const lookup = require.resolve.paths('anything');
assert.deepStrictEqual(lookup.slice(0, module.paths.length), module.paths);
assert.deepStrictEqual(lookup.slice(module.paths.length), Module.globalPaths);
assert.deepStrictEqual(require.resolve.paths('./x'), [__dirname]);
assert.deepStrictEqual(require.resolve.paths('../x'), [__dirname]);
assert.strictEqual(require.resolve.paths('path'), null);
assert.strictEqual(require.resolve.paths('node:path'), null);
assert.deepStrictEqual(require.resolve.paths('node:nope'), lookup);
assert.throws(() => require.resolve.paths(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.deepStrictEqual(Module._resolveLookupPaths('./x', null), ['.']);
