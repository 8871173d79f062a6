'use strict';
// ESM-only packages (the shape of chalk 5 and nanoid 5: "type": "module",
// "exports" with conditions, "#imports", node: built-ins, node:crypto's
// webcrypto) imported from an ES module and loaded by require(), with the
// colour level from FORCE_COLOR / NO_COLOR as chalk reads it.
const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'esm-only');

function run(file, env) {
  const r = spawnSync(process.execPath, [file], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...env },
  });
  assert.strictEqual(r.stderr, '', file);
  assert.strictEqual(r.status, 0, file);
  return r.stdout.split('\n');
}

const red = '"\\u001b[31mred\\u001b[39m"';
const chain = '"\\u001b[1m\\u001b[4m\\u001b[32mx\\u001b[39m\\u001b[24m\\u001b[22m"';

let out = run('from-esm.mjs', { FORCE_COLOR: '1' });
assert.strictEqual(out[0], `[${red},${chain},"plain text"]`);
assert.strictEqual(out[1], '1 1 bold,dim,underline,inverse');
assert.strictEqual(out[2], '"off"');
assert.strictEqual(out[3], '21 true 7 true');
assert.strictEqual(out[4], '0 4');
assert.strictEqual(out[5], 'true 64');

out = run('from-esm.mjs', { FORCE_COLOR: '3' });
assert.strictEqual(out[1], '3 3 bold,dim,underline,inverse');

// not a terminal, nothing forced: no colour
out = run('from-esm.mjs', {});
assert.strictEqual(out[0], '["red","x","plain text"]');
assert.strictEqual(out[1], '0 0 bold,dim,underline,inverse');
out = run('from-esm.mjs', { FORCE_COLOR: '0' });
assert.strictEqual(out[1], '0 0 bold,dim,underline,inverse');

out = run('from-cjs.cjs', { FORCE_COLOR: '2' });
assert.deepStrictEqual(out, [
  'function function true',
  '"\\u001b[33my\\u001b[39m" 2',
  '10 5.0.0',
  'true',
  '',
]);
