'use strict';
// Runs ES module programs from ./fixtures in a child process and compares
// what they print (stderr: the report's first lines, paths made relative).
const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');
const { check, fixtures } = require('./run-fixture');

check("syntax-error", {
  "stdout": "",
  "stderr": "file:///FIXTURES/syntax-error.mjs:2\nlet y = ;\n        ^\n",
  "status": 1
});

check("missing-export", {
  "stdout": "",
  "stderr": "file:///FIXTURES/missing-export.mjs:1\nimport { nope } from './live-counter.mjs';\n         ^^^^\nSyntaxError: The requested module './live-counter.mjs' does not provide an export named 'nope'",
  "status": 1
});

// the report's source lines are the loader's own: compare the error only
{
  const r = spawnSync(process.execPath, [path.join(fixtures, 'missing-file.mjs')], { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);
  assert.ok(r.stderr.includes(`Error [ERR_MODULE_NOT_FOUND]: Cannot find module '${fixtures}/does-not-exist.mjs' imported from ${fixtures}/missing-file.mjs`), r.stderr);
  assert.ok(r.stderr.includes(`url: 'file://${fixtures}/does-not-exist.mjs'`), r.stderr);
}
