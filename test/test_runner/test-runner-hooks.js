'use strict';
// Hook order at file, suite and test level, and t.name / t.fullName.
const assert = require('assert');
const { runFixture } = require('./common');

const r = runFixture('hooks.js');
assert.strictEqual(r.status, 0, r.stdout + r.stderr);
const log = r.lines.filter((l) => l.startsWith('LOG ')).map((l) => l.slice(4));
assert.deepStrictEqual(log, [
  'root before',
  'S before',
  'root beforeEach a', 'S beforeEach a', 'a', 'S afterEach a', 'root afterEach a',
  'root beforeEach b', 'S beforeEach b', 'b', 'S afterEach b', 'root afterEach b',
  'S after',
  'root beforeEach t',
  'root beforeEach c', 't beforeEach c', 'c t > c', 'root afterEach c',
  't body end',
  'root afterEach t',
  't after',
  'root after',
]);
const report = r.lines.filter((l) => !l.startsWith('LOG ') && !l.startsWith('\u2139'));
assert.deepStrictEqual(report.filter(Boolean), [
  '\u25B6 S', '  \u2714 a', '  \u25B6 inner', '    \u2714 b', '  \u2714 inner', '\u2714 S',
  '\u25B6 t', '  \u2714 c', '\u2714 t',
]);
