'use strict';
// SyntaxErrors of CommonJS files and -e code carry V8's messages where
// they differ from the engine's (a real syntax error, not module syntax).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'syntax-messages-'));
const cases = [
  ['function f() {}; f(foo bar);', 'missing ) after argument list'],
  ["console.log('PI: ' Math.PI);", 'missing ) after argument list'],
  ['f(await "" "");', 'missing ) after argument list'],
  ['if (foo bar) {}', "Unexpected identifier 'bar'"],
  ['[foo bar]', "Unexpected identifier 'bar'"],
  ['(foo bar)', "Unexpected identifier 'bar'"],
  ['const foo bar = 1;', 'Missing initializer in const declaration'],
  // sloppy code that is no module: its own error, not the strict one
  ['var x = 08; x y', "Unexpected identifier 'y'"],
];

try {
  cases.forEach(([code, message], i) => {
    const source = `'line 1';\n\n  ${code}\n`;
    const file = path.join(dir, `case${i}.js`);
    fs.writeFileSync(file, source);
    for (const args of [[file], ['-e', source]]) {
      const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
      assert.strictEqual(r.status, 1);
      assert.ok(r.stderr.includes(`\nSyntaxError: ${message}\n`), `${code}\n${r.stderr}`);
      assert.ok(r.stderr.startsWith(`${args[0] === '-e' ? '[eval]' : file}:3\n  ${code}\n`), r.stderr);
    }
  });
  // caught, as require() throws it
  const r = spawnSync(process.execPath, ['-e',
    `try { require(${JSON.stringify(path.join(dir, 'case0.js'))}); } catch (e) { console.log(e.message); }`],
  { encoding: 'utf8' });
  assert.strictEqual(r.stdout, 'missing ) after argument list\n');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
