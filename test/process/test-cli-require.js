'use strict';
// -r / --require preloads modules before the main script, in order.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fx = (name) => path.join(__dirname, 'fixtures', name);
function run(args, env) {
  return spawnSync(process.execPath, args,
    { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', ...env } });
}

let r = run(['-r', fx('preload-a.js'), '--require', fx('preload-b.js'), fx('show-preloaded.js')]);
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, '["a","b"]');

r = run(['--require=' + fx('preload-b.js'), '-p', 'JSON.stringify(ndPreloaded)']);
assert.strictEqual(r.stdout, '["b"]\n');

// relative requests resolve from the working directory
r = spawnSync(process.execPath, ['-r', './fixtures/preload-a.js', '-p', 'ndPreloaded[0]'],
  { encoding: 'utf8', cwd: __dirname });
assert.strictEqual(r.stdout, 'a\n', r.stderr);

// NODE_OPTIONS preloads come first
r = run(['-r', fx('preload-b.js'), fx('show-preloaded.js')],
  { NODE_OPTIONS: `--require ${fx('preload-a.js')}` });
assert.strictEqual(r.stdout, '["a","b"]');

// a missing preload is a MODULE_NOT_FOUND error, exit 1
r = run(['-r', './nd-no-such-module', '-e', 'console.log("not reached")']);
assert.strictEqual(r.status, 1);
assert.strictEqual(r.stdout, '');
assert.match(r.stderr, /Cannot find module '\.\/nd-no-such-module'/);
