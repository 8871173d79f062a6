'use strict';
// Relative and absolute requests: extensions, index files, package.json
// "main", BOM, shebang, trailing slashes.
const assert = require('assert');
const path = require('path');

const F = path.join(__dirname, 'fixtures', 'basic');

// relative, with and without extension, and absolute
assert.strictEqual(require('./fixtures/basic/a'), 'a.js');
assert.strictEqual(require('./fixtures/basic/a.js'), 'a.js');
assert.strictEqual(require(path.join(F, 'a')), 'a.js');
assert.strictEqual(require('./fixtures/../fixtures/basic/a'), 'a.js');

// .js is tried before .json; .json parses
assert.strictEqual(require('./fixtures/basic/d'), 'd.js');
assert.deepStrictEqual(require('./fixtures/basic/d.json'), { d: 'json' });
assert.deepStrictEqual(require('./fixtures/basic/b'), { b: 1 });

// .cjs loads when named, but is not one of the tried extensions
assert.strictEqual(require('./fixtures/basic/c.cjs'), 'c.cjs');
assert.throws(() => require('./fixtures/basic/c'), { code: 'MODULE_NOT_FOUND' });
assert.deepStrictEqual(Object.keys(require.extensions), ['.js', '.json', '.node']);

// a byte order mark is ignored in .json and .js
assert.deepStrictEqual(require('./fixtures/basic/bom.json'), { bom: true });
assert.strictEqual(require('./fixtures/basic/bom'), 'bom.js');

// a shebang line is ignored
assert.strictEqual(require('./fixtures/basic/shebang'), 'shebang');

// the longest registered extension decides; unknown ones load as .js
assert.strictEqual(require('./fixtures/basic/multi.dot'), 'multi.dot');

// module code is sloppy unless it says 'use strict'
assert.strictEqual(require('./fixtures/basic/strict-check'), false);

// directories: index.js, index.json, package.json "main" (file or folder)
assert.strictEqual(require('./fixtures/basic/dir-index'), 'dir-index');
assert.strictEqual(require('./fixtures/basic/dir-index/'), 'dir-index');
assert.deepStrictEqual(require('./fixtures/basic/dir-json'), { dir: 'json' });
assert.strictEqual(require('./fixtures/basic/dir-main'), 'dir-main');
assert.strictEqual(require('./fixtures/basic/dir-main-dir'), 'dir-main-dir');

// a "main" that points nowhere, with no index to fall back on
assert.throws(() => require('./fixtures/basic/dir-nomain'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message, `Cannot find module '${path.join(F, 'dir-nomain', 'nope.js')}'. ` +
    'Please verify that the package.json has a valid "main" entry');
  assert.strictEqual(err.path, path.join(F, 'dir-nomain', 'package.json'));
  assert.strictEqual(err.requestPath, './fixtures/basic/dir-nomain');
  return true;
});

// a trailing slash or dot means a folder, never a file
for (const id of ['./fixtures/basic/a.js/', './fixtures/basic/', './fixtures/basic/.']) {
  assert.throws(() => require(id), { code: 'MODULE_NOT_FOUND' });
}

// a file in a nested folder requiring upwards
assert.strictEqual(require('./fixtures/basic/nested/deeper/req-up.js'), 'a.js');
