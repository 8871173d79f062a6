'use strict';
// process.nextTick and the tick queue. C reads tickInfo to know, without a
// call, whether ticks or promise rejections wait (see DESIGN.md: ticks run
// inside the outermost call, the engine drains microtasks when it returns).

const { tickInfo, setup, setPromiseRejectCallback } = internalBinding('task');
const { validateFunction } = require('internal/validators');

const kHasTicks = 0;
const kHasRejections = 1;
const kWatchHandled = 2; // set by internal/process/promises while it has reported rejections
// tickInfo[kHasTicks]: 0 none, 1 queued, 2 deferred to the next callback
const kTicksQueued = 1;
const kTicksDeferred = 2;

// ---- async ids -------------------------------------------------------------
// Ticks, timers and immediates draw ids from one counter as in Node; a
// resource's trigger id is the id of the timer, immediate or tick whose
// callback made it (1 outside them, as for the main script). One shared
// object, so that the hot paths read and write it without calls.
const asyncIds = { last: 1, execution: 1 };

// ---- the tick queue --------------------------------------------------------
// A FIFO of fixed-size segments: [callback, args, asyncId] triples. Memory
// stays bounded however long a run of ticks queueing ticks goes on. A
// segment's array grows as it fills (most programs queue few ticks at once:
// 6144 slots made up front would cost start-up 48 KB of fresh pages).

const kSegment = 2048 * 3;

// (a function, not a class: constructors are compiled from source at their
// first `new`, the bytecode cache holds none)
function newSegment() {
  return { slots: [], read: 0, write: 0, next: null };
}

let first = newSegment();
let last = first;

function nextTick(callback) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  let args;
  switch (arguments.length) {
    case 1: break;
    case 2: args = [arguments[1]]; break;
    case 3: args = [arguments[1], arguments[2]]; break;
    default:
      args = new Array(arguments.length - 1);
      for (let i = 1; i < arguments.length; i++) args[i - 1] = arguments[i];
  }
  if (last.write === kSegment) {
    last = last.next = newSegment();
  }
  const slots = last.slots;
  const w = last.write;
  slots[w] = callback;
  slots[w + 1] = args;
  slots[w + 2] = ++asyncIds.last;
  last.write = w + 3;
  tickInfo[kHasTicks] = kTicksQueued;
}

// Runs the queued ticks, and those they queue, in order. A tick that throws
// ends the run as in Node: the error goes to the caller, the ticks after it
// stay queued for the next run.
function runTicksOnly() {
  for (;;) {
    if (first.read === first.write) {
      if (first.next === null) break;
      first = first.next;
      continue;
    }
    const slots = first.slots;
    const r = first.read;
    const callback = slots[r];
    const args = slots[r + 1];
    const prior = asyncIds.execution;
    asyncIds.execution = slots[r + 2];
    slots[r] = slots[r + 1] = undefined;
    first.read = r + 3;
    try {
      if (args === undefined) {
        callback();
      } else {
        switch (args.length) {
          case 1: callback(args[0]); break;
          case 2: callback(args[0], args[1]); break;
          default: Reflect.apply(callback, undefined, args);
        }
      }
    } finally {
      asyncIds.execution = prior;
    }
  }
  // drained: reuse the one segment left
  first.read = first.write = 0;
  tickInfo[kHasTicks] = 0;
}

// queueMicrotask: the engine's API context has none, so a reaction on a
// settled promise stands in (one job, queued at once, like the real one).
// An error thrown by the callback is an uncaught exception, as in Node.
let resolvedPromise; // made on first use: a settled promise costs start-up time
const promiseThen = Promise.prototype.then;

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  resolvedPromise ??= Promise.resolve();
  Reflect.apply(promiseThen, resolvedPromise, [() => {
    try {
      callback();
    } catch (err) {
      uncaught(err, false);
    }
  }]);
}

let triggerUncaught;
function uncaught(err, fromPromise) {
  if (triggerUncaught === undefined)
    triggerUncaught = require('internal/process/execution').triggerUncaughtException;
  triggerUncaught(err, fromPromise);
}

// After a tick threw where no other callback follows at once (the end of a
// callback, or C's own run), Node leaves the rest of the ticks for after
// the next callback (the uncaught-exception path queues an empty immediate
// so that there is one). Node leaves the microtasks too; the engine drains
// them when C's call returns, so here they run first.
function deferTicks() {
  tickInfo[kHasTicks] = kTicksDeferred;
}

// Runs ticks; a throwing one is reported and the rest deferred.
function runTicksReporting() {
  try {
    runTicksOnly();
  } catch (err) {
    uncaught(err, false);
    deferTicks();
  }
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
  if (tickInfo[kHasTicks] === kTicksQueued) {
    runTicksReporting();
    return;
  }
  if (tickInfo[kHasRejections]) {
    tickInfo[kHasRejections] = 0;
    const list = pendingRejections.splice(0);
    if (processRejections === undefined)
      processRejections = require('internal/process/promises').processPromiseRejections;
    processRejections(list);
  } else if (tickInfo[kWatchHandled]) {
    require('internal/process/promises').noticeLateHandlers();
  }
}

// C's way into JS (Node's MakeCallback): the callback, then its ticks; the
// engine drains microtasks when C's call returns. After an error is
// reported the ticks still run first, as after Node's main script.
function makeCallback(fn, recv, ...args) {
  let result;
  try {
    result = Reflect.apply(fn, recv, args);
  } catch (err) {
    uncaught(err, false);
  }
  if (tickInfo[kHasTicks]) runTicksReporting();
  return result;
}

function setupTaskQueue() {
  setPromiseRejectCallback(onUnhandledRejection);
  setup({ makeCallback, runTicks, onUncaught: (err) => uncaught(err, false) });
}

module.exports = {
  nextTick, queueMicrotask, runTicksOnly, deferTicks, makeCallback, setupTaskQueue, tickInfo,
  asyncIds,
};
