'use strict';
// Builds process and the globals, then returns the hooks C calls:
// runMain, emitBeforeExit, emitExit, exitCode.

const { setupTaskQueue, nextTick } = require('internal/process/task_queues');
const EventEmitter = require('events');
const binding = internalBinding('process');

// --- process ---
const processProto = Object.create(EventEmitter.prototype, {
  constructor: { value: function process() {}, writable: true, configurable: true },
});
Object.defineProperty(processProto.constructor, 'name', { value: 'process' });
processProto.constructor.prototype = processProto;
Object.setPrototypeOf(process, processProto);
EventEmitter.call(process);
require('internal/process/object').setupProcess(process, binding);
process.nextTick = nextTick;
setupTaskQueue();

// --- globals ---
require('internal/bootstrap/globals');

// --- hooks for C ---
function runMain() {
  require('internal/main/run_main').run();
}

function emitBeforeExit() {
  if (process._exiting) return;
  process.emit('beforeExit', exitCode());
}

function emitExit() {
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', exitCode());
  }
}

// Read after emitExit's call has returned: microtasks queued by 'exit'
// listeners have run by then and may have changed it, as in Node.
function exitCode() {
  const code = process.exitCode;
  return code === undefined ? 0 : (code | 0);
}

module.exports = { runMain, emitBeforeExit, emitExit, exitCode };
