'use strict';
// A module with a syntax error: reported as Node reports it — file:line,
// the offending line, a caret under the bad token, then the SyntaxError —
// with exit code 1; the same for -e code.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixture = path.join(__dirname, 'fixtures', 'syntax-error.js');
{
  const r = spawnSync(process.execPath, [fixture], { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);
  const lines = r.stderr.split('\n');
  assert.strictEqual(lines[0], `${fixture}:3`);
  assert.strictEqual(lines[1], 'foo(;');
  assert.strictEqual(lines[2], '    ^');
  assert.strictEqual(lines[3], '');
  assert.match(lines[4], /^SyntaxError: Unexpected token ';'/);
  assert.match(r.stderr, /\nNode\.js v\d+\.\d+\.\d+\n$/);
}
{
  const r = spawnSync(process.execPath, ['-e', 'let x = 1;\nx(;'], { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);
  const lines = r.stderr.split('\n');
  assert.strictEqual(lines[0], '[eval]:2');
  assert.strictEqual(lines[1], 'x(;');
  assert.strictEqual(lines[2], '  ^');
  assert.match(r.stderr, /\nSyntaxError: Unexpected token ';'/);
}
{
  // a SyntaxError thrown while running is an ordinary uncaught error
  const r = spawnSync(process.execPath, ['-e', 'JSON.parse("{")'], { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /SyntaxError: .*JSON/);
  assert.match(r.stderr, /at JSON\.parse/);
}
