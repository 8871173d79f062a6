'use strict';
// console.time/timeLog/timeEnd: Node's duration formats (ms, s, m:ss.mmm,
// h:mm:ss.mmm) under a fake process.hrtime, and the warnings for unknown
// or repeated labels and counters.
const assert = require('assert');
const { Console } = require('console');
const EventEmitter = require('events');

const stream = new EventEmitter();
stream.out = [];
stream.write = (s) => { stream.out.push(s); return true; };
const c = new Console({ stdout: stream, stderr: stream });

let now = [0, 0];
const realHrtime = process.hrtime;
process.hrtime = (start) => {
  if (start === undefined) return now.slice();
  let s = now[0] - start[0];
  let ns = now[1] - start[1];
  if (ns < 0) {
    s--;
    ns += 1e9;
  }
  return [s, ns];
};
const cases = [
  [[0, 1234567], 't: 1.235ms'], [[0, 100], 't: 0ms'], [[0, 0], 't: 0ms'], [[0, 999999999], 't: 1000ms'],
  [[1, 500000000], 't: 1.500s'], [[59, 999600000], 't: 60.000s'],
  [[61, 3000000], 't: 1:01.003 (m:ss.mmm)'], [[3723, 4000000], 't: 1:02:03.004 (h:mm:ss.mmm)'],
  [[7200, 0], 't: 2:00:00.000 (h:mm:ss.mmm)'],
];
try {
  for (const [elapsed, text] of cases) {
    stream.out.length = 0;
    now = [10, 0];
    c.time('t');
    now = [10 + elapsed[0], elapsed[1]];
    c.timeEnd('t');
    assert.deepStrictEqual(stream.out, [`${text}\n`]);
  }
  stream.out.length = 0;
  now = [0, 0];
  c.time();
  now = [0, 5000000];
  c.timeLog(undefined, 'extra', { a: 1 });
  c.timeLog('default');
  c.timeEnd();
  c.time(42);
  c.timeEnd('42');
  assert.deepStrictEqual(stream.out, ['default: 5ms extra { a: 1 }\n', 'default: 5ms\n', 'default: 5ms\n', '42: 0ms\n']);
} finally {
  process.hrtime = realHrtime;
}

const warnings = [];
process.emitWarning = (msg) => warnings.push(msg);
c.timeEnd('nope');
c.timeLog('nope');
c.countReset('zz');
c.time('dup');
c.time('dup');
c.count(1);
c.countReset(1); // looked up as given: the number is not the string '1'
c.countReset('1');
assert.deepStrictEqual(warnings, [
  "No such label 'nope' for console.timeEnd()",
  "No such label 'nope' for console.timeLog()",
  "Count for 'zz' does not exist",
  "Label 'dup' already exists for console.time()",
  "Count for '1' does not exist",
]);
