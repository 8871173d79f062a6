'use strict';
// spawnSync: a command that cannot start, and Node's argument validation.
const assert = require('assert');
const { spawnSync } = require('child_process');

// a missing command: an ENOENT error in the result, nothing thrown
{
  const r = spawnSync('nodus-no-such-command', ['a', 'b'], { encoding: 'utf8' });
  assert.ok(r.error instanceof Error);
  assert.strictEqual(r.error.message, 'spawnSync nodus-no-such-command ENOENT');
  assert.strictEqual(r.error.code, 'ENOENT');
  assert.strictEqual(r.error.errno, -2);
  assert.strictEqual(r.error.syscall, 'spawnSync nodus-no-such-command');
  assert.strictEqual(r.error.path, 'nodus-no-such-command');
  assert.deepStrictEqual(r.error.spawnargs, ['a', 'b']);
  assert.deepStrictEqual(Object.keys(r.error), ['errno', 'code', 'syscall', 'path', 'spawnargs']);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, null);
  assert.strictEqual(r.output, null);
  assert.strictEqual(r.pid, 0);
  assert.strictEqual(r.stdout, undefined);
  assert.strictEqual(r.stderr, undefined);
  assert.deepStrictEqual(Object.keys(r),
                         ['error', 'status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
}

// a path that is not executable, a cwd that does not exist
{
  assert.strictEqual(spawnSync('/etc/passwd', { stdio: 'ignore' }).error.code, 'EACCES');
  const r = spawnSync('pwd', { cwd: '/nodus/no/such/dir', stdio: 'ignore' });
  assert.strictEqual(r.error.code, 'ENOENT');
  assert.strictEqual(r.error.path, 'pwd');
}

// with a shell, the error names the shell
{
  const r = spawnSync('echo hi', { shell: '/nodus/no/sh', stdio: 'ignore' });
  assert.strictEqual(r.error.syscall, 'spawnSync /nodus/no/sh');
  assert.deepStrictEqual(r.error.spawnargs, ['-c', 'echo hi']);
}

function check(fn, code, name, message) {
  assert.throws(fn, { code, name, message });
}
const T = 'TypeError';
const R = 'RangeError';

check(() => spawnSync(1), 'ERR_INVALID_ARG_TYPE', T,
      'The "file" argument must be of type string. Received type number (1)');
check(() => spawnSync(''), 'ERR_INVALID_ARG_VALUE', T,
      "The argument 'file' cannot be empty. Received ''");
check(() => spawnSync('a\0b'), 'ERR_INVALID_ARG_VALUE', T,
      "The argument 'file' must be a string without null bytes. Received 'a\\x00b'");
check(() => spawnSync('sh', 5), 'ERR_INVALID_ARG_TYPE', T,
      'The "args" argument must be of type object. Received type number (5)');
check(() => spawnSync('sh', ['ok', 'a\0']), 'ERR_INVALID_ARG_VALUE', T,
      "The argument 'args[1]' must be a string without null bytes. Received 'a\\x00'");
check(() => spawnSync('sh', [], 'x'), 'ERR_INVALID_ARG_TYPE', T,
      'The "options" argument must be of type object. Received type string (\'x\')');
check(() => spawnSync('sh', [], { cwd: 5 }), 'ERR_INVALID_ARG_TYPE', T,
      'The "options.cwd" property must be of type string or an instance of Buffer or URL. ' +
      'Received type number (5)');
check(() => spawnSync('sh', [], { cwd: 'a\0' }), 'ERR_INVALID_ARG_VALUE', T,
      "The property 'options.cwd' must be a string, Uint8Array, or URL without null bytes. " +
      "Received 'a\\x00'");
check(() => spawnSync('sh', [], { detached: 1 }), 'ERR_INVALID_ARG_TYPE', T,
      'The "options.detached" property must be of type boolean. Received type number (1)');
check(() => spawnSync('sh', [], { uid: 1.5 }), 'ERR_OUT_OF_RANGE', R,
      'The value of "options.uid" is out of range. It must be an integer. Received 1.5');
check(() => spawnSync('sh', [], { gid: 'x' }), 'ERR_INVALID_ARG_TYPE', T,
      'The "options.gid" property must be of type number. Received type string (\'x\')');
check(() => spawnSync('sh', [], { uid: 2 ** 31 }), 'ERR_OUT_OF_RANGE', R,
      'The value of "options.uid" is out of range. It must be >= -2147483648 && <= 2147483647. ' +
      'Received 2147483648');
check(() => spawnSync('sh', [], { shell: 1 }), 'ERR_INVALID_ARG_TYPE', T,
      'The "options.shell" property must be one of type boolean or string. Received type number (1)');
check(() => spawnSync('sh', [], { argv0: 1 }), 'ERR_INVALID_ARG_TYPE', T,
      'The "options.argv0" property must be of type string. Received type number (1)');
check(() => spawnSync('sh', [], { windowsHide: 1 }), 'ERR_INVALID_ARG_TYPE', T,
      'The "options.windowsHide" property must be of type boolean. Received type number (1)');
check(() => spawnSync('sh', [], { timeout: -1 }), 'ERR_OUT_OF_RANGE', R,
      'The value of "timeout" is out of range. It must be >= 0 && <= 9007199254740991. Received -1');
check(() => spawnSync('sh', [], { timeout: 1.5 }), 'ERR_OUT_OF_RANGE', R,
      'The value of "timeout" is out of range. It must be an integer. Received 1.5');
check(() => spawnSync('sh', [], { timeout: 'x' }), 'ERR_INVALID_ARG_TYPE', T,
      'The "timeout" argument must be of type number. Received type string (\'x\')');
check(() => spawnSync('sh', [], { maxBuffer: -1 }), 'ERR_OUT_OF_RANGE', R,
      'The value of "options.maxBuffer" is out of range. It must be >= 0. Received -1');
check(() => spawnSync('sh', [], { maxBuffer: NaN }), 'ERR_OUT_OF_RANGE', R,
      'The value of "options.maxBuffer" is out of range. It must be >= 0. Received NaN');
check(() => spawnSync('sh', [], { maxBuffer: '1' }), 'ERR_INVALID_ARG_TYPE', T,
      'The "options.maxBuffer" property must be of type number. Received type string (\'1\')');
check(() => spawnSync('sh', [], { killSignal: 'SIGNOPE' }), 'ERR_UNKNOWN_SIGNAL', T,
      'Unknown signal: SIGNOPE');
check(() => spawnSync('sh', [], { killSignal: 999 }), 'ERR_UNKNOWN_SIGNAL', T,
      'Unknown signal: 999');
check(() => spawnSync('sh', [], { killSignal: {} }), 'ERR_INVALID_ARG_TYPE', T,
      'The "options.killSignal" property must be one of type string or number. ' +
      'Received an instance of Object');
check(() => spawnSync('sh', [], { stdio: 5 }), 'ERR_INVALID_ARG_VALUE', T,
      "The argument 'stdio' is invalid. Received 5");
check(() => spawnSync('sh', [], { stdio: 'bogus' }), 'ERR_INVALID_ARG_VALUE', T,
      "The argument 'stdio' is invalid. Received 'bogus'");
check(() => spawnSync('sh', [], { stdio: [{}] }), 'ERR_INVALID_ARG_VALUE', T,
      "The argument 'stdio' is invalid. Received {}");
check(() => spawnSync('sh', [], { stdio: ['ipc'] }), 'ERR_IPC_SYNC_FORK', 'Error',
      'IPC cannot be used with synchronous forks');
check(() => spawnSync('sh', [], { input: 5 }), 'ERR_INVALID_ARG_TYPE', T,
      'The "options.stdio[0]" property must be of type string or an instance of Buffer, ' +
      'TypedArray, or DataView. Received type number (5)');
check(() => spawnSync('sh', [], { input: 'x', encoding: 'nope' }), 'ERR_UNKNOWN_ENCODING', T,
      'Unknown encoding: nope');
check(() => spawnSync('sh', [], { env: { A: 'x\0' } }), 'ERR_INVALID_ARG_VALUE', T,
      "The property 'options.env['A']' must be a string without null bytes. Received 'x\\x00'");

// an unknown output encoding fails after the run, and only when there is output
check(() => spawnSync('echo', { encoding: 'nope' }), 'ERR_UNKNOWN_ENCODING', T,
      'Unknown encoding: nope');
assert.deepStrictEqual(spawnSync('true', { encoding: 'nope' }).output, [null, '', '']);
assert.strictEqual(spawnSync('echo', { encoding: 'nope', stdio: 'ignore' }).status, 0);
