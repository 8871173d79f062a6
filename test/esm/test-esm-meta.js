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

check("meta", {
  "stdout": "dirname,filename,main,resolve,url null\ntrue true true\ntrue true true\ntrue\nnode:path node:path\nfalse true\n",
  "stderr": "",
  "status": 0
});

check("error-stack", {
  "stdout": "Error: boom\n    at thrower (file:///error-stack.mjs:2)\n    at file:///error-stack.mjs:5\n",
  "stderr": "",
  "status": 0
});
