'use strict';
// ESM: `import { readFile } from 'node:fs'` and from 'node:fs/promises'
// (the module is test/fixtures/fs/esm-named.mjs; it asserts and exits 0).
const { execFileSync } = require('child_process');
const path = require('path');

execFileSync(process.execPath, [path.join(__dirname, '..', 'fixtures', 'fs', 'esm-named.mjs')],
  { stdio: 'inherit' });
