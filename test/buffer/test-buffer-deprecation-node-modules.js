'use strict';
// DEP0005 is not emitted for new Buffer() inside node_modules, unless
// --pending-deprecation is given.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixture = path.join(__dirname, 'fixtures', 'new-buffer-in-node-modules.js');
const env = { ...process.env };
delete env.NODE_PENDING_DEPRECATION;
delete env.NODE_OPTIONS;

let r = spawnSync(process.execPath, [fixture], { encoding: 'utf8', env });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stderr.trim(), '');

r = spawnSync(process.execPath, ['--pending-deprecation', fixture], { encoding: 'utf8', env });
assert.strictEqual(r.status, 0);
assert.match(r.stderr, /\[DEP0005\] DeprecationWarning/);
