'use strict';
// WebAssembly.compile and instantiate settle their promises, and a pending
// one keeps the process alive (nothing else is scheduled here): the results
// arrive in order with the program's own ticks and timers, and an invalid
// module rejects with a CompileError.
const assert = require('assert');
const { spawnSync } = require('child_process');

// (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0, 7, 7, 1, 3, 97, 100,
  100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11,
]);

if (process.argv[2] === 'child') {
  const log = [];
  process.on('exit', (code) => console.log(JSON.stringify({ log, code })));
  (async () => {
    const module = await WebAssembly.compile(bytes);
    log.push(`module ${module instanceof WebAssembly.Module}`);
    const instance = await WebAssembly.instantiate(module);
    log.push(`instance ${instance.exports.add(2, 3)}`);
    const pair = await WebAssembly.instantiate(bytes, {});
    log.push(`pair ${Object.keys(pair).sort().join()} ${pair.instance.exports.add(20, 22)}`);
    const many = await Promise.all([1, 2, 3, 4].map(() => WebAssembly.instantiate(bytes)));
    log.push(`many ${many.map((r) => r.instance.exports.add(1, 1)).join()}`);
    try {
      await WebAssembly.compile(new Uint8Array([1, 2, 3]));
      log.push('no error');
    } catch (err) {
      log.push(`rejected ${err instanceof WebAssembly.CompileError}`);
    }
    process.nextTick(() => log.push('tick'));
    setTimeout(() => log.push('timer'), 1);
  })();
  return;
}

const r = spawnSync(process.execPath, [__filename, 'child'], { encoding: 'utf8', timeout: 20000 });
assert.strictEqual(r.status, 0, r.stderr);
assert.deepStrictEqual(JSON.parse(r.stdout), {
  log: [
    'module true',
    'instance 5',
    'pair instance,module 42',
    'many 2,2,2,2',
    'rejected true',
    'tick',
    'timer',
  ],
  code: 0,
});

// the API's shape is Node's
for (const name of ['compile', 'instantiate']) {
  const d = Object.getOwnPropertyDescriptor(WebAssembly, name);
  assert.strictEqual(typeof d.value, 'function');
  assert.strictEqual(d.value.name, name);
  assert.strictEqual(d.value.length, 1);
  assert.deepStrictEqual([d.writable, d.enumerable, d.configurable], [true, true, true]);
}

// an unhandled rejection from the engine is reported as the error itself
const u = spawnSync(process.execPath, ['-e', 'WebAssembly.compile(new Uint8Array([1, 2, 3]))'],
  { encoding: 'utf8', timeout: 20000 });
assert.strictEqual(u.status, 1);
assert.match(u.stderr, /^\[CompileError: /m);
assert.doesNotMatch(u.stderr, /UnhandledPromiseRejection/);
