'use strict';
// process.cwd and process.chdir, with Node's errors.
const assert = require('assert');
const path = require('path');

const start = process.cwd();
assert.ok(path.isAbsolute(start));
process.chdir('/');
assert.strictEqual(process.cwd(), '/');
process.chdir(__dirname);
assert.strictEqual(process.cwd(), __dirname);
process.chdir('..');
assert.strictEqual(process.cwd(), path.dirname(__dirname));

const here = process.cwd();
assert.throws(() => process.chdir('/nonexistent-nd-dir'), (err) => {
  assert.strictEqual(err.message,
    `ENOENT: no such file or directory, chdir '${here}' -> '/nonexistent-nd-dir'`);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'chdir');
  assert.strictEqual(err.path, here);
  assert.strictEqual(err.dest, '/nonexistent-nd-dir');
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'dest']);
  return true;
});
assert.throws(() => process.chdir(__filename), { code: 'ENOTDIR' });
assert.throws(() => process.chdir(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "directory" argument must be of type string. Received type number (1)',
});
assert.throws(() => process.chdir(), { code: 'ERR_INVALID_ARG_TYPE' });
process.chdir(start);
