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
