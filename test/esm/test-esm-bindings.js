'use strict';
// Runs ES module programs from ./fixtures in a child process and compares
// what they print (stderr: the report's first lines, paths made relative).
const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');

const fixtures = path.join(__dirname, 'fixtures');

function run(name) {
  const r = spawnSync(process.execPath, [path.join(fixtures, `${name}.mjs`)], { encoding: 'utf8' });
  const url = `file://${fixtures}/`;
  const clean = (s) => s.split(url).join('file:///FIXTURES/').split(fixtures).join('/FIXTURES');
  return { stdout: clean(r.stdout), stderr: clean(r.stderr).split('\n').slice(0, 4).join('\n'), status: r.status };
}

function check(name, expected) {
  const r = run(name);
  assert.deepStrictEqual(r, expected, name);
}

check("live", {
  "stdout": "0 0 0 0\n3 3 3 3\n0 0\n2 1 v\n1000\nTypeError Assignment to constant variable.\n7 1000\n",
  "stderr": "",
  "status": 0
});

check("defaults", {
  "stdout": "42 anon fn default named named 1\nanon class default arrow default as default as default\n",
  "stderr": "",
  "status": 0
});

check("builtins", {
  "stdout": "a/b y.txt / function\ntrue true true\ntrue\n",
  "stderr": "",
  "status": 0
});

check("strict", {
  "stdout": "true undefined\nundefined\nReferenceError\nundefined\n",
  "stderr": "",
  "status": 0
});
