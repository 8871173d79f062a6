'use strict';
// --enable-source-maps: stack frames in a script whose last
// `//# sourceMappingURL=` comment names a source map (data: URL or file)
// show the original file and position; the uncaught-error report shows the
// original line from sourcesContent. A URL inside a string is no comment.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'nd-source-maps-')));
// generated line 2, from column 0, is line 10 column 4 of src/orig.ts
const map = {
  version: 3, sources: ['src/orig.ts'], names: [], mappings: ';AASI',
  sourcesContent: [`${'\n'.repeat(9)}    throw new Error('boom') // original\n`],
};
const inline = `data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}`;
const run = (args) => spawnSync(process.execPath, args, { encoding: 'utf8' });
try {
  const cjs = path.join(dir, 'inline.js');
  fs.writeFileSync(cjs, `'use strict';\nthrow new Error('boom');\n//# sourceMappingURL=${inline}\n`);
  let r = run(['--enable-source-maps', cjs]);
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, new RegExp(`\\(${path.join(dir, 'src', 'orig.ts')}:10:5\\)`));
  assert.ok(r.stderr.startsWith(`${path.join(dir, 'src', 'orig.ts')}:10\n    throw new Error('boom') // original\n`),
            r.stderr);
  // off without the flag
  r = run([cjs]);
  assert.doesNotMatch(r.stderr, /orig\.ts/);

  // an ES module, its map in a file beside it
  const esm = path.join(dir, 'file.mjs');
  fs.writeFileSync(esm, `const x = 1;\nthrow new Error('boom');\n//# sourceMappingURL=file.mjs.map\n`);
  fs.writeFileSync(path.join(dir, 'file.mjs.map'), JSON.stringify({ ...map, sourcesContent: undefined }));
  r = run(['--enable-source-maps', esm]);
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, new RegExp(`${path.join(dir, 'src', 'orig.ts')}:10:5\\)`));

  // caught errors too; the comment inside a template literal does not count
  const str = path.join(dir, 'string.js');
  fs.writeFileSync(str, 'const s = `\n//# sourceMappingURL=' + inline + '\n`;\n' +
                   "try { null.x; } catch (e) { console.log(e.stack.includes('orig.ts')); }\n" +
                   "console.log(new Error('x').stack.includes('orig.ts'));\n");
  r = run(['--enable-source-maps', str]);
  assert.strictEqual(r.stdout, 'false\nfalse\n');
  fs.writeFileSync(str, "'use strict';\nconsole.log(new Error('x').stack.split('\\n')[1].includes('orig.ts:10:5'));\n" +
                   `//# sourceMappingURL=${inline}\n`);
  r = run(['--enable-source-maps', str]);
  assert.strictEqual(r.stdout, 'true\n');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
