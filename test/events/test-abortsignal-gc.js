'use strict';
// Under --expose-gc, gc() collects before it returns: a timeout signal
// nobody listens to is collected, one with an 'abort' listener is not.
const assert = require('assert');
const { spawnSync } = require('child_process');

const program = `
const { setTimeout: sleep } = require('timers/promises');
(async () => {
  let plain, dropped, listened;
  function handler() {}
  {
    plain = new WeakRef({});
    dropped = new WeakRef(AbortSignal.timeout(1200000));
    listened = new WeakRef(AbortSignal.timeout(1200000));
    listened.deref().addEventListener('abort', handler);
  }
  await sleep(10);
  gc();
  const out = [plain.deref() === undefined, dropped.deref() === undefined,
    listened.deref() instanceof AbortSignal];
  listened.deref().removeEventListener('abort', handler);
  await sleep(10);
  gc();
  out.push(listened.deref() === undefined);
  console.log(out.join(' '));
})();
`;
for (let i = 0; i < 3; i++) {
  const r = spawnSync(process.execPath, ['--expose-gc', '-e', program], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, 'true true true true\n');
  assert.strictEqual(r.status, 0);
}

// AbortSignal.any() of timeout signals: what any() made, while listened to,
// keeps the timeouts it waits on alive through a collection, and aborts.
const anyProgram = `
const { once } = require('events');
const s = AbortSignal.any([AbortSignal.timeout(300), AbortSignal.timeout(1200000)]);
once(s, 'abort').then(() => console.log(s.reason.name));
setTimeout(() => gc(), 50);
setTimeout(() => console.log('done'), 1000);
`;
const r = spawnSync(process.execPath, ['--expose-gc', '-e', anyProgram], { encoding: 'utf8' });
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.stdout, 'TimeoutError\ndone\n');
assert.strictEqual(r.status, 0);
