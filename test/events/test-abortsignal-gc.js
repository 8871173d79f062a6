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
