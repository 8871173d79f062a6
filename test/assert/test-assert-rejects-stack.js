'use strict';
// A failed assert.rejects / doesNotReject names the assertion in its stack.
const assert = require('assert');

async function main() {
  await assert.rejects(assert.rejects(Promise.reject(null), { code: 'FOO' }), (err) => {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err.operator, 'rejects');
    assert.strictEqual(err.generatedMessage, true);
    assert.match(err.stack, /\n    at .*rejects/);
    return true;
  });
  await assert.rejects(assert.rejects(Promise.resolve(1)), (err) => {
    assert.strictEqual(err.message, 'Missing expected rejection.');
    assert.match(err.stack, /\n    at .*rejects/);
    return true;
  });
  await assert.rejects(assert.doesNotReject(Promise.reject(new Error('x'))), (err) => {
    assert.strictEqual(err.operator, 'doesNotReject');
    assert.match(err.stack, /\n    at /);
    return true;
  });
}
main().then(() => { process.exitCode = 0; }, (e) => { process.exitCode = 1; throw e; });
