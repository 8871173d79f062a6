'use strict';
// spawnSync: children ended by signals, timeout with killSignal, maxBuffer.
const assert = require('assert');
const { spawnSync } = require('child_process');

const sh = (script, opts) => spawnSync('sh', ['-c', script], { encoding: 'utf8', ...opts });

// a child killed by a signal: status null, the signal's name
{
  const r = sh('kill -TERM $$');
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, 'SIGTERM');
  assert.strictEqual(r.error, undefined);
  assert.deepStrictEqual(r.output, [null, '', '']);
  assert.strictEqual(sh('kill -KILL $$').signal, 'SIGKILL');
  assert.strictEqual(sh('kill -USR2 $$').signal, 'SIGUSR2');
  // output written before the signal is kept
  const o = sh('echo before; kill -HUP $$');
  assert.strictEqual(o.stdout, 'before\n');
  assert.strictEqual(o.signal, 'SIGHUP');
}

// timeout: the child gets SIGTERM, the result an ETIMEDOUT error
{
  const start = Date.now();
  const r = spawnSync('sleep', ['10'], { timeout: 100, encoding: 'utf8' });
  assert.ok(Date.now() - start < 5000);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, 'SIGTERM');
  assert.strictEqual(r.error.code, 'ETIMEDOUT');
  assert.strictEqual(r.error.errno, -110);
  assert.strictEqual(r.error.syscall, 'spawnSync sleep');
  assert.strictEqual(r.error.message, 'spawnSync sleep ETIMEDOUT');
  assert.strictEqual(r.error.path, 'sleep');
  assert.deepStrictEqual(r.error.spawnargs, ['10']);
  assert.deepStrictEqual(r.output, [null, '', '']);
  assert.ok(r.pid > 0);
}

// killSignal as a name (any case) or a number
{
  assert.strictEqual(spawnSync('sleep', ['10'], { timeout: 50, killSignal: 'SIGKILL', stdio: 'ignore' }).signal,
                     'SIGKILL');
  assert.strictEqual(spawnSync('sleep', ['10'], { timeout: 50, killSignal: 'sigint', stdio: 'ignore' }).signal,
                     'SIGINT');
  assert.strictEqual(spawnSync('sleep', ['10'], { timeout: 50, killSignal: 9, stdio: 'ignore' }).signal, 'SIGKILL');
}

// a grandchild holding the pipes open does not keep the wait going past the timeout
{
  const start = Date.now();
  const r = sh('sleep 10; echo never', { timeout: 200 });
  assert.ok(Date.now() - start < 5000);
  assert.strictEqual(r.error.code, 'ETIMEDOUT');
  assert.strictEqual(r.stdout, '');
}

// a child that ends in time is not touched; timeout 0 means none
{
  const r = sh('echo quick', { timeout: 10000 });
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.error, undefined);
  assert.strictEqual(sh('echo x', { timeout: 0 }).stdout, 'x\n');
}

// maxBuffer: more output than allowed kills the child with ENOBUFS
{
  const r = spawnSync('yes', ['y'], { maxBuffer: 10, encoding: 'utf8' });
  assert.strictEqual(r.error.code, 'ENOBUFS');
  assert.strictEqual(r.error.message, 'spawnSync yes ENOBUFS');
  assert.deepStrictEqual(r.error.spawnargs, ['y']);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, 'SIGTERM');
  assert.ok(r.stdout.length > 10);
  // the limit counts stdout and stderr together
  const both = sh('printf 12345; printf 67890 >&2; sleep 1', { maxBuffer: 8 });
  assert.strictEqual(both.error.code, 'ENOBUFS');
  // exactly the limit is fine, as are Infinity and 0 (no limit)
  assert.strictEqual(sh('printf 12345', { maxBuffer: 5 }).error, undefined);
  assert.strictEqual(sh('yes | head -c 2000000', { maxBuffer: Infinity }).stdout.length, 2000000);
  assert.strictEqual(sh('yes | head -c 2000000', { maxBuffer: 0 }).stdout.length, 2000000);
  // the default is 1024 * 1024 bytes
  assert.strictEqual(sh('yes | head -c 2000000').error.code, 'ENOBUFS');
  assert.strictEqual(sh('yes | head -c 1048576').error, undefined);
}
