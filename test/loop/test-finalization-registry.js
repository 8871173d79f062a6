'use strict';
// A FinalizationRegistry's callback runs once its target is collected (the
// engine queues it on its run loop), and the registry keeps no process alive.
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const seen = [];
  const registry = new FinalizationRegistry((held) => seen.push(held));
  (function register() {
    registry.register({}, 'first');
    registry.register({}, 'second');
  })();
  let rounds = 0;
  const poll = () => {
    globalThis.gc();
    if (seen.length === 2 || ++rounds === 200) {
      console.log(JSON.stringify(seen.sort()));
      return;
    }
    setTimeout(poll, 10);
  };
  setTimeout(poll, 0);
  return;
}

const r = spawnSync(process.execPath, ['--expose-gc', __filename, 'child'],
  { encoding: 'utf8', timeout: 20000 });
assert.strictEqual(r.status, 0, r.stderr);
assert.deepStrictEqual(JSON.parse(r.stdout), ['first', 'second']);

// an unused registry with a live target: the process still ends at once
const idle = spawnSync(process.execPath, ['-e', `
  const keep = {};
  new FinalizationRegistry(() => {}).register(keep, 1);
  globalThis.keep = keep;
`], { encoding: 'utf8', timeout: 20000 });
assert.strictEqual(idle.status, 0, idle.stderr);

// a cleanup callback that throws: an uncaught exception (exit 1 with the
// error's report), or the 'uncaughtException' listener's to handle
const throwing = `
  const registry = new FinalizationRegistry(() => { throw new Error('boom in cleanup'); });
  (function register() { registry.register({}, 1); })();
  let rounds = 0;
  const poll = () => { globalThis.gc(); if (++rounds < 100) setTimeout(poll, 10); };
  setTimeout(poll, 0);
`;
const t = spawnSync(process.execPath, ['--expose-gc', '-e', throwing], { encoding: 'utf8', timeout: 20000 });
assert.strictEqual(t.status, 1);
assert.match(t.stderr, /Error: boom in cleanup/);
const h = spawnSync(process.execPath, ['--expose-gc', '-e', `
  process.on('uncaughtException', (err) => { console.log('handled', err.message); process.exit(0); });
  ${throwing}
`], { encoding: 'utf8', timeout: 20000 });
assert.strictEqual(h.status, 0, h.stderr);
assert.strictEqual(h.stdout, 'handled boom in cleanup\n');

// the constructor keeps the engine's shape
assert.strictEqual(FinalizationRegistry.name, 'FinalizationRegistry');
assert.strictEqual(FinalizationRegistry.length, 1);
assert.strictEqual(FinalizationRegistry.prototype.constructor, FinalizationRegistry);
assert.deepStrictEqual(Object.getOwnPropertyNames(FinalizationRegistry.prototype).sort(),
  ['constructor', 'register', 'unregister']);
assert.throws(() => FinalizationRegistry(() => {}), TypeError);
assert.throws(() => new FinalizationRegistry(1), TypeError);
class Sub extends FinalizationRegistry {}
assert.ok(new Sub(() => {}) instanceof FinalizationRegistry);
