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

check("tla", {
  "stdout": "slow start\nsync runs\nslow end\ndependent sees slow\nmain dep sync\nafter await 42\nfor await 1\nfor await 2\ntimer after main\n",
  "stderr": "",
  "status": 0
});

check("tla-unsettled", {
  "stdout": "before\n",
  "stderr": "Warning: Detected unsettled top-level await at file:///FIXTURES/tla-unsettled.mjs:2\nawait new Promise(() => {});\n^\n",
  "status": 13
});
