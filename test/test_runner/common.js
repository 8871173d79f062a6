'use strict';
// Runs a fixture of this folder with the runtime under test and returns its
// exit code and output, with test durations taken out.
const { spawnSync } = require('child_process');
const path = require('path');

function runFixture(name) {
  const r = spawnSync(process.execPath, [name], {
    cwd: path.join(__dirname, 'fixtures'), encoding: 'utf8', timeout: 20000,
  });
  const clean = (s) => s.replace(/ \(\d+(\.\d+)?ms\)/g, '');
  const stdout = clean(r.stdout);
  return {
    status: r.status,
    stdout,
    stderr: r.stderr,
    lines: stdout.split('\n'),
  };
}

// The summary counters as an object: { tests: 4, pass: 3, ... }.
function counts(lines) {
  const out = {};
  for (const l of lines) {
    const m = /^\u2139 (tests|suites|pass|fail|cancelled|skipped|todo) (\d+)$/.exec(l);
    if (m) out[m[1]] = Number(m[2]);
  }
  return out;
}

module.exports = { runFixture, counts };
