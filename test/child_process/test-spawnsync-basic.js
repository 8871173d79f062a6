'use strict';
// spawnSync: output, exit status, argv, input, env, cwd, argv0, stdio forms.
const assert = require('assert');
const { spawnSync } = require('child_process');

const utf8 = { encoding: 'utf8' };
const node = (code, opts) =>
  spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', ...opts });

// stdout and stderr of the runtime itself, and the result's shape
{
  const r = node('console.log("out"); console.error("err"); process.exitCode = 3');
  assert.strictEqual(r.stdout, 'out\n');
  assert.strictEqual(r.stderr, 'err\n');
  assert.strictEqual(r.status, 3);
  assert.strictEqual(r.signal, null);
  assert.strictEqual(r.error, undefined);
  assert.ok(Number.isInteger(r.pid) && r.pid > 0);
  assert.deepStrictEqual(r.output, [null, 'out\n', 'err\n']);
  assert.deepStrictEqual(Object.keys(r), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
}

// process.exit(code) and a clean exit
assert.strictEqual(node('process.exit(7)').status, 7);
assert.strictEqual(node('').status, 0);

// an uncaught exception: exit code 1, the message on stderr
{
  const r = node('throw new Error("boom")');
  assert.strictEqual(r.status, 1);
  assert.strictEqual(r.stdout, '');
  assert.ok(r.stderr.length > 0);
}

// arguments reach the child unchanged, spaces and quotes included
{
  const r = spawnSync('sh', ['-c', 'printf "%s|" "$@"', 'sh', 'a b', '"q"', ''], utf8);
  assert.strictEqual(r.stdout, 'a b|"q"||');
}

// args may be left out: the options come second
{
  const r = spawnSync('pwd', { cwd: '/', encoding: 'utf8' });
  assert.strictEqual(r.stdout, '/\n');
}

// input: a string or a Uint8Array, written to stdin which then ends
{
  assert.strictEqual(spawnSync('cat', { input: 'héllo', encoding: 'utf8' }).stdout, 'héllo');
  const bytes = new Uint8Array([0x61, 0x62, 0x63, 0x64]);
  const r = spawnSync('cat', { input: bytes.subarray(1, 3), encoding: 'utf8' });
  assert.strictEqual(r.stdout, 'bc');
  const dv = new DataView(bytes.buffer, 2, 2);
  assert.strictEqual(spawnSync('cat', { input: dv, encoding: 'utf8' }).stdout, 'cd');
  // no input: the child sees end of file at once
  assert.strictEqual(spawnSync('cat', utf8).stdout, '');
  // a large input the child reads fully
  const big = 'x'.repeat(1 << 20);
  assert.strictEqual(spawnSync('wc', ['-c'], { input: big, encoding: 'utf8' }).stdout.trim(),
                     String(1 << 20));
}

// a child that exits without reading its input: the write fails with EPIPE
{
  const r = spawnSync('true', { input: 'y'.repeat(1 << 20), encoding: 'utf8' });
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.error && r.error.code, 'EPIPE');
}

// env: only what is given, prototype keys included, undefined values left out
{
  const env = Object.create({ INHERITED: 'yes' });
  env.FOO = 'bar';
  env.NUM = 42;
  env.GONE = undefined;
  const r = spawnSync('/usr/bin/env', { env, encoding: 'utf8' });
  assert.deepStrictEqual(r.stdout.split('\n').filter(Boolean).sort(),
                         ['FOO=bar', 'INHERITED=yes', 'NUM=42']);
}

// cwd
{
  assert.strictEqual(spawnSync('pwd', [], { cwd: '/tmp', encoding: 'utf8' }).stdout, '/tmp\n');
  const r = node('console.log(process.cwd())', { cwd: '/' });
  assert.strictEqual(r.stdout, '/\n');
}

// argv0 replaces argv[0] only
{
  const r = spawnSync('sh', ['-c', 'cat /proc/$$/cmdline'], { argv0: 'custom-name', encoding: 'utf8' });
  assert.strictEqual(r.stdout.split('\0')[0], 'custom-name');
}

// stdio: 'ignore' and 'inherit' collect nothing, so Buffer-free calls work
{
  const r = spawnSync(process.execPath, ['-e', 'process.exit(4)'], { stdio: 'inherit' });
  assert.strictEqual(r.status, 4);
  assert.deepStrictEqual(r.output, [null, null, null]);
  assert.strictEqual(r.stdout, null);
  assert.strictEqual(r.stderr, null);
  const i = spawnSync('sh', ['-c', 'echo hidden; exit 2'], { stdio: 'ignore' });
  assert.strictEqual(i.status, 2);
  assert.deepStrictEqual(i.output, [null, null, null]);
  const a = spawnSync('sh', ['-c', 'echo x; exit 5'], { stdio: ['ignore', 'ignore', 'inherit'] });
  assert.strictEqual(a.status, 5);
}

// stdio arrays: mixed slots, a descriptor number, extra slots
{
  const r = spawnSync('sh', ['-c', 'echo o; echo e >&2'],
                      { stdio: ['pipe', 'pipe', 'ignore'], encoding: 'utf8' });
  assert.deepStrictEqual(r.output, [null, 'o\n', null]);
  assert.strictEqual(r.stderr, null);
  // a fourth slot as a pipe the child writes to
  const x = spawnSync('sh', ['-c', 'echo three >&3'],
                      { stdio: ['pipe', 'pipe', 'pipe', 'pipe'], encoding: 'utf8' });
  assert.deepStrictEqual(x.output, [null, '', '', 'three\n']);
  // data in a slot makes no slot at all: the later ones move down
  const y = spawnSync('sh', ['-c', 'echo moved'], { stdio: ['ignore', 'data', 'pipe', 'pipe'], encoding: 'utf8' });
  assert.deepStrictEqual(y.output, [null, 'moved\n', '']);
  // stderr sent to a descriptor: /dev/null's, opened by the shell
  const z = spawnSync('sh', ['-c', 'exec 3>/dev/null; echo k'], { stdio: ['ignore', 'pipe', 2], encoding: 'utf8' });
  assert.strictEqual(z.stdout, 'k\n');
  assert.strictEqual(z.stderr, null);
}

// encodings other than utf8 decode the same bytes
{
  const r = spawnSync('printf', ['\\377A'], { encoding: 'latin1' });
  assert.strictEqual(r.stdout, '\u00ffA');
  assert.strictEqual(spawnSync('printf', ['hi'], { encoding: 'hex' }).stdout, '6869');
  assert.strictEqual(spawnSync('printf', ['hi!'], { encoding: 'base64' }).stdout, 'aGkh');
  // invalid UTF-8 becomes U+FFFD
  assert.strictEqual(spawnSync('printf', ['a\\377b'], utf8).stdout, 'a\ufffdb');
}

// detached: the child leads a session of its own
{
  const script = 'echo $$; cut -d" " -f6 /proc/$$/stat';
  const [pid, sid] = spawnSync('sh', ['-c', script], { detached: true, encoding: 'utf8' })
    .stdout.trim().split('\n');
  assert.strictEqual(sid, pid);
  const [pid2, sid2] = spawnSync('sh', ['-c', script], { encoding: 'utf8' }).stdout.trim().split('\n');
  assert.notStrictEqual(sid2, pid2);
  // windowsHide and windowsVerbatimArguments mean nothing here but are accepted
  assert.strictEqual(spawnSync('true', { windowsHide: true, windowsVerbatimArguments: true,
                                         stdio: 'ignore' }).status, 0);
}

// uid / gid: as root the child runs as the given ids; otherwise EPERM
{
  const root = spawnSync('id', ['-u'], utf8).stdout === '0\n';
  const u = spawnSync('id', ['-u'], { uid: 65534, encoding: 'utf8' });
  const g = spawnSync('id', ['-g'], { gid: 65534, encoding: 'utf8' });
  if (root) {
    assert.strictEqual(u.stdout, '65534\n');
    assert.strictEqual(g.stdout, '65534\n');
  } else {
    assert.strictEqual(u.error.code, 'EPERM');
    assert.strictEqual(g.error.code, 'EPERM');
  }
}

// the runtime's own timers wait while a synchronous child runs
{
  const order = [];
  setTimeout(() => order.push('timer'), 0);
  spawnSync('sleep', ['0.05'], { stdio: 'ignore' });
  order.push('after spawnSync');
  setTimeout(() => assert.deepStrictEqual(order, ['after spawnSync', 'timer']), 10);
}
