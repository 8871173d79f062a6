'use strict';
// The loader's rules, each fixture program's output compared with what Node
// prints: resolution (packages, exports/imports, conditions, self-reference,
// data:/file: URLs, symlinks, errors), formats (package type, detection,
// JSON, import attributes), CommonJS named exports, require(esm), import()
// from CommonJS and from -e, --input-type=module.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'loader');

function run(args, input) {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', input });
  const clean = (s) => s.split(dir).join('<F>').replace(/\(\w+:\d+\)/g, '(PID)')
    .replace(/`\w+ --trace-warnings/g, '`X --trace-warnings');
  return { stdout: clean(r.stdout), stderr: clean(r.stderr), status: r.status };
}

function check(args, expected, input) {
  assert.deepStrictEqual(run(args, input), expected, args.join(' '));
}

const typeless = '(PID) [MODULE_TYPELESS_PACKAGE_JSON] Warning: Module type of file://<F>/detect-esm.js is ' +
  "not specified and it doesn't parse as CommonJS.\nReparsing as ES module because module syntax was " +
  'detected. This incurs a performance overhead.\nTo eliminate this warning, add "type": "module" to ' +
  '<F>/package.json.\n(Use `X --trace-warnings ...` to show where the warning was created)\n';

// resolve.mjs prints one line per specifier; the expected lines are what
// Node printed (fixtures/loader/resolve.expected)
check(['resolve.mjs'], {
  stdout: fs.readFileSync(path.join(dir, 'resolve.expected'), 'utf8'),
  stderr: '',
  status: 0,
});

check(['-C', 'custom', 'conditions.mjs'], { stdout: 'custom custom\n', stderr: '', status: 0 });
check(['conditions.mjs'], { stdout: 'import require\n', stderr: '', status: 0 });

check(['formats.mjs'], {
  stdout: [
    'module commonjs extensionless esm true cjs',
    '{"a":1,"list":[1,2]}',
    '__esModule,a,b,c d,default,e,module.exports,never true 1 5',
    '__esModule,a,b,c d,default,e,module.exports,never,why,x 1 2',
    '__esModule,a,b,c d,default,e,module.exports,never,why,x',
    'called 1 1 3',
    './data.json TypeError ERR_IMPORT_ATTRIBUTE_MISSING Module "file://<F>/data.json" needs an import attribute of "type: json"',
    './self.mjs TypeError ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE Module "file://<F>/self.mjs" is not of type "json"',
    './self.mjs TypeError ERR_IMPORT_ATTRIBUTE_UNSUPPORTED Import attribute "type" with value "css" is not supported in file://<F>/self.mjs',
    './self.mjs TypeError ERR_IMPORT_ATTRIBUTE_UNSUPPORTED Import attribute "other" with value "x" is not supported in file://<F>/self.mjs',
    'node:fs TypeError ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE Module "node:fs" is not of type "json"',
    '',
  ].join('\n'),
  stderr: typeless,
  status: 0,
});

check(['require-esm.cjs'], {
  stdout: [
    "[Module: null prototype] {\n  __esModule: true,\n  count: 0,\n  default: { kind: 'default' },\n  inc: [Function: inc]\n} true true",
    '1 true',
    'value',
    '[Module: null prototype] { __esModule: false, default: 3 }',
    '[Module: null prototype] { noDefault: 1 }',
    'esm hi',
    'ERR_REQUIRE_ASYNC_MODULE require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.',
    'ERR_REQUIRE_ASYNC_MODULE require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.',
    'ERR_REQUIRE_CYCLE_MODULE',
    'import() 1 false',
    '1',
    '',
  ].join('\n'),
  stderr: '',
  status: 0,
});

// a .js file of no package type with module syntax, as the main program
check(['detect-esm.js'], { stdout: '', stderr: typeless, status: 0 });
// -e and stdin: --input-type=module, detection, import() from script code
check(['--input-type=module', '-e', 'import { self } from "./self.mjs"; console.log(self, import.meta.url)'],
  { stdout: 'self file://<F>/[eval1]\n', stderr: '', status: 0 });
check(['--input-type=module'], { stdout: 'file://<F>/[eval1]\n', stderr: '', status: 0 },
  'console.log(import.meta.url)');
check(['-e', 'import { self } from "./self.mjs"; console.log(self, typeof require)'],
  { stdout: 'self undefined\n', stderr: '', status: 0 });
check(['-e', 'import("./self.mjs").then((ns) => console.log(ns.self, typeof require))'],
  { stdout: 'self function\n', stderr: '', status: 0 });
const p = run(['--input-type=module', '-p', '1']);
assert.strictEqual(p.status, 1);
assert.match(p.stderr, /ERR_EVAL_ESM_CANNOT_PRINT/);
