'use strict';
// spawn options that need no pipes: timeout + killSignal, AbortSignal,
// shell, env, cwd, argv0, detached, stdio forms, and argument validation.
const assert = require('assert');
const cp = require('child_process');
const os = require('os');

let pending = 0;
function expect(child, check) {
  pending++;
  child.on('close', (...args) => {
    check(...args);
    pending--;
  });
}

// timeout kills with killSignal
expect(cp.spawn('sleep', ['10'], { stdio: 'ignore', timeout: 50, killSignal: 'SIGKILL' }),
       (code, signal) => {
         assert.strictEqual(code, null);
         assert.strictEqual(signal, 'SIGKILL');
       });
expect(cp.spawn('sleep', ['10'], { stdio: 'ignore', timeout: 50 }),
       (code, signal) => assert.strictEqual(signal, 'SIGTERM'));

// an abort signal kills the child and emits an AbortError
{
  const ac = new AbortController();
  const child = cp.spawn('sleep', ['10'], { stdio: 'ignore', signal: ac.signal });
  pending++;
  child.on('error', (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.cause, 'why');
    pending--;
  });
  expect(child, (code, signal) => assert.strictEqual(signal, 'SIGTERM'));
  setTimeout(() => ac.abort('why'), 20);
}
{
  // aborted before the call: killed on the next tick
  const child = cp.spawn('sleep', ['10'], { stdio: 'ignore', signal: AbortSignal.abort() });
  pending++;
  child.on('error', (err) => {
    assert.strictEqual(err.name, 'AbortError');
    pending--;
  });
  expect(child, (code, signal) => assert.strictEqual(signal, 'SIGTERM'));
}

// shell, env, cwd, argv0 are seen by the child (checked through its exit code)
expect(cp.spawn('test "$FOO" = bar', { shell: true, stdio: 'ignore', env: { FOO: 'bar' } }),
       (code) => assert.strictEqual(code, 0));
expect(cp.spawn('test "$FOO" = bar', { shell: '/bin/sh', stdio: 'ignore', env: {} }),
       (code) => assert.strictEqual(code, 1));
expect(cp.spawn('sh', ['-c', `test "$(pwd)" = "${os.tmpdir()}"`], {
  cwd: os.tmpdir(), stdio: 'ignore',
}), (code) => assert.strictEqual(code, 0));
expect(cp.spawn('sh', ['-c', 'exit 7'], { stdio: ['ignore', 'inherit', 2] }),
       (code) => assert.strictEqual(code, 7));
expect(cp.spawn('sh', ['-c', 'exit 0'], { stdio: 'inherit', detached: true }),
       (code) => assert.strictEqual(code, 0));

// the child inherits our stdout: its output arrives where ours goes
{
  const out = cp.execFileSync(process.execPath, ['-e', `
    const cp = require('child_process');
    process.stdout.write('a');
    cp.spawn('sh', ['-c', 'printf b'], { stdio: 'inherit' })
      .on('close', () => process.stdout.write('c'));
  `], { encoding: 'utf8' });
  assert.strictEqual(out, 'abc');
}

// argv0: the child sees it as its argv[0]
{
  const out = cp.execFileSync(process.execPath, ['-e', `
    require('child_process').spawn(process.execPath,
      ['-e', 'process.stdout.write(process.argv0)'],
      { stdio: 'inherit', argv0: 'my-argv0' });
  `], { encoding: 'utf8' });
  assert.strictEqual(out, 'my-argv0');
}

// validation
assert.throws(() => cp.spawn(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn(''), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawn('x', 'y'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('x', [], { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => cp.spawn('x', [], { signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('x', [], { killSignal: 'SIGNOPE' }),
              { code: 'ERR_UNKNOWN_SIGNAL' });
assert.throws(() => cp.spawn('x', [], { stdio: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawn('x', [], { stdio: [Buffer.from('x')] }),
              { code: 'ERR_INVALID_SYNC_FORK_INPUT' });
assert.throws(() => cp.spawn('x\u0000'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawn('x', [], { cwd: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('x', [], { env: { A: 'a\u0000' } }),
              { code: 'ERR_INVALID_ARG_VALUE' });

process.on('exit', () => assert.strictEqual(pending, 0));
