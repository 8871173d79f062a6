'use strict';
// Uncaught exceptions and unhandled rejections print exactly as Node 26
// prints them, with Node's exit codes: each fixture runs in a child process
// and its stderr is compared line by line with Node's (expected.json).
const assert = require('assert');
const expectedOutputs = require('./expected.json');
const { cases, normalize, run } = require('./uncaught-cases');

const failures = [];
for (const c of cases) {
  const expectedText = expectedOutputs[c.name];
  const nl = expectedText.indexOf('\n');
  const expectedStatus = Number(expectedText.slice('exit: '.length, nl));
  let expected = expectedText.slice(nl + 1);
  if (c.noSource || c.receivers === false) expected = normalize(expected, '', c.noSource, c.receivers);
  const r = run(process.execPath, c);
  const actual = normalize(r.stderr, process.execPath, c.noSource, c.receivers);
  const a = actual.split('\n');
  const e = expected.split('\n');
  const problems = [];
  if (r.status !== expectedStatus) problems.push(`exit code ${r.status}, expected ${expectedStatus}`);
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] !== e[i]) {
      problems.push(`line ${i + 1}:\n      got:      ${JSON.stringify(a[i])}\n      expected: ${JSON.stringify(e[i])}`);
      break;
    }
  }
  if (problems.length > 0) failures.push(`${c.name}: ${problems.join('; ')}`);
}
assert.deepStrictEqual(failures, [], `\n  ${failures.join('\n  ')}`);
