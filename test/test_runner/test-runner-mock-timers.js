'use strict';
// mock.timers: setTimeout/setInterval/setImmediate and Date on a fake clock.
const assert = require('assert');
const { mock } = require('node:test');
const timers = require('timers');

const realSetTimeout = setTimeout;
assert.throws(() => mock.timers.tick(1), { code: 'ERR_INVALID_STATE' });
mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'setImmediate', 'Date'], now: 1000 });
assert.throws(() => mock.timers.enable(), { code: 'ERR_INVALID_STATE' });
assert.notStrictEqual(setTimeout, realSetTimeout);
assert.strictEqual(timers.setTimeout, setTimeout);
assert.strictEqual(Date.now(), 1000);
assert.strictEqual(new Date().getTime(), 1000);
assert.ok(new Date() instanceof Date);
assert.strictEqual(new Date(5).getTime(), 5);

const seen = [];
setTimeout((a) => seen.push(`t100 ${a}`), 100, 'x');
const cancelled = setTimeout(() => seen.push('never'), 50);
clearTimeout(cancelled);
const iv = setInterval(() => seen.push(`iv ${Date.now()}`), 40);
setImmediate(() => seen.push('imm'));
mock.timers.tick(99);
assert.deepStrictEqual(seen, ['imm', 'iv 1099', 'iv 1099']);
mock.timers.tick(1);
assert.deepStrictEqual(seen.slice(3), ['t100 x']);
clearInterval(iv);
mock.timers.tick(1000);
assert.strictEqual(seen.length, 4);
assert.strictEqual(Date.now(), 2100);

setTimeout(() => seen.push('late'), 5000);
mock.timers.runAll();
assert.strictEqual(seen.at(-1), 'late');
assert.strictEqual(Date.now(), 7100);
mock.timers.setTime(50);
assert.strictEqual(Date.now(), 50);

mock.timers.reset();
assert.strictEqual(setTimeout, realSetTimeout);
assert.strictEqual(timers.setTimeout, realSetTimeout);
assert.ok(Date.now() > 1e12);
assert.throws(() => mock.timers.enable({ apis: ['nope'] }), { code: 'ERR_INVALID_ARG_VALUE' });
