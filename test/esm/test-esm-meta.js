'use strict';
// Runs ES module programs from ./fixtures in a child process and compares
// what they print (stderr: the report's first lines, paths made relative).
const { check } = require('./run-fixture');

check("meta", {
  "stdout": "dirname,filename,main,resolve,url null\ntrue true true\ntrue true true\ntrue\nnode:path node:path\nfalse true\n",
  "stderr": "",
  "status": 0
});

check("error-stack", {
  "stdout": "Error: boom\n    at thrower (file:///error-stack.mjs:2)\n    at file:///error-stack.mjs:5\n",
  "stderr": "",
  "status": 0
});
