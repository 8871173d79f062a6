'use strict';
// --import: ES modules preloaded in order, after --require, before the
// main script or -e code; a failing one ends the process before it.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esm-import-flag-'));
const write = (name, text) => fs.writeFileSync(path.join(dir, name), text);
const run = (...args) => spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });

try {
  write('a.mjs', "import { b } from './b.mjs';\nconsole.log('a', b);\n");
  write('b.mjs', "export const b = 'b';\n");
  write('c.mjs', "await Promise.resolve();\nconsole.log('c');\n");
  write('r.cjs', "console.log('r');\n");
  write('main.js', "console.log('main');\n");

  let r = run('--import', './c.mjs', '--require', './r.cjs', '--import', './a.mjs', 'main.js');
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, 'r\nc\na b\nmain\n');

  r = run('--import', './a.mjs', '-e', "console.log('eval')");
  assert.strictEqual(r.stdout, 'a b\neval\n');

  write('throws.mjs', "throw new Error('boom');\n");
  r = run('--import', './throws.mjs', 'main.js');
  assert.strictEqual(r.status, 1);
  assert.strictEqual(r.stdout, '');
  assert.match(r.stderr, /Error: boom/);

  r = run('--import', './missing.mjs', 'main.js');
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /ERR_MODULE_NOT_FOUND/);
  assert.strictEqual(r.stdout, '');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
