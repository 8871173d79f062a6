'use strict';
// Options with an effect: --expose-gc, --stack-trace-limit, --title,
// --env-file, -v, -h, --max-old-space-size.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

function run(args, env) {
  return spawnSync(process.execPath, args,
    { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', ...env } });
}
function out(args, env) {
  const r = run(args, env);
  assert.strictEqual(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

assert.strictEqual(out(['-p', 'typeof gc']), 'undefined\n');
assert.strictEqual(out(['--expose-gc', '-p', 'typeof gc']), 'function\n');
assert.strictEqual(out(['--expose_gc', '-p', 'gc(); gc.length']), '0\n');
assert.strictEqual(out(['-p', 'typeof gc'], { NODE_OPTIONS: '--expose-gc' }), 'function\n');
assert.strictEqual(out(['--expose-gc', '--no-expose-gc', '-p', 'typeof gc']), 'undefined\n');
assert.strictEqual(out(['--expose-gc', '-p',
  'JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, "gc"), ["writable", "enumerable", "configurable"])']),
'{"writable":true,"enumerable":true,"configurable":false}\n');
assert.strictEqual(out(['--expose-gc', '-p', 'Object.keys(globalThis).includes("gc")']), 'true\n');

assert.strictEqual(out(['--stack-trace-limit=3', '-p', 'Error.stackTraceLimit']), '3\n');
assert.strictEqual(out(['--title=nd-title-test', '-p', 'process.title']), 'nd-title-test\n');
assert.strictEqual(out(['--max-old-space-size=300', '-p', '1']), '1\n');

const envFile = path.join(__dirname, 'fixtures', 'vars.env');
assert.strictEqual(out([`--env-file=${envFile}`, '-p',
  'JSON.stringify([process.env.ND_ENV_A, process.env.ND_ENV_B, process.env.ND_ENV_C, ' +
  'process.env.ND_ENV_D, process.env.ND_ENV_KEEP])'], { ND_ENV_KEEP: 'parent' }),
'["one","two\\nlines","three","single","parent"]\n');
let r = run(['--env-file=/nonexistent-nd.env', '-e', '1']);
assert.strictEqual(r.status, 9);
assert.strictEqual(r.stderr, `${process.execPath}: /nonexistent-nd.env: not found\n`);
r = run(['--env-file-if-exists=/nonexistent-nd.env', '-p', '1']);
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, '1\n');

// process.loadEnvFile does the same at run time
assert.strictEqual(out(['-p', `process.loadEnvFile(${JSON.stringify(envFile)}); process.env.ND_ENV_A`]),
  'one\n');
r = run(['-e', 'process.loadEnvFile("/nonexistent-nd.env")']);
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /ENOENT: no such file or directory, open '\/nonexistent-nd.env'/);

assert.strictEqual(out(['-v']), `${process.version}\n`);
assert.strictEqual(out(['--version']), `${process.version}\n`);
assert.match(out(['-h']), /Usage: /);
assert.match(out(['--help']), /--eval/);
