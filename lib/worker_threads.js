'use strict';
// worker_threads: nodus runs one thread so far. What is true of the main
// thread is real; starting a worker says plainly that it is not built yet.

const { codes } = require('internal/errors');

class Worker {
  constructor() {
    throw new codes.ERR_NOT_IMPLEMENTED('worker threads (worker_threads.Worker)');
  }
}

module.exports = {
  isInternalThread: false,
  isMainThread: true,
  resourceLimits: {},
  threadId: 0,
  Worker,
  parentPort: null,
  workerData: null,
};
