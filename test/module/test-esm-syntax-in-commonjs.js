'use strict';
// ES module syntax where CommonJS runs: V8's SyntaxError messages, the
// "Failed to load the ES module" warning printed before the error, and
// ERR_REQUIRE_ESM / SyntaxError when require(esm) is turned off.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esm-syntax-'));
const write = (name, text) => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};
const run = (...args) => spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
const note = (file) => `Warning: Failed to load the ES module: ${file}. Make sure to set "type": ` +
  '"module" in the nearest package.json file or use the .mjs extension.';

try {
  // the engine's own words become V8's; the warning comes first
  for (const [source, message] of [
    ['const a = 1;\nexport default a;\n', "SyntaxError: Unexpected token 'export'"],
    ['import "x";\n', 'SyntaxError: Cannot use import statement outside a module'],
    ["import x, { y } from 'xyz';\n", 'SyntaxError: Cannot use import statement outside a module'],
    ["import * as ns from 'xyz';\n", 'SyntaxError: Cannot use import statement outside a module'],
    ['console.log(import.meta.url);\n', "SyntaxError: Cannot use 'import.meta' outside a module"],
  ]) {
    const file = write('main.cjs', source);
    const r = run(file);
    assert.strictEqual(r.status, 1, r.stderr);
    const at = r.stderr.indexOf(note(file));
    assert.ok(at !== -1, r.stderr);
    assert.ok(r.stderr.indexOf(message) > at, r.stderr);
    assert.ok(r.stderr.includes(`${file}:${source.split('\n').findIndex((l) => /import|export/.test(l)) + 1}\n`),
      r.stderr);
  }

  // also when required, and as a thrown error a program can catch
  write('lib.cjs', 'export const x = 1;\n');
  const caught = run('-e', `
    try { require('./lib.cjs'); } catch (e) { console.log(e.name, e.message); }`);
  assert.strictEqual(caught.status, 0, caught.stderr);
  assert.strictEqual(caught.stdout, "SyntaxError Unexpected token 'export'\n");
  assert.ok(caught.stderr.includes(note(path.join(dir, 'lib.cjs'))), caught.stderr);

  // an import() call is not module syntax: no warning
  write('dyn.cjs', "import('./nope.mjs').catch((e) => console.log(e.code));\n");
  const dyn = run(path.join(dir, 'dyn.cjs'));
  assert.strictEqual(dyn.stdout, 'ERR_MODULE_NOT_FOUND\n');
  assert.strictEqual(dyn.stderr, '');

  // a .js file of no package type that only parses as a module: with
  // require(esm) off, require() gives the SyntaxError; as the main script
  // it still runs as a module
  const loose = write('loose.js', "export default 'module';\nconsole.log('executed');\n");
  write('req-loose.js', `
    try { require('./loose.js'); } catch (e) { console.log(e.name, e.message); }`);
  const off = run('--no-experimental-require-module', path.join(dir, 'req-loose.js'));
  assert.strictEqual(off.stdout, "SyntaxError Unexpected token 'export'\n");
  assert.ok(off.stderr.includes(note(loose)), off.stderr);
  const main = run('--no-experimental-require-module', loose);
  assert.strictEqual(main.status, 0, main.stderr);
  assert.strictEqual(main.stdout, 'executed\n');

  // "type": "module": ERR_REQUIRE_ESM says why the file is a module
  write('pkg/package.json', '{"type":"module"}');
  const esm = write('pkg/esm.js', 'export default 1;\n');
  const cjs = write('pkg/cjs.js', 'module.exports = 1;\n');
  const from = write('from.js', `
    for (const f of ['./pkg/esm.js', './pkg/cjs.js']) {
      try { require(f); } catch (e) { console.log(e.code); console.log(e.message); }
    }`);
  const r = run('--no-experimental-require-module', from);
  assert.strictEqual(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.strictEqual(lines[0], 'ERR_REQUIRE_ESM');
  assert.strictEqual(lines[1], `require() of ES Module ${esm} from ${from} not supported.`);
  assert.strictEqual(lines[2], `Instead change the require of esm.js in ${from} to a dynamic import() ` +
    'which is available in all CommonJS modules.');
  assert.strictEqual(lines[3], 'ERR_REQUIRE_ESM');
  assert.strictEqual(lines[4], `require() of ES Module ${cjs} from ${from} not supported.`);
  assert.strictEqual(lines[5], 'cjs.js is treated as an ES module file as it is a .js file whose nearest ' +
    'parent package.json contains "type": "module" which declares all .js files in that package scope as ' +
    'ES modules.');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
