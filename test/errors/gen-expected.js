'use strict';
// Regenerates expected.json from the real Node:
//   <node 26> test/errors/gen-expected.js
const fs = require('fs');
const path = require('path');
const { cases, normalize, run } = require('./uncaught-cases');

const out = {};
for (const c of cases) {
  const r = run(process.execPath, c);
  out[c.name] = `exit: ${r.status}\n${normalize(r.stderr, process.execPath, false)}`;
}
fs.writeFileSync(path.join(__dirname, 'expected.json'), `${JSON.stringify(out, null, 1)}\n`);
