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

check("star", {
  "stdout": "Abc,nsx,onlyX,onlyY,same,zed false undefined\n1 2 same x default true\n[object Module] Module null\ntrue false false\n{\"value\":\"z\",\"writable\":true,\"enumerable\":true,\"configurable\":false}\nfalse false true\nTypeError\nTypeError\nAbc,nsx,onlyX,onlyY,same,zed,Symbol(Symbol.toStringTag)\n",
  "stderr": "",
  "status": 0
});

check("star-ambiguous", {
  "stdout": "",
  "stderr": "file:///FIXTURES/star-ambiguous.mjs:1\nimport { shared } from './star-both.mjs';\n         ^^^^^^\nSyntaxError: The requested module './star-both.mjs' contains conflicting star exports for name 'shared'",
  "status": 1
});
