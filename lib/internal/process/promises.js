'use strict';
// Unhandled promise rejections, Node's default mode ('throw'): emit
// 'unhandledRejection'; with no listener, the reason becomes an uncaught
// exception (exit code 1).

const { triggerUncaughtException } = require('internal/process/execution');

function unhandledRejectionError(reason) {
  let text;
  try { text = String(reason); } catch { text = Object.prototype.toString.call(reason); }
  const err = new Error(
    'This error originated either by throwing inside of an async function without a ' +
    'catch block, or by rejecting a promise which was not handled with .catch(). ' +
    `The promise rejected with the reason "${text}".`);
  err.name = 'UnhandledPromiseRejection';
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}

function processPromiseRejections(list) {
  for (let i = 0; i < list.length; i += 2) {
    const promise = list[i];
    const reason = list[i + 1];
    if (process.emit('unhandledRejection', reason, promise)) continue;
    const err = reason instanceof Error ? reason : unhandledRejectionError(reason);
    triggerUncaughtException(err, true);
  }
}

module.exports = { processPromiseRejections };
