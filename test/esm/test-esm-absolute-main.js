'use strict';
// import of a package without "exports" whose "main" is an absolute path:
// the file it names, with no deprecation warning when it is complete, and
// DEP0151 when an extension had to be guessed.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'esm-abs-main-')));
const pkg = path.join(dir, 'node_modules', 'pkg');
fs.mkdirSync(path.join(pkg, 'lib'), { recursive: true });
fs.writeFileSync(path.join(pkg, 'lib', 'main.js'), 'console.log("main");\n');
const setMain = (main) => fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ type: 'module', main }));
const run = () => spawnSync(process.execPath, ['--input-type=module', '-e', 'import "pkg"'],
  { cwd: dir, encoding: 'utf8' });

try {
  setMain(path.join(pkg, 'lib', 'main.js'));
  let r = run();
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, 'main\n');

  setMain(path.join(pkg, 'lib', 'main'));
  r = run();
  assert.strictEqual(r.stdout, 'main\n');
  assert.ok(r.stderr.includes(`[DEP0151] DeprecationWarning: Package ${pkg}/ has a "main" field set to ` +
    `"${path.join(pkg, 'lib', 'main')}", excluding the full filename and extension to the resolved file at ` +
    `"lib/main.js", imported from ${path.join(dir, '[eval1]')}.\n Automatic extension resolution of the "main" ` +
    'field is deprecated for ES modules.'), r.stderr);

  // outside the package folder too
  fs.writeFileSync(path.join(dir, 'elsewhere.mjs'), 'console.log("elsewhere");\n');
  setMain(path.join(dir, 'elsewhere.mjs'));
  r = run();
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, 'elsewhere\n');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
