'use strict';
// --trace-require-module: one ExperimentalWarning for the first require()
// of an ES module; no-node-modules skips requires from node_modules.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trace-require-module-'));
const write = (name, text) => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};
const run = (...args) => spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
const feature = 'Support for loading ES Module in require() is an experimental feature and might change at any time';

try {
  const a = write('a.mjs', 'export const a = 1;\n');
  write('b.mjs', 'export const b = 2;\n');
  const main = write('main.js', "console.log(require('./a.mjs').a + require('./b.mjs').b);\n");
  write('node_modules/dep/index.js', "module.exports = require('./esm.mjs').x;\n");
  write('node_modules/dep/esm.mjs', 'export const x = 3;\n');
  write('dep-main.js', "console.log(require('dep'));\n");

  let r = run('--trace-require-module=all', main);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, '3\n');
  const lines = r.stderr.split('\n');
  assert.match(lines[0], /^\(node:\d+\) ExperimentalWarning: /);
  assert.strictEqual(lines[0].slice(lines[0].indexOf('Warning: ') + 9),
    `CommonJS module ${main} is loading ES Module ${a} using require().`);
  assert.strictEqual(lines[1], feature);
  assert.match(lines[2], /^\(Use `.+ --trace-warnings \.\.\.` to show where the warning was created\)$/);
  assert.strictEqual(lines.length, 4); // once only

  r = run('--trace-require-module=no-node-modules', path.join(dir, 'dep-main.js'));
  assert.strictEqual(r.stdout, '3\n');
  assert.strictEqual(r.stderr, '');
  r = run('--trace-require-module=all', path.join(dir, 'dep-main.js'));
  assert.ok(r.stderr.includes(feature), r.stderr);

  // without the flag: silent
  r = run(main);
  assert.strictEqual(r.stderr, '');

  r = run('--trace-require-module=1', main);
  assert.strictEqual(r.status, 9);
  assert.match(r.stderr, /invalid value for --trace-require-module/);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
