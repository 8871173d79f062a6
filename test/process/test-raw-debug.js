'use strict';
// process._rawDebug: util.format's text and a newline, straight to stderr.
const assert = require('assert');
const { spawnSync } = require('child_process');

const d = Object.getOwnPropertyDescriptor(process, '_rawDebug');
assert.strictEqual(typeof d.value, 'function');
assert.deepStrictEqual([d.writable, d.enumerable, d.configurable], [true, true, true]);
assert.strictEqual(process._rawDebug.name, '_rawDebug');

const r = spawnSync(process.execPath, ['-e', 'process._rawDebug("a %s %d", "b", 3, { x: 1 }); process._rawDebug()'],
  { encoding: 'utf8', timeout: 20000 });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, '');
assert.strictEqual(r.stderr, 'a b 3 { x: 1 }\n\n');
