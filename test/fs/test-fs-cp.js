'use strict';
// fs.cp / fs.cpSync / fsPromises.cp: trees, filters, existing targets and
// Node's cp errors.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = { tmpdir: () => process.env.TMPDIR || '/tmp' };

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-fscp-'));
process.on('exit', () => fs.rmSync(base, { recursive: true, force: true }));
const src = path.join(base, 'src');
fs.mkdirSync(path.join(src, 'sub', 'deep'), { recursive: true });
fs.writeFileSync(path.join(src, 'a.txt'), 'A');
fs.writeFileSync(path.join(src, 'sub', 'b.js'), 'B');
fs.writeFileSync(path.join(src, 'sub', 'deep', 'c.txt'), 'C');
fs.symlinkSync('a.txt', path.join(src, 'link'));

function tree(dir) {
  return fs.readdirSync(dir, { recursive: true }).sort();
}

// sync: a whole tree, links re-pointed at the source
const d1 = path.join(base, 'd1');
fs.cpSync(src, d1, { recursive: true });
assert.deepStrictEqual(tree(d1), tree(src));
assert.strictEqual(fs.readFileSync(path.join(d1, 'sub', 'deep', 'c.txt'), 'utf8'), 'C');
assert.strictEqual(fs.readlinkSync(path.join(d1, 'link')), path.join(src, 'a.txt'));

// a single file, with a parent that does not exist yet
fs.cpSync(path.join(src, 'a.txt'), path.join(base, 'x', 'y', 'a.txt'));
assert.strictEqual(fs.readFileSync(path.join(base, 'x', 'y', 'a.txt'), 'utf8'), 'A');

// errors
assert.throws(() => fs.cpSync(src, path.join(base, 'd2')), {
  code: 'ERR_FS_EISDIR',
  message: `Recursive option not enabled, cannot copy a directory: ${src}/`,
});
assert.throws(() => fs.cpSync(src, src, { recursive: true }), {
  code: 'ERR_FS_CP_EINVAL',
  message: `src and dest cannot be the same ${src}`,
});
fs.cp(src, src, { recursive: true }, (err) => {
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.message,
    `Invalid src or dest: cp returned EINVAL (src and dest cannot be the same) ${src}`);
  assert.strictEqual(err.errno, 22);
  assert.strictEqual(err.syscall, 'cp');
});
assert.throws(() => fs.cpSync(src, path.join(src, 'sub', 'inner'), { recursive: true }), {
  code: 'ERR_FS_CP_EINVAL',
});
assert.throws(() => fs.cpSync(src, path.join(d1, 'a.txt'), { recursive: true }), {
  code: 'ERR_FS_CP_DIR_TO_NON_DIR',
});
assert.throws(() => fs.cpSync(path.join(src, 'a.txt'), d1), { code: 'ERR_FS_CP_NON_DIR_TO_DIR' });
assert.throws(() => fs.cpSync(path.join(src, 'a.txt'), path.join(d1, 'a.txt'),
  { force: false, errorOnExist: true }), { code: 'ERR_FS_CP_EEXIST' });
assert.throws(() => fs.cpSync(src, d1, { dereference: true, verbatimSymlinks: true }), {
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
});
assert.throws(() => fs.cpSync(src, d1, { recursive: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.cpSync(path.join(base, 'nope'), d1), { code: 'ENOENT', syscall: 'lstat' });
assert.throws(() => fs.cpSync(src, path.join(base, 'd3'), {
  recursive: true,
  filter: async () => true,
}), { code: 'ERR_INVALID_RETURN_VALUE' });

// callback form with a filter
const d4 = path.join(base, 'd4');
const seen = [];
fs.cp(src, d4, {
  recursive: true,
  filter: (s) => {
    seen.push(path.relative(src, s));
    return !s.endsWith('.js');
  },
}, (err) => {
  assert.ifError(err);
  assert.ok(seen.includes('sub/b.js'));
  assert.ok(!fs.existsSync(path.join(d4, 'sub', 'b.js')));
  assert.ok(fs.existsSync(path.join(d4, 'sub', 'deep', 'c.txt')));

  // promise form with an asynchronous filter, over an existing tree
  fs.promises.cp(src, d4, { recursive: true, filter: async () => true }).then(() => {
    assert.strictEqual(fs.readFileSync(path.join(d4, 'sub', 'b.js'), 'utf8'), 'B');
    return assert.rejects(fs.promises.cp(src, d4, { recursive: true, errorOnExist: true,
      force: false }), { code: 'ERR_FS_CP_EEXIST' });
  }).then(() => { process.exitCode = 0; });
});
assert.throws(() => fs.cp(src, d4), { code: 'ERR_INVALID_ARG_TYPE' });
