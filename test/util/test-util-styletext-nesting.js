'use strict';
// util.styleText keeps an outer style through nested ones.
const assert = require('assert');
const { styleText } = require('util');

const s = (f, t) => styleText(f, t, { validateStream: false });
assert.strictEqual(s('red', `A${s('blue', 'B')}C`), '\x1b[31mA\x1b[34mB\x1b[31mC\x1b[39m');
// a nested close at the very end stays
assert.strictEqual(s('red', `a${s('blue', 'b')}`), '\x1b[31ma\x1b[34mb\x1b[39m\x1b[39m');
// modifiers sharing a close code are closed, then opened again
assert.strictEqual(s('dim', `x${s('bold', 'y')}z`), '\x1b[2mx\x1b[1my\x1b[22m\x1b[2mz\x1b[22m');
assert.strictEqual(s('red', `A${s(['bgRed', 'blue'], 'B')}C`), '\x1b[31mA\x1b[41m\x1b[34mB\x1b[31m\x1b[49mC\x1b[39m');
assert.strictEqual(s(['bold', 'red'], 't'), s('bold', s('red', 't')));
assert.strictEqual(s('none', 't'), 't');
// not a terminal, no FORCE_COLOR: plain text
const EventEmitter = require('events');
const makeStream = (isTTY) => Object.assign(new EventEmitter(), { write() {}, isTTY });
const stream = makeStream(false);
const saved = process.env.FORCE_COLOR;
delete process.env.FORCE_COLOR;
assert.strictEqual(styleText('red', 't', { stream }), 't');
process.env.FORCE_COLOR = '1';
assert.strictEqual(styleText('red', 't', { stream }), '\x1b[31mt\x1b[39m');
process.env.FORCE_COLOR = '0';
assert.strictEqual(styleText('red', 't', { stream: makeStream(true) }), 't');
if (saved === undefined) delete process.env.FORCE_COLOR;
else process.env.FORCE_COLOR = saved;
