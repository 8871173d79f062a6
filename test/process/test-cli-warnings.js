'use strict';
// Warnings as Node prints them, and the flags that change that.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const prog = path.basename(process.argv0);
function run(args) {
  const r = spawnSync(process.execPath, args,
    { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  // the pid in "(node:PID)" is the child's
  return { ...r, stderr: r.stderr.replace(/\(node:\d+\)/g, '(node:PID)') };
}
const hint = (flag) => `(Use \`${prog} ${flag} ...\` to show where the warning was created)\n`;

const code = [
  "process.emitWarning('w1')",
  "process.emitWarning('d1', 'DeprecationWarning', 'DEP0999')",
  "process.emitWarning('t1', { type: 'CustomWarning', code: 'C1', detail: 'details' })",
  "process.emitWarning(new Error('e1'))",
].join(';');

let r = run(['-e', code]);
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stderr,
  '(node:PID) Warning: w1\n' + hint('--trace-warnings') +
  '(node:PID) [DEP0999] DeprecationWarning: d1\n' +
  '(node:PID) [C1] CustomWarning: t1\ndetails\n' +
  '(node:PID) Error: e1\n');

// the hint names the flag for the first warning's kind
r = run(['-e', "process.emitWarning('d', 'DeprecationWarning')"]);
assert.strictEqual(r.stderr, '(node:PID) DeprecationWarning: d\n' + hint('--trace-deprecation'));

r = run(['--no-warnings', '-e', code]);
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.status, 0);

r = run(['--no-warnings', '-e',
  "process.on('warning', (w) => console.log('event', w.message)); process.emitWarning('x')"]);
assert.strictEqual(r.stdout, 'event x\n');
assert.strictEqual(r.stderr, '');

r = run(['--no-deprecation', '-e', code + ';console.log(process.noDeprecation)']);
assert.strictEqual(r.stdout, 'true\n');
assert.ok(!r.stderr.includes('DeprecationWarning'));
assert.ok(r.stderr.includes('Warning: w1'));

r = run(['--disable-warning=DEP0999', '--disable-warning=CustomWarning', '-e', code]);
assert.ok(!r.stderr.includes('d1'));
assert.ok(!r.stderr.includes('t1'));
assert.ok(r.stderr.includes('Warning: w1'));

r = run(['--trace-warnings', '-e', "process.emitWarning('traced')"]);
assert.match(r.stderr, /^\(node:PID\) Warning: traced\n {4}at /);
assert.ok(!r.stderr.includes('(Use `'));

r = run(['--trace-deprecation', '-e', "process.emitWarning('dd', 'DeprecationWarning', 'DEP0001')"]);
assert.match(r.stderr, /^\(node:PID\) \[DEP0001\] DeprecationWarning: dd\n {4}at /);

r = run(['--throw-deprecation', '-e',
  "process.emitWarning('w'); process.emitWarning('dep', 'DeprecationWarning', 'DEP0001'); " +
  "console.log('after')"]);
assert.strictEqual(r.status, 1);
assert.strictEqual(r.stdout, 'after\n');
assert.ok(r.stderr.startsWith('(node:PID) Warning: w\n'));
assert.match(r.stderr, /DeprecationWarning: dep/);

r = run(['--throw-deprecation', '-p', 'process.throwDeprecation']);
assert.strictEqual(r.stdout, 'true\n');
r = run(['--trace-warnings', '-p', 'process.traceProcessWarnings']);
assert.strictEqual(r.stdout, 'true\n');

// --redirect-warnings=FILE appends them to the file instead
const file = `/tmp/nd-warnings-${process.pid}.txt`;
r = run([`--redirect-warnings=${file}`, '-e', "process.emitWarning('to file')"]);
assert.strictEqual(r.stderr, '');
const text = spawnSync('cat', [file], { encoding: 'utf8' }).stdout;
spawnSync('rm', ['-f', file], { stdio: 'ignore' });
assert.match(text, /^\(node:\d+\) Warning: to file\n/);
