'use strict';
// Exit codes: process.exit, exitCode, 'exit' listeners.
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(code) {
  return spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
}

assert.strictEqual(run('process.exit(3)').status, 3);
assert.strictEqual(run('process.exit("4")').status, 4);
assert.strictEqual(run('process.exitCode = 5').status, 5);
assert.strictEqual(run('process.exitCode = "6"').status, 6);
assert.strictEqual(run('process.exitCode = 7; process.exit()').status, 7);
assert.strictEqual(run('process.on("exit", (c) => { process.exitCode = c + 1 }); process.exit(2)').status, 3);
let r = run('process.on("exit", (c) => console.log("exit", c)); process.exitCode = 8');
assert.strictEqual(r.status, 8);
assert.strictEqual(r.stdout, 'exit 8\n');
r = run('process.exit(1.5)');
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /ERR_OUT_OF_RANGE/);
r = run('process.exit(); console.log("not reached")');
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, '');
assert.strictEqual(run('setTimeout(() => process.exit(9), 1)').status, 9);
