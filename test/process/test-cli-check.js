'use strict';
// -c / --check: syntax only, nothing runs.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fx = (name) => path.join(__dirname, 'fixtures', name);
function run(args, input) {
  return spawnSync(process.execPath, args, { encoding: 'utf8', input });
}

let r = run(['--check', fx('syntax-ok.js')]);
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, '');

r = run(['-c', fx('show-preloaded.js')]);
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, '', 'the script did not run');

r = run(['-c', fx('syntax-error.js')]);
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /SyntaxError/);
assert.match(r.stderr, /syntax-error\.js/);

r = run(['-c'], 'let a = ;');
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /SyntaxError/);
r = run(['-c'], 'console.log("not run")');
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, '');
