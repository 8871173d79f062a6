'use strict';
// A module body cannot close the function it is wrapped in: the stray
// brace is a syntax error, and no code after it runs.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-wrapper-'));
try {
  const file = path.join(dir, 'escape.js');
  fs.writeFileSync(file, '}); globalThis.escaped = true; (function () {\n');
  assert.throws(() => require(file), { name: 'SyntaxError', message: "Unexpected token '}'" });
  assert.strictEqual(globalThis.escaped, undefined);

  const stray = { name: 'SyntaxError', message: "Unexpected token '}'" };
  assert.throws(() => vm.compileFunction('}); globalThis.escaped = 1; (function () {'), stray);
  assert.throws(() => vm.compileFunction('}\nfunction f() {'), stray);
  assert.strictEqual(globalThis.escaped, undefined);

  // a body that only looks like it closes early compiles as usual
  const f = vm.compileFunction("return '}) {' + a;", ['a']);
  assert.strictEqual(f('x'), '}) {x');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
