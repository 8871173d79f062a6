'use strict';
// The timer model Node uses, and the two step functions C drives.
//
// Timeouts with the same duration share a TimersList: a circular linked list
// in start order, so appending keeps it sorted by expiry. The lists sit in a
// binary heap ordered by (expiry, id); one native uv timer is armed for the
// top. Immediates are one FIFO list.
//
// The engine drains microtasks only when the outermost C call returns, so C
// runs the due callbacks one per call: processTimers(now) runs one due timer
// and its ticks, or, when none is due, clears timerInfo[kRanOne] and leaves
// the next expiry; processImmediate() runs one immediate of the current
// batch and its ticks, and clears immediateInfo[kHasOutstanding] when the
// batch is done. When a callback throws, Node hands the error to
// 'uncaughtException' and goes straight on to the next callback without
// running ticks in between; the step functions do the same by running that
// next callback inside the same call.

const binding = internalBinding('timers');
const { immediateInfo, timerInfo } = binding;
const {
  tickInfo, runTicksOnly, deferTicks, asyncIds,
} = require('internal/process/task_queues');

// immediateInfo and timerInfo fields, shared with C
const kCount = 0;
const kRefCount = 1;
const kHasOutstanding = 2;
const kRanOne = 0;
const kNextExpiry = 1;
const kNow = 2;
const kNowWallMs = 3;
const kHasTicks = 0; // tickInfo field

const TIMEOUT_MAX = 2 ** 31 - 1;

const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');
// Node keeps the async context of the scheduling code here; it stays
// undefined until AsyncLocalStorage exists.
const asyncContextFrameSymbol = Symbol('kAsyncContextFrame');
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

let nextListId = Number.MIN_SAFE_INTEGER;
// Expiry the native timer is armed for; Infinity while a batch runs so that
// any list created meanwhile arms it.
let nextExpiry = Infinity;
// Ref'd, live Timeouts: the native timer keeps the loop alive while > 0.
let refCount = 0;

// Timeouts whose id was taken by [Symbol.toPrimitive]: clearTimeout(id).
const knownTimersById = { __proto__: null };
// duration -> its TimersList
const timerListMap = { __proto__: null };

// ---- circular doubly linked lists through _idlePrev/_idleNext ----------

function listPeek(list) {
  const first = list._idlePrev;
  return first === list ? null : first;
}

function listRemove(item) {
  if (item._idleNext !== null) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev !== null) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

// Newest at _idleNext, oldest at _idlePrev.
function listAppend(list, item) {
  if (item._idleNext !== null || item._idlePrev !== null) listRemove(item);
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}

function listIsEmpty(list) {
  return list._idleNext === list;
}

// ---- heap of TimersLists by (expiry, id) ---------------------------------

function listBefore(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id);
}

const heap = [null]; // 1-based
let heapSize = 0;

function heapPlace(pos, list) {
  heap[pos] = list;
  list.priorityQueuePosition = pos;
}

function heapSiftUp(pos, list) {
  while (pos > 1) {
    const parent = pos >> 1;
    if (!listBefore(list, heap[parent])) break;
    heapPlace(pos, heap[parent]);
    pos = parent;
  }
  heapPlace(pos, list);
}

function heapSiftDown(pos, list) {
  for (;;) {
    let child = pos * 2;
    if (child > heapSize) break;
    if (child < heapSize && listBefore(heap[child + 1], heap[child])) child++;
    if (!listBefore(heap[child], list)) break;
    heapPlace(pos, heap[child]);
    pos = child;
  }
  heapPlace(pos, list);
}

function heapInsert(list) {
  heapSiftUp(++heapSize, list);
}

function heapRemove(list) {
  const pos = list.priorityQueuePosition;
  if (pos === null || heap[pos] !== list) return;
  list.priorityQueuePosition = null;
  const last = heap[heapSize];
  heap[heapSize--] = undefined;
  if (pos > heapSize) return;
  if (pos > 1 && listBefore(last, heap[pos >> 1])) heapSiftUp(pos, last);
  else heapSiftDown(pos, last);
}

// The timer clock (whole ms since the runtime started). Reading it means a
// call into C, so C says with each reading for which Date.now() value it
// stays true (see src/bind/timers.c). The Date.now of the engine is kept:
// fake-timer libraries replace the global one.
const updateNow = binding.updateNow;
const dateNow = Date.now;
function getLibuvNow() {
  if (dateNow() !== timerInfo[kNowWallMs]) updateNow();
  return timerInfo[kNow];
}

// util.inspect shows timers and lists one level deep.
function inspectShallow(value, options) {
  const { inspect } = require('internal/util/inspect');
  return inspect(value, { ...options, depth: 0, customInspect: false });
}

// ---- Timeout -------------------------------------------------------------

function initAsyncResource(resource) {
  resource[asyncIdSymbol] = ++asyncIds.last;
  resource[triggerAsyncIdSymbol] = asyncIds.execution;
  resource[asyncContextFrameSymbol] = undefined;
}

function incRefCount() {
  if (refCount++ === 0) binding.toggleTimerRef(true);
}

function decRefCount() {
  if (--refCount === 0) binding.toggleTimerRef(false);
}

let warnedNegative = false;
let warnedNaN = false;

// Node's coercion: undefined means 1; anything outside [1, TIMEOUT_MAX]
// becomes 1 with a warning (negative and NaN ones warn once per process).
function coerceDelay(after) {
  if (after === undefined) return 1;
  after *= 1;
  if (after >= 1 && after <= TIMEOUT_MAX) return after;
  if (after > TIMEOUT_MAX) {
    process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
                        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
  } else if (after < 0) {
    if (!warnedNegative) {
      warnedNegative = true;
      process.emitWarning(`${after} is a negative number.` +
                          '\nTimeout duration was set to 1.', 'TimeoutNegativeWarning');
    }
  } else if (after !== after && !warnedNaN) {
    warnedNaN = true;
    process.emitWarning(`${after} is not a number.` +
                        '\nTimeout duration was set to 1.', 'TimeoutNaNWarning');
  }
  return 1;
}

class Timeout {
  // The own properties and their order are what util.inspect shows in Node.
  constructor(callback, after, args, isRepeat, isRefed) {
    if (typeof after !== 'number' || !(after >= 1 && after <= TIMEOUT_MAX)) {
      after = coerceDelay(after);
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    initAsyncResource(this);
  }

  [inspectCustom](_, options) {
    return inspectShallow(this, options);
  }

  refresh() {
    insertGuarded(this, this[kRefed]);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }
}

// Node defines these by assignment: enumerable and without a name.
Timeout.prototype.close = function() {
  clearTimeout(this);
  return this;
};
Timeout.prototype[Symbol.dispose] = function() {
  clearTimeout(this);
};
Timeout.prototype[Symbol.toPrimitive] = function() {
  const id = this[asyncIdSymbol];
  if (!this[kHasPrimitive]) {
    this[kHasPrimitive] = true;
    knownTimersById[id] = this;
  }
  return id;
};

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = nextListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }

  [inspectCustom](_, options) {
    return inspectShallow(this, options);
  }
}

// (Re)starts item's countdown from `start` (default: now).
function insert(item, msecs, start = getLibuvNow()) {
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    list = timerListMap[msecs] = new TimersList(expiry, msecs);
    heapInsert(list);
    if (expiry < nextExpiry) {
      binding.scheduleTimer(expiry);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

// refresh(): restart, reviving a timer that already fired or was cleared
// (unless it was cleared with a negative _idleTimeout).
function insertGuarded(item, refed) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs);
  const wasDestroyed = item._destroyed;
  if (wasDestroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    initAsyncResource(item);
  }
  if (wasDestroyed) {
    if (refed) incRefCount();
  } else if (refed !== item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function cleanTimer(timer) {
  timer._onTimeout = undefined;
  timer._timerArgs = undefined;
}

// Removes a Timeout for good.
function unenroll(item) {
  if (item._destroyed) {
    cleanTimer(item);
    return;
  }
  const wasEnrolled = item._idleNext !== null || item._idlePrev !== null;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  listRemove(item);
  // Only ref'd lists go at once, as in Node: unref'd ones (sockets, mostly)
  // are likely to be needed again soon and expire on their own.
  if (item[kRefed]) {
    const list = timerListMap[Math.trunc(item._idleTimeout)];
    if (list !== undefined && listIsEmpty(list)) {
      heapRemove(list);
      delete timerListMap[list.msecs];
    }
    decRefCount();
  }
  if (wasEnrolled) cleanTimer(item);
  item._idleTimeout = -1;
}

function clearTimeout(timer) {
  if (timer != null && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const found = knownTimersById[timer];
    if (found !== undefined) {
      found._onTimeout = null;
      unenroll(found);
    }
  }
}

// ---- running timers --------------------------------------------------------

let triggerUncaught;
function uncaught(err) {
  if (triggerUncaught === undefined)
    triggerUncaught = require('internal/process/execution').triggerUncaughtException;
  triggerUncaught(err, false);
}

// Runs the tick queue after a callback; false if a tick threw (it was
// reported; the ticks after it wait, as in Node).
function runTicksAfter() {
  if (tickInfo[kHasTicks] === 0) return true;
  try {
    runTicksOnly();
    return true;
  } catch (err) {
    uncaught(err);
    return false;
  }
}

// A timer left its list for good (ran, or found cleared): forget it.
function retireTimer(timer) {
  timer._destroyed = true;
  if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
  if (timer[kRefed]) refCount--;
}

// After the callback: an interval goes back in, counted from the start of
// its callback (so its period does not drift by the callback's duration).
function finishTimer(timer, start) {
  if (timer._repeat && timer._idleTimeout !== -1) {
    timer._idleTimeout = timer._repeat;
    insert(timer, timer._idleTimeout, start);
  } else if (timer._idleNext === null && timer._idlePrev === null) {
    if (timer._destroyed) cleanTimer(timer);
    else retireTimer(timer);
  }
}

function dropListIfDone(list) {
  if (listIsEmpty(list) && timerListMap[list.msecs] === list) {
    delete timerListMap[list.msecs];
    heapRemove(list);
  }
}

// How the previous callback of this call ended, for the Node order after an
// uncaught error: Node reports it, then starts over at once, so the first
// due timer it meets runs before any tick; if it first meets an emptied
// list or one not yet due, ticks run before the next timer. A tick that
// throws, though, threw after that bookkeeping, just before the next timer.
const kRan = 0;
const kTimerThrew = 1; // also: an immediate threw
const kTickThrew = 2;

// Leaving a step after an error, with no callback run straight on: the
// ticks the thrower left run now, before the engine drains microtasks, as
// Node runs them when the callback scope ends; if a tick threw, the rest
// wait (see deferTicks).
function leaveAfterError(last) {
  if (last === kTickThrew || !runTicksAfter()) deferTicks();
}

// C calls processTimers(now) while timerInfo[kRanOne] stays set; when no
// timer is due it clears it and leaves the next expiry: positive while
// ref'd timers exist, negative if only unref'd ones, 0 for none.
function timersDone(expiry) {
  timerInfo[kRanOne] = 0;
  timerInfo[kNextExpiry] = expiry;
}

function processTimers(now) {
  nextExpiry = Infinity;
  let last = kRan;
  for (;;) {
    const list = heapSize === 0 ? null : heap[1];
    if (list === null || list.expiry > now) {
      if (last !== kRan) leaveAfterError(last);
      if (list === null) return timersDone(0);
      nextExpiry = list.expiry;
      return timersDone(refCount > 0 ? nextExpiry : -nextExpiry);
    }
    const timer = listPeek(list);
    if (timer === null) {
      dropListIfDone(list);
      heapRemove(list);
      if (last === kTimerThrew) {
        if (runTicksAfter()) return;
        last = kTickThrew;
      }
      continue;
    }
    if (now - timer._idleStart < list.msecs) {
      // its first timer was restarted: the list waits until that one is due
      list.expiry = Math.max(timer._idleStart + list.msecs, now + 1);
      list.id = nextListId++;
      heapSiftDown(1, list);
      if (last === kTimerThrew) {
        if (runTicksAfter()) return;
        last = kTickThrew;
      }
      continue;
    }
    listRemove(timer);
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        cleanTimer(timer);
        retireTimer(timer);
      }
      if (last !== kRan) return;
      continue;
    }
    // run it (inline: this is the hot path)
    const start = timer._repeat ? getLibuvNow() : undefined;
    const prior = asyncIds.execution;
    asyncIds.execution = timer[asyncIdSymbol];
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else Reflect.apply(timer._onTimeout, timer, args);
    } catch (err) {
      asyncIds.execution = prior;
      finishTimer(timer, start);
      uncaught(err);
      last = kTimerThrew;
      continue;
    }
    asyncIds.execution = prior;
    finishTimer(timer, start);
    if (list._idleNext === list) dropListIfDone(list);
    if (tickInfo[kHasTicks] === 0 || runTicksAfter()) return;
    last = kTickThrew;
  }
}

// ---- immediates ------------------------------------------------------------

class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }

  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
}

// New immediates; and the batch being run (what was queued when the check
// phase began: immediates added meanwhile wait for the next loop turn).
const immediateQueue = new ImmediateList();
const runningBatch = new ImmediateList();

function unlinkImmediate(item) {
  const next = item._idleNext;
  const prev = item._idlePrev;
  if (next !== null) next._idlePrev = prev;
  if (prev !== null) prev._idleNext = next;
  if (runningBatch.head === item) runningBatch.head = next;
  if (runningBatch.tail === item) runningBatch.tail = prev;
  if (immediateQueue.head === item) immediateQueue.head = next;
  if (immediateQueue.tail === item) immediateQueue.tail = prev;
  item._idleNext = null;
  item._idlePrev = null;
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    initAsyncResource(this);
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) binding.toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

Immediate.prototype[Symbol.dispose] = function() {
  clearImmediate(this);
};

function cleanImmediate(immediate) {
  immediate._onImmediate = undefined;
  immediate._argv = undefined;
}

function clearImmediate(immediate) {
  if (immediate == null || !immediate._onImmediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
  immediate[kRefed] = null;
  cleanImmediate(immediate);
  unlinkImmediate(immediate);
}

// Calls one immediate; true if it returned, false if it threw (reported).
function callImmediate(immediate) {
  immediate._destroyed = true;
  immediateInfo[kCount]--;
  // the ref count drops without toggling: C stops the idle handle after
  // the check phase
  if (immediate[kRefed]) immediateInfo[kRefCount]--;
  immediate[kRefed] = null;
  const prior = asyncIds.execution;
  asyncIds.execution = immediate[asyncIdSymbol];
  try {
    const argv = immediate._argv;
    if (argv === undefined) immediate._onImmediate();
    else immediate._onImmediate(...argv);
  } catch (err) {
    asyncIds.execution = prior;
    immediate._onImmediate = undefined;
    immediate._argv = undefined;
    uncaught(err);
    return false;
  }
  asyncIds.execution = prior;
  cleanImmediate(immediate);
  return true;
}

// C calls processImmediate while immediateInfo[kHasOutstanding] is set.
function takeBatch() {
  runningBatch.head = immediateQueue.head;
  runningBatch.tail = immediateQueue.tail;
  immediateQueue.head = immediateQueue.tail = null;
  immediateInfo[kHasOutstanding] = runningBatch.head !== null ? 1 : 0;
  return runningBatch.head !== null;
}

function batchDone() {
  immediateInfo[kHasOutstanding] = 0;
}

function processImmediate() {
  if (runningBatch.head === null && !takeBatch()) return;
  for (;;) {
    const immediate = runningBatch.head;
    unlinkImmediate(immediate);
    if (callImmediate(immediate)) {
      if (runTicksAfter()) {
        if (runningBatch.head === null) batchDone();
        return;
      }
      // a tick threw: the next immediate of the batch runs straight on, or
      // the rest of the ticks wait (see deferTicks)
      if (runningBatch.head === null) {
        deferTicks();
        return batchDone();
      }
      continue;
    }
    // The callback threw: straight on; once the batch is done Node even
    // starts on the immediates queued meanwhile.
    if (runningBatch.head === null && !takeBatch()) return leaveAfterError(kTimerThrew);
  }
}

binding.setup(processTimers, processImmediate);

// For modules with internal timeouts (sockets, http): an unref'd Timeout.
function setUnrefTimeout(callback, after) {
  const timer = new Timeout(callback, after, undefined, false, false);
  insert(timer, timer._idleTimeout);
  return timer;
}

module.exports = {
  TIMEOUT_MAX,
  Timeout,
  Immediate,
  kRefed,
  kHasPrimitive,
  asyncIdSymbol,
  triggerAsyncIdSymbol,
  asyncContextFrameSymbol,
  active: (item) => insertGuarded(item, true),
  unrefActive: (item) => insertGuarded(item, false),
  insert,
  unenroll,
  clearTimeout,
  clearImmediate,
  setUnrefTimeout,
  knownTimersById,
  getLibuvNow,
};
