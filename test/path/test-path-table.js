'use strict';
// Both flavours of path against a table the reference Node produced
// (fixtures/gen-path-table.js) for generated inputs.
const assert = require('assert');
const { cases } = require('./fixtures/path-cases');
const table = require('./fixtures/path-table.json');

process.chdir('/');
const all = cases();
assert.strictEqual(all.length, table.length);
let failures = 0;
for (let i = 0; i < all.length; i++) {
  const [args, expected] = table[i];
  assert.deepStrictEqual(all[i].args, args);
  const actual = JSON.parse(JSON.stringify(all[i].run()));
  try {
    assert.deepStrictEqual(actual, expected);
  } catch {
    if (failures++ < 10) console.log('mismatch', JSON.stringify(args), JSON.stringify(actual), JSON.stringify(expected));
  }
}
assert.strictEqual(failures, 0);
