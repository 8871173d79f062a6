'use strict';
// Regenerates expected/<name>.txt from the real Node:
//   <node 26> test/errors/gen-expected.js
const fs = require('fs');
const path = require('path');
const { cases, normalize, run } = require('./uncaught-cases');

for (const c of cases) {
  const r = run(process.execPath, c);
  const text = `exit: ${r.status}\n${normalize(r.stderr, process.execPath, false)}`;
  fs.writeFileSync(path.join(__dirname, 'expected', `${c.name}.txt`), text);
}
