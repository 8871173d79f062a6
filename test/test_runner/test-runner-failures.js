'use strict';
// How tests fail: timeouts, callback errors, a callback and a promise at
// once, an unmet plan, uncaught errors and rejections while a test runs,
// and an aborted signal (timeouts and aborts count as cancelled).
const assert = require('assert');
const { runFixture, counts } = require('./common');

const r = runFixture('failures.js');
assert.strictEqual(r.status, 1, r.stdout + r.stderr);
assert.deepStrictEqual(r.lines.slice(0, 10), [
  '\u2716 timeout',
  '\u2716 callback error',
  '\u2716 callback and promise',
  '\u2716 plan short',
  '\u2716 uncaught',
  '\u2716 rejection',
  '\u2714 plan ok',
  '\u25B6 aborted',
  '  \u2716 sub',
  '\u2716 aborted',
]);
assert.deepStrictEqual(counts(r.lines), {
  tests: 9, suites: 0, pass: 1, fail: 6, cancelled: 2, skipped: 0, todo: 0,
});
const expect = [
  "test at failures.js:3:1\n\u2716 timeout\n  'test timed out after 30ms'\n",
  'test at failures.js:4:1\n\u2716 callback error\n  Error: cb fail\n',
  "test at failures.js:5:1\n\u2716 callback and promise\n  'passed a callback but also returned a Promise'\n",
  "test at failures.js:6:1\n\u2716 plan short\n  'plan expected 2 assertions but received 1'\n",
  'test at failures.js:7:1\n\u2716 uncaught\n  Error: async boom\n',
  'test at failures.js:11:1\n\u2716 rejection\n  Error: lost rejection\n',
  'test at failures.js:18:15\n\u2716 sub\n  DOMException [AbortError]: This operation was aborted\n',
];
for (const text of expect) assert.ok(r.stdout.includes(text), text);
