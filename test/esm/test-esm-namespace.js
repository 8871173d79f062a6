'use strict';
// Runs ES module programs from ./fixtures in a child process and compares
// what they print (stderr: the report's first lines, paths made relative).
const { check } = require('./run-fixture');

check("star", {
  "stdout": "Abc,nsx,onlyX,onlyY,same,zed false undefined\n1 2 same x default true\n[object Module] Module null\ntrue false false\n{\"value\":\"z\",\"writable\":true,\"enumerable\":true,\"configurable\":false}\nfalse false true\nTypeError\nTypeError\nAbc,nsx,onlyX,onlyY,same,zed,Symbol(Symbol.toStringTag)\n",
  "stderr": "",
  "status": 0
});

check("star-ambiguous", {
  "stdout": "",
  "stderr": "file:///FIXTURES/star-ambiguous.mjs:1\nimport { shared } from './star-both.mjs';\n         ^^^^^^\nSyntaxError: The requested module './star-both.mjs' contains conflicting star exports for name 'shared'",
  "status": 1
});
