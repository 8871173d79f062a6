'use strict';
// process.allowedNodeEnvironmentFlags: the options NODE_OPTIONS may carry.
const assert = require('assert');

const flags = process.allowedNodeEnvironmentFlags;
assert.ok(flags instanceof Set);
assert.strictEqual(flags, process.allowedNodeEnvironmentFlags);
for (const f of ['--require', '-r', '--expose-gc', '--no-warnings', '--max-old-space-size',
  '--stack-trace-limit', '--title', '--trace-warnings', '--unhandled-rejections',
  '--conditions', '-C', '--loader']) {
  assert.ok(flags.has(f), f);
}
assert.ok(flags.has('--expose_gc'));
assert.ok(flags.has('--stack-trace-limit=10'));
for (const f of ['--eval', '-e', '--print', '--expose-internals', '--check', '--version',
  '--stack-size', '--foo', '--']) {
  assert.ok(!flags.has(f), f);
}
// the set is read-only: these do nothing, as documented
flags.add('--foo');
assert.ok(!flags.has('--foo'));
flags.delete('--require');
assert.ok(flags.has('--require'));
flags.clear();
assert.ok(flags.size > 100);
