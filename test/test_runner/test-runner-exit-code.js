'use strict';
// Exit codes: 0 when every test passes (a failing todo does not count),
// 1 when one fails or an error escapes after the tests ended; tests start
// only once the main module has finished.
const assert = require('assert');
const { runFixture, counts } = require('./common');

{
  const r = runFixture('passing.js');
  assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  assert.deepStrictEqual(counts(r.lines), {
    tests: 5, suites: 1, pass: 4, fail: 0, cancelled: 0, skipped: 0, todo: 1,
  });
  assert.ok(r.lines.includes('\u26A0 todo failing does not fail the run # TODO'));
  assert.ok(r.lines.includes('\u2714 callback one'));
}
{
  const r = runFixture('pending.js');
  assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  assert.strictEqual(r.lines[0], 'ran during main: false');
  assert.strictEqual(r.lines[1], '\u2714 first');
  assert.strictEqual(r.lines.at(-2), 'exit 0 undefined');
}
{
  const r = runFixture('outside.js');
  assert.strictEqual(r.status, 1, r.stdout + r.stderr);
  assert.ok(r.lines.includes('\u2714 quick'));
  const diag = r.lines.find((l) => l.startsWith('\u2139 Error: '));
  assert.match(diag, /generated asynchronous activity after the test ended\. This activity created the error "Error: late" and would have caused the test to fail, but instead triggered an uncaughtException event\.$/);
  assert.deepStrictEqual(counts(r.lines).fail, 0);
}
