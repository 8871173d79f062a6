'use strict';
// process.stdout / stderr .write: synchronous, callbacks, chunk types.
const assert = require('assert');

assert.strictEqual(process.stdout.fd, 1);
assert.strictEqual(process.stderr.fd, 2);
assert.strictEqual(process.stdin.fd, 0);
assert.strictEqual(process.stdout, process.stdout);
for (const s of [process.stdout, process.stderr]) {
  assert.strictEqual(typeof s.write, 'function');
  assert.strictEqual(typeof s.on, 'function');
  if (s.isTTY) {
    assert.ok(s.columns > 0 && s.rows > 0);
  } else {
    assert.strictEqual(s.isTTY, undefined);
  }
}
const d = Object.getOwnPropertyDescriptor(process, 'stdout');
assert.strictEqual(typeof d.get, 'function');
assert.strictEqual(d.enumerable, true);

assert.strictEqual(process.stdout.write(''), true);
assert.strictEqual(process.stdout.write(new Uint8Array(0)), true);
assert.throws(() => process.stdout.write(1), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
});
assert.throws(() => process.stdout.write({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.stdout.write(null), { code: 'ERR_STREAM_NULL_VALUES' });

let calls = 0;
process.stdout.write('', () => calls++);
process.stdout.write('', 'utf8', () => calls++);
assert.strictEqual(calls, 0, 'callbacks run later');
setImmediate(() => assert.strictEqual(calls, 2));
