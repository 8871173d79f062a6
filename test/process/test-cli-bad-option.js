'use strict';
// Options Node does not know exit 9 with Node's messages; every option
// Node has is accepted, in each of its forms.
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(args, env) {
  return spawnSync(process.execPath, args,
    { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', ...env } });
}
function bad(args, message, env) {
  const r = run(args, env);
  assert.strictEqual(r.status, 9, `${args.join(' ')}: ${r.stderr}`);
  assert.strictEqual(r.stdout, '');
  const first = r.stderr.split('\n').find((l) => l.startsWith(process.execPath));
  assert.strictEqual(first, `${process.execPath}: ${message}`, args.join(' '));
}
function good(args, env) {
  const r = run([...args, '-e', 'process.stdout.write(JSON.stringify(process.execArgv))'], env);
  assert.strictEqual(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

bad(['--foo'], 'bad option: --foo');
bad(['--foo=bar'], 'bad option: --foo=bar');
bad(['-x'], 'bad option: -x');
bad(['---x'], 'bad option: ---x');
bad(['--harmony-not-a-flag'], 'bad option: --harmony-not-a-flag');
bad(['--require'], '--require requires an argument');
bad(['-r'], '-r requires an argument');
bad(['--title'], '--title requires an argument');
bad(['--no-title'], '--no-title is an invalid negation because it is not a boolean option');
bad(['--expose-gc=1'], 'bad option: --expose-gc=1');
bad(['--stack-trace-limit=abc'], 'bad option: --stack-trace-limit=abc');
bad(['--max-old-space-size=abc'], 'bad option: --max-old-space-size=abc');
bad(['--max-old-space-size', '200'], 'bad option: --max-old-space-size');
bad(['--stack-trace-limit', '5'], 'bad option: --stack-trace-limit');
bad(['--stack-trace-limit'], '--stack-trace-limit requires an argument');
bad(['--unhandled-rejections=bogus'], 'invalid value for --unhandled-rejections');
bad(['--check', '-e', '1'], 'either --check or --eval can be used, not both');

// accepted, and kept in execArgv exactly as typed
const accepted = [
  ['--expose-gc'], ['--no-expose-gc'], ['--expose_gc'], ['--no-warnings'], ['--warnings'],
  ['--pending-deprecation'], ['--stack-size=500'], ['--stack_size=500'],
  ['--max-old-space-size=200'],
  ['--experimental-vm-modules'], ['--no-experimental-global-navigator'],
  ['--inspect-port=0'], ['--trace-warnings'], ['--trace-uncaught'], ['--harmony'],
  ['--no-harmony'], ['--allow-natives-syntax'], ['--unhandled-rejections=strict'],
  ['--unhandled-rejections', 'warn'], ['--title=t'], ['--input-type=commonjs'],
  ['--conditions=dev'], ['-C', 'dev'], ['--enable-source-maps'], ['--preserve-symlinks'],
  ['--zero-fill-buffers'], ['--abort-on-uncaught-exception'], ['--disable-warning=DEP0005'],
  ['--stack-trace-limit=20'], ['--expose-internals'], ['--no-deprecation'],
  ['--throw-deprecation'], ['--trace-deprecation'], ['--frozen-intrinsics'],
  ['--experimental-strip-types'], ['--no-experimental-strip-types'], ['--jitless'],
];
for (const args of accepted) assert.deepStrictEqual(good(args).slice(0, args.length), args);

// NODE_OPTIONS: allowed options apply but stay out of execArgv
assert.deepStrictEqual(good([], { NODE_OPTIONS: '--no-warnings --expose_gc' }), ['-e',
  'process.stdout.write(JSON.stringify(process.execArgv))']);
bad([], '--foo is not allowed in NODE_OPTIONS', { NODE_OPTIONS: '--foo' });
bad([], '--expose-internals is not allowed in NODE_OPTIONS',
  { NODE_OPTIONS: '--expose-internals' });
bad([], '--stack-size= is not allowed in NODE_OPTIONS', { NODE_OPTIONS: '--stack-size=100' });
bad([], '--eval is not allowed in NODE_OPTIONS', { NODE_OPTIONS: '--eval 1' });
bad([], '--title requires an argument', { NODE_OPTIONS: '--title' });
const r = run(['-p', 'process.title'], { NODE_OPTIONS: '--title "a b"' });
assert.strictEqual(r.stdout, 'a b\n');
