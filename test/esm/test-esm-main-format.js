'use strict';
// The main script under "type": "module": every file but .cjs goes to the
// ES module loader, which refuses extensions it does not know, and
// --input-type, which is for -e / stdin code only.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esm-main-'));
const write = (name, text) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};
const run = (file, ...flags) => spawnSync(process.execPath, [...flags, file], { encoding: 'utf8' });

try {
  write('package.json', '{"type":"module"}');
  const unknown = write('main.unknown', "export default 'unknown';\n");
  let r = run(unknown);
  assert.strictEqual(r.status, 1);
  assert.strictEqual(r.stdout, '');
  assert.ok(r.stderr.includes(`TypeError [ERR_UNKNOWN_FILE_EXTENSION]: Unknown file extension ".unknown" for ${unknown}`),
    r.stderr);

  const json = write('data.json', '{"a":1}');
  r = run(json);
  assert.strictEqual(r.status, 1);
  assert.ok(r.stderr.includes('ERR_IMPORT_ATTRIBUTE_MISSING'), r.stderr);

  r = run(write('noext', 'console.log(typeof require, typeof import.meta.url);\n'));
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, 'undefined string\n');

  const legacy = write('legacy.cjs', 'console.log(typeof require);\n');
  r = run(legacy);
  assert.strictEqual(r.stdout, 'function\n');

  r = run(write('esm.js', 'console.log("esm");\n'), '--input-type=module');
  assert.strictEqual(r.status, 1);
  assert.strictEqual(r.stdout, '');
  assert.ok(r.stderr.includes('Error [ERR_INPUT_TYPE_NOT_ALLOWED]: --input-type can only be used with string ' +
    'input via --eval, --print, or STDIN'), r.stderr);
  // a CommonJS main script is not the ES module loader's: it runs
  r = run(legacy, '--input-type=module');
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, 'function\n');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
