'use strict';
// import() remembers successful resolutions only: a file missing at the
// first import() is found once it exists, and a file deleted after it was
// imported still imports the same namespace.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-resolve-cache-'));
try {
  fs.writeFileSync(path.join(dir, 'main.mjs'), `
import { writeFileSync, rmSync } from 'node:fs';
const target = new URL('./late.mjs', import.meta.url);
const first = await import(target).then(() => 'found', (e) => e.code);
writeFileSync(target, 'export default 42;\\n');
const ns = await import(target);
rmSync(target);
const again = await import(target);
console.log(first, ns.default, again === ns);
`);
  const r = spawnSync(process.execPath, [path.join(dir, 'main.mjs')], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, 'ERR_MODULE_NOT_FOUND 42 true\n');
  assert.strictEqual(r.status, 0);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
