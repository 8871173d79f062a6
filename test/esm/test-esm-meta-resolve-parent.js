'use strict';
// import.meta.resolve: any URL scheme resolves (only loading checks it);
// --experimental-import-meta-resolve adds the parent URL argument.
const assert = require('assert');
const { spawnSync } = require('child_process');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const cwd = os.tmpdir();
const local = pathToFileURL(path.join(cwd, 'x')).href;

const code = `
const r = import.meta.resolve;
const out = [r('http://some-absolute/url'), r('some://weird/protocol'), r('./x', 'file:///a/b/c.js'),
  r('./x', new URL('file:///q/r'))];
for (const bad of [[], {}, 0, true, () => {}]) {
  try { r('./x', bad); out.push('no error'); } catch (e) { out.push(e.code); }
}
try { r('./x', 'notaurl'); } catch (e) { out.push(e.code); }
console.log(JSON.stringify(out));
`;
const run = (...flags) => {
  const r = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', code],
    { encoding: 'utf8', cwd });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
};

assert.deepStrictEqual(run('--experimental-import-meta-resolve'), [
  'http://some-absolute/url', 'some://weird/protocol', 'file:///a/b/x', 'file:///q/x',
  'ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_TYPE',
  'ERR_INVALID_ARG_TYPE', 'ERR_UNSUPPORTED_RESOLVE_REQUEST',
]);
// without the flag the second argument is ignored
assert.deepStrictEqual(run(), [
  'http://some-absolute/url', 'some://weird/protocol', local, local,
  'no error', 'no error', 'no error', 'no error', 'no error',
]);
