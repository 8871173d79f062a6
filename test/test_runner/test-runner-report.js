'use strict';
// The spec report of a run with passing, failing, skipped, todo and nested
// tests, and exit code 1 because some failed.
const assert = require('assert');
const { runFixture, counts } = require('./common');

const r = runFixture('basic.js');
assert.strictEqual(r.status, 1, r.stdout + r.stderr);
const start = r.lines.indexOf('main done');
assert.strictEqual(start, 0, 'tests run after the main module');
assert.deepStrictEqual(r.lines.slice(1, 13), [
  '\u2714 passes',
  '\u2716 fails',
  '\uFE63 skipped # SKIP',
  '\uFE63 skipped with reason # not here',
  '\u2714 todo # later',
  '\u25B6 suite',
  '  \u2714 inner',
  '  \u2716 inner fail',
  '\u2716 suite',
  '\u25B6 parent',
  '  \u2714 child',
  '\u2714 parent',
]);
assert.strictEqual(r.lines[13], '\u2139 a note');
assert.deepStrictEqual(counts(r.lines), {
  tests: 9, suites: 1, pass: 4, fail: 2, cancelled: 0, skipped: 2, todo: 1,
});
assert.match(r.stdout, /\u2139 duration_ms \d+(\.\d+)?\n/);
// the failures, each with where it was declared and its error
const tail = r.stdout.slice(r.stdout.indexOf('\n\u2716 failing tests:\n\n'));
assert.match(tail, /test at basic\.js:5:1\n\u2716 fails\n {2}AssertionError \[ERR_ASSERTION\]: Expected values to be strictly equal:\n/);
assert.match(tail, /test at basic\.js:11:3\n\u2716 inner fail\n {2}Error: boom\n/);
assert.doesNotMatch(tail, /\u2716 suite\n/, 'a parent failing through its children is not listed');
assert.strictEqual(r.stderr, '');
