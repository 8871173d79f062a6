'use strict';
// execFileSync / execSync: return stdout, throw Node's error on failure,
// forward the child's stderr; the shell option of spawnSync.
const assert = require('assert');
const { execFileSync, execSync, spawnSync } = require('child_process');

const utf8 = { encoding: 'utf8' };

// success returns stdout
assert.strictEqual(execFileSync('echo', ['a', 'b'], utf8), 'a b\n');
assert.strictEqual(execFileSync('pwd', { cwd: '/', encoding: 'utf8' }), '/\n');
assert.strictEqual(execFileSync(process.execPath, ['-e', 'console.log(6 * 7)'], utf8), '42\n');
assert.strictEqual(execFileSync('cat', { input: 'piped', encoding: 'utf8' }), 'piped');
assert.strictEqual(execSync('echo $((2 + 3))', utf8), '5\n');
assert.strictEqual(execSync('cat', { input: 'in', encoding: 'utf8' }), 'in');

// a non-zero exit throws "Command failed" with the result's fields
{
  let err;
  try {
    execFileSync('sh', ['-c', 'echo out; echo bad >&2; exit 2'], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof Error);
  assert.strictEqual(err.message, 'Command failed: sh -c echo out; echo bad >&2; exit 2\nbad\n');
  assert.strictEqual(err.status, 2);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.stdout, 'out\n');
  assert.strictEqual(err.stderr, 'bad\n');
  assert.deepStrictEqual(err.output, [null, 'out\n', 'bad\n']);
  assert.ok(err.pid > 0);
  assert.strictEqual(err.code, undefined);
}

// execSync names the command as given; no stderr, no second line
{
  let err;
  try {
    execSync('exit 3', { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    err = e;
  }
  assert.strictEqual(err.message, 'Command failed: exit 3');
  assert.strictEqual(err.status, 3);
}

// argv0 stands for the file in the message
{
  let err;
  try {
    execFileSync('sh', ['-c', 'exit 1'], { encoding: 'utf8', argv0: 'my-sh', stdio: 'pipe' });
  } catch (e) {
    err = e;
  }
  assert.strictEqual(err.message, 'Command failed: my-sh -c exit 1');
}

// a signal counts as failure
{
  let err;
  try {
    execSync('kill -TERM $$', { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    err = e;
  }
  assert.strictEqual(err.status, null);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.message, 'Command failed: kill -TERM $$');
}

// a spawn error is thrown as is, with the result merged in
{
  let err;
  try {
    execFileSync('nodus-no-such-command', ['x'], utf8);
  } catch (e) {
    err = e;
  }
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, 'spawnSync nodus-no-such-command ENOENT');
  assert.strictEqual(err.syscall, 'spawnSync nodus-no-such-command');
  assert.deepStrictEqual(err.spawnargs, ['x']);
  assert.strictEqual(err.status, null);
  assert.strictEqual(err.output, null);
  assert.strictEqual(err.error, err);
}

// timeout throws ETIMEDOUT
assert.throws(() => execFileSync('sleep', ['10'], { timeout: 100, encoding: 'utf8' }),
              { code: 'ETIMEDOUT', signal: 'SIGTERM', status: null });

// by default the child's stderr goes on to ours; with stdio given it does not
{
  const run = (code) => spawnSync(process.execPath, ['-e', code], utf8);
  const a = run(`require('child_process').execFileSync('sh', ['-c', 'echo to-stderr >&2'],
                                                        { encoding: 'utf8' })`);
  assert.strictEqual(a.status, 0);
  assert.strictEqual(a.stderr, 'to-stderr\n');
  const b = run(`require('child_process').execSync('echo quiet >&2', { encoding: 'utf8', stdio: 'pipe' })`);
  assert.strictEqual(b.stderr, '');
  // a failing command: stderr forwarded, then the uncaught error
  const c = run(`try { require('child_process').execSync('echo fwd >&2; exit 1', { encoding: 'utf8' }) }
                 catch (e) { process.stdout.write(String(e.status)) }`);
  assert.strictEqual(c.stderr, 'fwd\n');
  assert.strictEqual(c.stdout, '1');
}

// argument normalization
assert.strictEqual(execFileSync('echo', null, utf8), '\n');
assert.strictEqual(execFileSync('echo', undefined, utf8), '\n');
assert.throws(() => execFileSync('echo', [], 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => execFileSync('echo', { argv0: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.argv0" property must be of type string. Received type number (5)',
});
assert.throws(() => execSync(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "command" argument must be of type string. Received type number (5)',
});
assert.throws(() => execSync('a\0'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'command' must be a string without null bytes. Received 'a\\x00'",
});

// shell: true runs /bin/sh -c with the command
{
  assert.strictEqual(spawnSync('echo $((1 + 2))', { shell: true, encoding: 'utf8' }).stdout, '3\n');
  const r = spawnSync('echo "$0"', { shell: true, encoding: 'utf8' });
  assert.strictEqual(r.stdout, '/bin/sh\n');
  const s = spawnSync('echo "$0"', { shell: '/bin/sh', argv0: 'named', encoding: 'utf8' });
  assert.strictEqual(s.stdout, 'named\n');
  assert.strictEqual(spawnSync('exit 9', { shell: true, stdio: 'ignore' }).status, 9);
  // execSync honours a shell given by name
  assert.strictEqual(execSync('echo "$0"', { shell: '/bin/sh', encoding: 'utf8' }), '/bin/sh\n');
}

// arguments with shell: true are joined by spaces, with a one-time warning
{
  const r = spawnSync(process.execPath, ['-e', `
    const { spawnSync } = require('child_process');
    const a = spawnSync('echo', ['a', '"b  c"'], { shell: true, encoding: 'utf8' }).stdout;
    const b = spawnSync('echo', ['d'], { shell: true, encoding: 'utf8' }).stdout;
    process.stdout.write(a + b);
  `], utf8);
  assert.strictEqual(r.stdout, 'a b  c\nd\n');
  assert.strictEqual(r.stderr.split('DeprecationWarning: Passing args to a child process').length, 2);
}
