'use strict';
// process.emitWarning: the 'warning' event, warning objects, argument checks.
const assert = require('assert');

const seen = [];
process.on('warning', (w) => seen.push(w));

process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning', 'CODE1');
process.emitWarning('opts', { type: 'OptWarning', code: 'CODE2', detail: 'more' });
process.emitWarning('ctor', function marker() {});
const err = new Error('an error');
process.emitWarning(err);
assert.strictEqual(seen.length, 0, 'emitted on a later tick');

assert.throws(() => process.emitWarning(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "warning" argument must be of type string or an instance of Error. ' +
    'Received type number (1)',
});
assert.throws(() => process.emitWarning('a', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "type" argument must be of type string. Received type number (1)',
});
assert.throws(() => process.emitWarning('a', 'T', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type string. Received type number (1)',
});

process.nextTick(() => {
  assert.strictEqual(seen.length, 5);
  assert.ok(seen[0] instanceof Error);
  assert.strictEqual(seen[0].name, 'Warning');
  assert.strictEqual(seen[0].message, 'plain');
  assert.strictEqual(seen[1].name, 'CustomWarning');
  assert.strictEqual(seen[1].code, 'CODE1');
  assert.strictEqual(seen[2].name, 'OptWarning');
  assert.strictEqual(seen[2].code, 'CODE2');
  assert.strictEqual(seen[2].detail, 'more');
  assert.strictEqual(seen[3].name, 'Warning');
  assert.strictEqual(seen[4], err);
  assert.strictEqual(typeof seen[0].stack, 'string');
});
