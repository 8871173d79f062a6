'use strict';
// A main module whose top-level await never settles exits with code 13 and
// names the await in a warning, which --no-warnings silences.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-tla-'));
const file = path.join(dir, 'stuck.mjs');
fs.writeFileSync(file, 'await new Promise(() => {});\n');
try {
  const loud = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  assert.strictEqual(loud.status, 13);
  assert.match(loud.stderr, /^Warning: Detected unsettled top-level await at file:.*stuck\.mjs:1\nawait new Promise\(\(\) => \{\}\);\n\^\n/);
  const quiet = spawnSync(process.execPath, ['--no-warnings', file], { encoding: 'utf8' });
  assert.strictEqual(quiet.status, 13);
  assert.strictEqual(quiet.stderr, '');
  assert.strictEqual(quiet.stdout, '');
} finally {
  fs.rmSync(dir, { recursive: true });
}
