'use strict';
// TextDecoder for every WHATWG encoding: labels, single-byte tables, every
// two-byte sequence of the multi-byte encodings, gb18030's four-byte ones,
// random inputs whole, split at every position and byte by byte (plain and
// fatal), BOM handling, input types and argument errors. Expected results
// were recorded from Node by fixtures/gen-text-decoder-encodings.js.
const assert = require('assert');
const { allCases } = require('./fixtures/text-decoder-cases.js');
const expected = require('./fixtures/text-decoder-encodings.json');

let count = 0;
const failures = [];
for (const [id, run] of allCases()) {
  count++;
  assert.ok(Object.hasOwn(expected, id), `no recorded result for ${id}`);
  const actual = run();
  if (actual !== expected[id]) failures.push(`${id}\n  expected ${expected[id]}\n  actual   ${actual}`);
}
assert.strictEqual(count, Object.keys(expected).length);
if (failures.length > 0) {
  console.log(failures.slice(0, 40).join('\n'));
  console.log(`${failures.length} of ${count} cases differ`);
}
assert.strictEqual(failures.length, 0);
