'use strict';
// Reading a property a cycle's partial exports do not have yet warns
// (once per access); __esModule is exempt, and the finished exports are
// plain objects again.
const assert = require('assert');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

const a = require('./fixtures/basic/cycle-warn-a');
const b = require('./fixtures/basic/cycle-warn-b');
assert.deepStrictEqual(b, { present: true, missing: undefined, esModule: undefined });
assert.strictEqual(Object.getPrototypeOf(a), Object.prototype);
assert.strictEqual(a.whatever, undefined);

setImmediate(() => {
  assert.strictEqual(warnings.length, 1);
  assert.strictEqual(warnings[0].name, 'Warning');
  assert.strictEqual(warnings[0].message,
    "Accessing non-existent property 'missing' of module exports inside circular dependency");
});
