'use strict';
// Builds process and the globals, then returns the hooks C calls:
// runMain, emitBeforeExit, emitExit, exitCode.

// V8's stack API first, so every error made from here on has it.
require('internal/errors/stack').install();

const { setupTaskQueue, nextTick } = require('internal/process/task_queues');
const EventEmitter = require('events');

// --- process ---
const processProto = Object.create(EventEmitter.prototype, {
  constructor: { value: function process() {}, writable: true, configurable: true },
  [Symbol.toStringTag]: { value: 'process', writable: false, enumerable: false, configurable: true },
});
Object.defineProperty(processProto.constructor, 'name', { value: 'process' });
processProto.constructor.prototype = processProto;
Object.setPrototypeOf(process, processProto);
const processObject = require('internal/process/object');
processObject.setupIdentity();
Object.defineProperty(process, 'moduleLoadList', {
  value: require.moduleLoadList, writable: false, enumerable: true, configurable: true,
});
EventEmitter.call(process);
processObject.setupProcess();
process.nextTick = nextTick;
process.setUncaughtExceptionCaptureCallback = processObject.setUncaughtExceptionCaptureCallback;
process.hasUncaughtExceptionCaptureCallback = processObject.hasUncaughtExceptionCaptureCallback;
setupTaskQueue();

// --- globals ---
require('internal/bootstrap/globals');

// --- hooks for C ---
function runMain() {
  require('internal/main/run_main').run();
}

// An emit nothing hears is skipped: most programs listen for neither event.
const emitOriginal = EventEmitter.prototype.emit;
function heard(type) {
  return process.emit !== emitOriginal || process._events?.[type] !== undefined;
}

function emitBeforeExit() {
  if (process._exiting) return;
  if (heard('beforeExit')) process.emit('beforeExit', exitCode());
}

// Checks that run when the loop has ended, before 'exit' is emitted (so that
// listeners see the code they settle): an unsettled top-level await.
const loopEndChecks = [];
function addLoopEndCheck(fn) {
  loopEndChecks.push(fn);
}

function emitExit() {
  if (!process._exiting) {
    for (let i = 0; i < loopEndChecks.length; i++) loopEndChecks[i]();
    process._exiting = true;
    if (heard('exit')) process.emit('exit', exitCode());
  }
}

// Read after emitExit's call has returned: microtasks queued by 'exit'
// listeners have run by then and may have changed it, as in Node.
function exitCode() {
  const code = process.exitCode;
  return code === undefined ? 0 : (code | 0);
}

module.exports = { runMain, emitBeforeExit, emitExit, exitCode, addLoopEndCheck };
