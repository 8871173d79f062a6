'use strict';
// Runs ES module programs from ./fixtures in a child process and compares
// what they print (stderr: the report's first lines, paths made relative).
const { check } = require('./run-fixture');

check("dynamic", {
  "stdout": "true\n42 Module true\nfunction true\nERR_MODULE_NOT_FOUND true\nSyntaxError Unexpected token ';'\n1\nanon fn\n",
  "stderr": "",
  "status": 0
});
