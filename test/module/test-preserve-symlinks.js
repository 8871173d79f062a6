'use strict';
// --preserve-symlinks keeps the path a required or imported file was found
// at (its relative requests resolve from the link's folder);
// --preserve-symlinks-main does the same for the main module. Without them
// a module's file name is its real path.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'nd-symlinks-')));
const run = (args) => {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : `exit ${r.status}`;
};
try {
  fs.mkdirSync(path.join(dir, 'real'));
  // main: a link to real/main.js, whose ./dep.js exists only beside the link
  fs.writeFileSync(path.join(dir, 'real', 'main.js'),
                   "console.log(require('./dep.js'), __filename.endsWith('/link.js'));\n");
  fs.writeFileSync(path.join(dir, 'dep.js'), "module.exports = 'dep';\n");
  fs.symlinkSync(path.join(dir, 'real', 'main.js'), path.join(dir, 'link.js'));
  fs.writeFileSync(path.join(dir, 'index.js'), "require('./link.js');\n");

  const link = path.join(dir, 'link.js');
  assert.strictEqual(run(['--preserve-symlinks-main', link]), 'dep true');
  assert.strictEqual(run(['--preserve-symlinks-main', path.join(dir, 'link')]), 'dep true');
  assert.strictEqual(run([link]), 'exit 1');
  assert.strictEqual(run(['--preserve-symlinks', link]), 'exit 1');
  // a required link
  assert.strictEqual(run(['--preserve-symlinks', path.join(dir, 'index.js')]), 'dep true');
  assert.strictEqual(run([path.join(dir, 'index.js')]), 'exit 1');

  // ES modules: an imported link, and the main module as a link
  fs.writeFileSync(path.join(dir, 'real', 'mod.mjs'),
                   "export { default } from './dep.js';\nconsole.log(import.meta.url.endsWith('/mlink.mjs'));\n");
  fs.symlinkSync(path.join(dir, 'real', 'mod.mjs'), path.join(dir, 'mlink.mjs'));
  fs.writeFileSync(path.join(dir, 'entry.mjs'), "import d from './mlink.mjs';\nconsole.log(d);\n");
  assert.strictEqual(run(['--preserve-symlinks', path.join(dir, 'entry.mjs')]), 'true\ndep');
  assert.strictEqual(run([path.join(dir, 'entry.mjs')]), 'exit 1');
  assert.strictEqual(run(['--preserve-symlinks-main', path.join(dir, 'mlink.mjs')]), 'true');
  assert.strictEqual(run([path.join(dir, 'mlink.mjs')]), 'exit 1');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
