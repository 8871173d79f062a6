'use strict';
// tty.isatty, WriteStream's checks and colour-depth rules.
const assert = require('assert');
const fs = require('fs');
const tty = require('tty');

assert.deepStrictEqual(Object.keys(tty).sort(), ['ReadStream', 'WriteStream', 'isatty']);
for (const bad of [-1, 1.5, '1', null, undefined, 2 ** 31, NaN]) assert.strictEqual(tty.isatty(bad), false);
const fd = fs.openSync(__filename, 'r');
assert.strictEqual(tty.isatty(fd), false);

assert.throws(() => new tty.WriteStream(-1), { code: 'ERR_INVALID_FD', name: 'RangeError' });
assert.throws(() => new tty.WriteStream(fd), {
  code: 'ERR_TTY_INIT_FAILED',
  name: 'SystemError',
  message: 'TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)',
});
fs.closeSync(fd);
assert.strictEqual(tty.WriteStream.prototype.isTTY, true);

const { getColorDepth, hasColors } = tty.WriteStream.prototype;
assert.strictEqual(getColorDepth({}), 1);
assert.strictEqual(getColorDepth({ TERM: 'xterm' }), 4);
assert.strictEqual(getColorDepth({ TERM: 'xterm-256color' }), 8);
assert.strictEqual(getColorDepth({ COLORTERM: 'truecolor' }), 24);
assert.strictEqual(getColorDepth({ TERM: 'xterm', NO_COLOR: '1' }), 1);
assert.strictEqual(getColorDepth({ TERM: 'dumb' }), 1);
assert.strictEqual(getColorDepth({ TMUX: '1' }), 24);
assert.strictEqual(getColorDepth({ CI: '1' }), 1);
assert.strictEqual(getColorDepth({ CI: '1', GITHUB_ACTIONS: '1' }), 24);
assert.strictEqual(getColorDepth({ CI: '1', TRAVIS: '1' }), 8);
assert.strictEqual(getColorDepth({ CI: '' }), 1);
assert.strictEqual(getColorDepth({ TERM: 'xterm', NO_COLOR: '' }), 4);
assert.strictEqual(getColorDepth({ TERM: 'xterm-kitty' }), 24);
assert.strictEqual(getColorDepth({ TERM: 'vt220' }), 4);
assert.strictEqual(getColorDepth({ FORCE_COLOR: '0' }), 1);
assert.strictEqual(getColorDepth({ FORCE_COLOR: '2' }), 8);
assert.strictEqual(getColorDepth({ FORCE_COLOR: '3' }), 24);
assert.strictEqual(getColorDepth({ FORCE_COLOR: '' }), 4);
assert.strictEqual(hasColors({ TERM: 'xterm' }), true);
assert.strictEqual(hasColors(256, { TERM: 'xterm' }), false);
assert.strictEqual(hasColors(2, {}), true);
assert.throws(() => hasColors(1, {}), { code: 'ERR_OUT_OF_RANGE' });
