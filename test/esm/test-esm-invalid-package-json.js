'use strict';
// A package.json that does not parse: ERR_INVALID_PACKAGE_CONFIG, naming
// the import when ES module resolution read it.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'esm-invalid-pjson-')));
const pkgDir = path.join(dir, 'node_modules', 'broken');
fs.mkdirSync(pkgDir, { recursive: true });
const pjson = path.join(pkgDir, 'package.json');
fs.writeFileSync(pjson, '{ "name": "broken", ');
fs.writeFileSync(path.join(pkgDir, 'index.js'), 'module.exports = 1;\n');
const importer = path.join(dir, 'importer.mjs');
fs.writeFileSync(importer, "export default import('broken');\n");

(async () => {
  const ns = await import(importer);
  await assert.rejects(ns.default, {
    code: 'ERR_INVALID_PACKAGE_CONFIG',
    message: `Invalid package config ${pjson} while importing "broken" from ${importer}.`,
  });
  const { createRequire } = require('module');
  assert.throws(() => createRequire(importer)('broken'), {
    code: 'ERR_INVALID_PACKAGE_CONFIG',
    message: `Invalid package config ${pjson}.`,
  });
})().finally(() => fs.rmSync(dir, { recursive: true, force: true }));
