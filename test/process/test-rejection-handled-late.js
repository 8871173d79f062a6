'use strict';
// 'rejectionHandled' for a reported rejection that gets a handler later:
// through .catch(), and through await (which adds no visible then()).
const assert = require('assert');

const events = [];
const byAwait = Promise.reject(new Error('a'));
const byCatch = Promise.reject(new Error('b'));
const never = Promise.reject(new Error('c'));

process.on('unhandledRejection', (reason, promise) => {
  events.push(`unhandled ${reason.message}`);
  assert.ok(promise === byAwait || promise === byCatch || promise === never);
});
process.on('rejectionHandled', (promise) => {
  events.push(`handled ${promise === byAwait ? 'a' : promise === byCatch ? 'b' : '?'}`);
});

setTimeout(async () => {
  try {
    await byAwait;
  } catch (err) {
    events.push(`caught ${err.message}`);
  }
  setImmediate(() => {
    byCatch.catch((err) => events.push(`caught ${err.message}`));
  });
}, 1);

process.on('exit', () => {
  assert.deepStrictEqual(events, [
    'unhandled a', 'unhandled b', 'unhandled c',
    'caught a', 'handled a',
    'caught b', 'handled b',
  ]);
});
