'use strict';
// Runs ES module programs from ./fixtures in a child process and compares
// what they print (stderr: the report's first lines, paths made relative).
const { check } = require('./run-fixture');

check("tla", {
  "stdout": "slow start\nsync runs\nslow end\ndependent sees slow\nmain dep sync\nafter await 42\nfor await 1\nfor await 2\ntimer after main\n",
  "stderr": "",
  "status": 0
});

check("tla-unsettled", {
  "stdout": "before\n",
  "stderr": "Warning: Detected unsettled top-level await at file:///FIXTURES/tla-unsettled.mjs:2\nawait new Promise(() => {});\n^\n",
  "status": 13
});
