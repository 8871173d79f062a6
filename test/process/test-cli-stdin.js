'use strict';
// A script piped to stdin: with no script argument, with "-", with -p.
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(args, input) {
  return spawnSync(process.execPath, args, { encoding: 'utf8', input });
}

let r = run([], 'console.log("from stdin", __filename, process.argv.length)');
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, 'from stdin [stdin] 1\n');

r = run(['-', 'a', 'b'], 'console.log(JSON.stringify(process.argv.slice(1)))');
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, '["-","a","b"]\n');

r = run(['--no-warnings', '-', 'x'],
  'console.log(JSON.stringify([process.execArgv, process.argv.slice(1)]))');
assert.strictEqual(r.stdout, '[["--no-warnings"],["-","x"]]\n');

r = run(['-p'], '6 * 7');
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, '42\n');

r = run([], 'require("path"); process.exitCode = 4');
assert.strictEqual(r.status, 4);

r = run([], 'throw new Error("stdin boom")');
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /stdin boom/);

r = run([], '');
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, '');
