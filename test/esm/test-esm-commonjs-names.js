'use strict';
// An ES module body that uses require, module, exports, __filename or
// __dirname fails with Node's explanation of why they are not defined.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-esm-cjs-names-'));
fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
fs.writeFileSync(path.join(dir, 'uses-module.js'), 'module.exports = 1;\n');

const cases = [
  ['data:text/javascript,require("fs");', /^require is not defined in ES module scope, you can use import instead$/],
  ['data:text/javascript,exports.a = 1;', /^exports is not defined in ES module scope$/],
  ['data:text/javascript,__dirname;', /^__dirname is not defined in ES module scope$/],
  ['data:text/javascript,requireX;', /^(?!.*ES module scope)/],
  ['data:text/javascript,await 1; require("fs");',
    /^Cannot determine intended module format because both 'require' and top-level await are present\..* replace require\(\) with import\.$/],
  [pathToFileURL(path.join(dir, 'uses-module.js')).href,
    /^module is not defined in ES module scope\nThis file is being treated as an ES module because it has a '\.js' file extension and '.*package\.json' contains "type": "module"\. To treat it as a CommonJS script, rename it to use the '\.cjs' file extension\.$/],
];

(async () => {
  for (const [url, re] of cases) {
    await assert.rejects(import(url), (err) => {
      assert.ok(err instanceof ReferenceError, url);
      assert.match(err.message, re);
      return true;
    });
  }
  fs.rmSync(dir, { recursive: true });
})().then(() => {}, (err) => { process.exitCode = 1; console.error(err); });
