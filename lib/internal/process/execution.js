'use strict';
// The uncaught-exception path: 'uncaughtException' listeners, the capture
// callback, or print and exit 1.

const { reallyExit } = internalBinding('process');
const { writeString } = internalBinding('fs');

function printUncaught(err) {
  let text;
  try {
    text = err instanceof Error || (err && typeof err.stack === 'string')
      ? String(err.stack) : require('internal/util/inspect').inspect(err);
  } catch {
    text = String(err);
  }
  writeString(2, `${text}\n\nNode.js ${process.version}\n`);
}

function noop() {}

function triggerUncaughtException(err, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', err, type);
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, type);
    // as Node: the next check phase is not empty, so the loop turns again
    // and ticks left behind by the error get run
    require('timers').setImmediate(noop);
    return;
  }
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch {
    // an exit listener throwing does not stop the report
  }
  printUncaught(err);
  reallyExit(1);
}

module.exports = { triggerUncaughtException, printUncaught };
