'use strict';
// An `only` mark anywhere in the file's declared tree limits the run to the
// marked tests; the others are not run nor reported.
const assert = require('assert');
const { runFixture, counts } = require('./common');

const r = runFixture('only.js');
assert.strictEqual(r.status, 0, r.stdout + r.stderr);
assert.deepStrictEqual(r.lines.filter((l) => l.startsWith('RAN')), ['RAN marked']);
assert.deepStrictEqual(r.lines.slice(1, 4), ['\u25B6 S', '  \u2714 marked', '\u2714 S']);
assert.deepStrictEqual(counts(r.lines), {
  tests: 1, suites: 1, pass: 1, fail: 0, cancelled: 0, skipped: 0, todo: 0,
});
