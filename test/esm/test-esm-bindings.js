'use strict';
// Runs ES module programs from ./fixtures in a child process and compares
// what they print (stderr: the report's first lines, paths made relative).
const { check } = require('./run-fixture');

check("live", {
  "stdout": "0 0 0 0\n3 3 3 3\n0 0\n2 1 v\n1000\nTypeError Assignment to constant variable.\n7 1000\n",
  "stderr": "",
  "status": 0
});

check("defaults", {
  "stdout": "42 anon fn default named named 1\nanon class default arrow default as default as default\n",
  "stderr": "",
  "status": 0
});

check("builtins", {
  "stdout": "a/b y.txt / function\ntrue true true\ntrue\n",
  "stderr": "",
  "status": 0
});

check("strict", {
  "stdout": "true undefined\nundefined\nReferenceError\nundefined\n",
  "stderr": "",
  "status": 0
});
