'use strict';
// spawn without pipes: 'spawn', 'exit' and 'close' in order, exit codes and
// signals, kill(), the ENOENT error shape, ref/unref.
const assert = require('assert');
const cp = require('child_process');

const events = [];
let pending = 0;
function done(name) {
  events.push(name);
  pending--;
}

// exit code, event order, properties
pending++;
const a = cp.spawn('sh', ['-c', 'exit 3'], { stdio: 'ignore' });
assert.strictEqual(typeof a.pid, 'number');
assert.strictEqual(a.stdin, null);
assert.strictEqual(a.stdout, null);
assert.deepStrictEqual(a.stdio, [null, null, null]);
assert.strictEqual(a.exitCode, null);
assert.strictEqual(a.signalCode, null);
assert.strictEqual(a.killed, false);
assert.strictEqual(a.connected, false);
assert.strictEqual(a.spawnfile, 'sh');
assert.deepStrictEqual(a.spawnargs, ['sh', '-c', 'exit 3']);
assert(a instanceof cp.ChildProcess);
const order = [];
a.on('spawn', () => order.push('spawn'));
a.on('exit', (code, signal) => {
  order.push('exit');
  assert.strictEqual(code, 3);
  assert.strictEqual(signal, null);
  assert.strictEqual(a.exitCode, 3);
});
a.on('close', (code, signal) => {
  order.push('close');
  assert.strictEqual(code, 3);
  assert.strictEqual(signal, null);
  assert.deepStrictEqual(order, ['spawn', 'exit', 'close']);
  done('a');
});

// kill with the default signal, by name and by number
for (const sig of [undefined, 'SIGKILL', 2]) {
  pending++;
  const k = cp.spawn('sleep', ['10'], { stdio: 'ignore' });
  k.on('spawn', () => {
    assert.strictEqual(k.kill(sig), true);
    assert.strictEqual(k.killed, true);
  });
  k.on('exit', (code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, { undefined: 'SIGTERM', SIGKILL: 'SIGKILL', 2: 'SIGINT' }[sig]);
    assert.strictEqual(k.signalCode, signal);
    // the child is gone: nothing more to signal
    assert.strictEqual(k.kill(), false);
    done(`kill ${sig}`);
  });
}

// bad signals throw
{
  const k = cp.spawn('sleep', ['10'], { stdio: 'ignore' });
  assert.throws(() => k.kill('SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError' });
  assert.throws(() => k.kill(1000), { code: 'ERR_UNKNOWN_SIGNAL' });
  k.kill('SIGKILL');
  pending++;
  k.on('close', () => done('badsig'));
}

// a missing program: 'error' with Node's shape, then 'close', no 'spawn'
pending++;
const e = cp.spawn('nodus-no-such-program', ['x', 'y']);
assert.strictEqual(e.pid, undefined);
assert.notStrictEqual(e.stdout, null);
assert.strictEqual(e.stdio[1], e.stdout);
e.on('spawn', () => assert.fail('spawn on ENOENT'));
e.on('exit', () => assert.fail('exit on ENOENT'));
e.on('error', (err) => {
  assert(err instanceof Error);
  assert.strictEqual(err.message, 'spawn nodus-no-such-program ENOENT');
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'spawn nodus-no-such-program');
  assert.strictEqual(err.path, 'nodus-no-such-program');
  assert.deepStrictEqual(err.spawnargs, ['x', 'y']);
  assert.strictEqual(e.exitCode, -2);
  e.on('close', (code) => {
    assert.strictEqual(code, -2);
    done('enoent');
  });
});

// a bad cwd is an error too
pending++;
cp.spawn('sh', ['-c', 'true'], { cwd: '/nodus/no/such/dir', stdio: 'ignore' })
  .on('error', (err) => {
    assert.strictEqual(err.code, 'ENOENT');
    done('cwd');
  });

// an unref'd child does not keep the loop alive; a ref'd one does
const u = cp.spawn('sleep', ['30'], { stdio: 'ignore' });
u.unref();
u.ref();
u.unref();
u.on('exit', () => assert.fail('waited for an unref\'d child'));

process.on('exit', () => {
  assert.strictEqual(pending, 0, `still waiting: ${events}`);
  u.kill('SIGKILL');
});
