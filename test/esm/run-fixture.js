'use strict';
// The helper of test/esm: run(name) runs fixtures/<name>.mjs in a child
// process; check(name, expected) compares what it printed (stderr: the
// report's first lines, paths made relative) and its exit status.
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

module.exports = { run, check, fixtures };
