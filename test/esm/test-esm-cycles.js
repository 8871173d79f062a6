'use strict';
// Runs ES module programs from ./fixtures in a child process and compares
// what they print (stderr: the report's first lines, paths made relative).
const { check } = require('./run-fixture');

check("cycle", {
  "stdout": "b runs first, af() = af\nReferenceError: Cannot access 'a' before initialization\nReferenceError: Cannot access 'A' before initialization\nReferenceError: Cannot access 'A' before initialization\na runs, b = b bf\nmain af a a\n",
  "stderr": "",
  "status": 0
});
