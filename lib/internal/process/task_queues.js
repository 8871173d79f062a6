'use strict';
// process.nextTick and the tick queue. C reads tickInfo to know, without a
// call, whether ticks or promise rejections wait (see DESIGN.md: ticks run
// inside the outermost call, the engine drains microtasks when it returns).

const { tickInfo, setup, setPromiseRejectCallback } = internalBinding('task');
const { validateFunction } = require('internal/validators');

const kHasTicks = 0;
const kHasRejections = 1;

// FIFO of [callback, args] pairs; `head` walks it, reset when drained.
let queue = [];
let head = 0;

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  queue.push(callback, args);
  tickInfo[kHasTicks] = 1;
}

let triggerUncaught;
function uncaught(err, fromPromise) {
  if (triggerUncaught === undefined)
    triggerUncaught = require('internal/process/execution').triggerUncaughtException;
  triggerUncaught(err, fromPromise);
}

function runTicksOnly() {
  while (head < queue.length) {
    const callback = queue[head];
    const args = queue[head + 1];
    queue[head] = queue[head + 1] = undefined;
    head += 2;
    try {
      switch (args.length) {
        case 0: callback(); break;
        case 1: callback(args[0]); break;
        case 2: callback(args[0], args[1]); break;
        default: callback(...args);
      }
    } catch (err) {
      uncaught(err, false);
    }
  }
  queue = [];
  head = 0;
  tickInfo[kHasTicks] = 0;
}

// Promise rejections the engine reported after a microtask checkpoint.
const pendingRejections = [];
let processRejections;

let watchRejection;
function onUnhandledRejection(promise, reason) {
  // start noticing handlers added from now on (rejectionHandled)
  if (watchRejection === undefined)
    watchRejection = require('internal/process/promises').watchRejection;
  watchRejection(promise, reason);
  pendingRejections.push(promise, reason);
  tickInfo[kHasRejections] = 1;
}

// C calls this at the outermost level until both flags are clear: ticks
// first; rejections only once no tick is left (Node processes them after
// the tick and microtask queues are empty).
function runTicks() {
  if (tickInfo[kHasTicks]) {
    runTicksOnly();
    return;
  }
  if (tickInfo[kHasRejections]) {
    tickInfo[kHasRejections] = 0;
    const list = pendingRejections.splice(0);
    if (processRejections === undefined)
      processRejections = require('internal/process/promises').processPromiseRejections;
    processRejections(list);
  }
}

function makeCallback(fn, recv, ...args) {
  let result;
  try {
    result = fn.apply(recv, args);
  } catch (err) {
    uncaught(err, false);
  }
  if (tickInfo[kHasTicks]) runTicksOnly();
  return result;
}

function setupTaskQueue() {
  setPromiseRejectCallback(onUnhandledRejection);
  setup({ makeCallback, runTicks, onUncaught: (err) => uncaught(err, false) });
}

module.exports = { nextTick, runTicksOnly, makeCallback, setupTaskQueue, tickInfo };
