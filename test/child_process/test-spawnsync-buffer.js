'use strict';
// Without an encoding, spawnSync and the exec*Sync functions give Buffers.
const assert = require('assert');
const cp = require('child_process');

const r = cp.spawnSync('sh', ['-c', 'printf hi; printf err >&2']);
assert.ok(Buffer.isBuffer(r.stdout));
assert.ok(Buffer.isBuffer(r.stderr));
assert.strictEqual(r.stdout.toString(), 'hi');
assert.strictEqual(r.stderr.toString(), 'err');
assert.strictEqual(r.output[0], null);
assert.strictEqual(r.output[1], r.stdout);

const bin = cp.spawnSync('printf', ['\\377\\000\\001'], { encoding: 'buffer' });
assert.deepStrictEqual([...bin.stdout], [0xff, 0, 1]);

const out = cp.execSync('echo abc');
assert.ok(Buffer.isBuffer(out));
assert.strictEqual(out.toString(), 'abc\n');
assert.strictEqual(cp.execFileSync('printf', ['x']).toString(), 'x');

assert.throws(() => cp.execSync('echo oops >&2; exit 3', { stdio: 'pipe' }), (err) => {
  assert.strictEqual(err.status, 3);
  assert.ok(Buffer.isBuffer(err.stderr));
  assert.strictEqual(err.stderr.toString(), 'oops\n');
  assert.strictEqual(err.message, 'Command failed: echo oops >&2; exit 3\noops\n');
  return true;
});

// input given as a Buffer reaches the child unchanged
const echo = cp.spawnSync('cat', { input: Buffer.from([1, 2, 3]) });
assert.deepStrictEqual([...echo.stdout], [1, 2, 3]);
