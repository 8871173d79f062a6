'use strict';
// ES module files from require(): .mjs, .js under "type": "module", and
// .js with import/export syntax. Node 26 loads them (require(esm)); a
// runtime without ES module support throws ERR_REQUIRE_ESM, as Node does
// with require(esm) turned off. .cjs is always CommonJS.
const assert = require('assert');
const path = require('path');

const F = path.join(__dirname, 'fixtures');

function loadsOrRefuses(id, check) {
  let ns;
  try {
    ns = require(id);
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_REQUIRE_ESM');
    assert.ok(err.message.startsWith(`require() of ES Module ${require.resolve(id)} from ${__filename} not supported.`),
      err.message);
    assert.strictEqual(require.cache[require.resolve(id)], undefined);
    return;
  }
  check(ns);
}

loadsOrRefuses('./fixtures/basic/esm.mjs', (ns) => assert.strictEqual(ns.default, 'esm'));
loadsOrRefuses('./fixtures/esmscope/file.js', (ns) => assert.strictEqual(ns.x, 1));
loadsOrRefuses('./fixtures/node_modules/esmpkg', (ns) => assert.strictEqual(ns.default, 'esmpkg'));
assert.strictEqual(require('./fixtures/esmscope/file.cjs'), 'esmscope/file.cjs');
assert.strictEqual(require('./fixtures/node_modules/esmpkg/legacy.cjs'), 'esmpkg/legacy.cjs');
// resolution itself is unaffected
assert.strictEqual(require.resolve('./fixtures/basic/esm.mjs'), path.join(F, 'basic', 'esm.mjs'));
