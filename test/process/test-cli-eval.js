'use strict';
// -e / -p / --print, argv and execArgv around them, "--".
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(args, options) {
  return spawnSync(process.execPath, args, { encoding: 'utf8', ...options });
}
function ok(args, stdout, options) {
  const r = run(args, options);
  assert.strictEqual(r.stderr, '', `${args.join(' ')}: ${r.stderr}`);
  assert.strictEqual(r.status, 0, args.join(' '));
  assert.strictEqual(r.stdout, stdout, args.join(' '));
}

ok(['-e', 'console.log(1 + 1)'], '2\n');
ok(['--eval', 'console.log("eval")'], 'eval\n');
ok(['--eval=console.log(3)'], '3\n');
ok(['-p', '1 + 2'], '3\n');
ok(['-pe', '"str"'], 'str\n');
ok(['--print', '[1, 2]'], '[ 1, 2 ]\n');
ok(['-p', '-e', '5 * 5'], '25\n');
ok(['-e', '1', '-p', '"last -e wins"'], 'last -e wins\n');
ok(['-p', '({ a: 1 })'], '{ a: 1 }\n');
ok(['-p', 'undefined'], 'undefined\n');
// built-in modules are globals in -e / -p code
ok(['-p', "path.join('a', 'b') + (path === require('path'))"], 'a/btrue\n');
ok(['-e', 'path = 1; console.log(path)'], '1\n');

const show = 'process.stdout.write(JSON.stringify([process.argv.slice(1), process.execArgv]))';
ok(['-e', show, 'a', '--b', 'c'], JSON.stringify([['a', '--b', 'c'], ['-e', show]]));
ok(['-e', show, '--no-warnings', 'a'], JSON.stringify([['a'], ['-e', show, '--no-warnings']]));
ok(['-e', show, '--', '-x', 'y'], JSON.stringify([['-x', 'y'], ['-e', show]]));
ok(['--title', 'abc', '-e', show], JSON.stringify([[], ['--title', 'abc', '-e', show]]));

// -e needs its argument
let r = run(['-e']);
assert.strictEqual(r.status, 9);
assert.strictEqual(r.stderr, `${process.execPath}: -e requires an argument\n`);
r = run(['--eval']);
assert.strictEqual(r.stderr, `${process.execPath}: --eval requires an argument\n`);

// an exception in -e code exits 1 and names [eval]
r = run(['-e', 'throw new Error("boom")']);
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /Error: boom/);

// a script path is resolved; options after it belong to the script
const path = require('path');
const fixture = path.join(__dirname, 'fixtures', 'print-args.js');
const rel = path.relative(process.cwd(), fixture);
r = run(['--no-warnings', rel, '--no-warnings', 'x']);
assert.strictEqual(r.status, 0, r.stderr);
assert.deepStrictEqual(JSON.parse(r.stdout),
  { argv: [fixture, '--no-warnings', 'x'], execArgv: ['--no-warnings'] });
r = run(['--', fixture, '-e']);
assert.deepStrictEqual(JSON.parse(r.stdout), { argv: [fixture, '-e'], execArgv: [] });
