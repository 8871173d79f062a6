'use strict';
// Node's timer model: Timeouts of one duration share a list (a linked list,
// ordered by start time); the lists sit in a priority queue by expiry; one
// native uv timer is armed for the earliest. C calls processTimers(now)
// repeatedly: each call runs at most one callback so the engine can drain
// microtasks between callbacks, as Node does.

const binding = internalBinding('timers');
const { immediateInfo, toggleImmediateRef, toggleTimerRef, scheduleTimer, getLibuvNow } = binding;
const { runTicksOnly } = require('internal/process/task_queues');

const kCount = 0;
const kRefCount = 1;
const TIMEOUT_MAX = 2 ** 31 - 1;

const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');

let asyncIdCounter = 1;
let timerListId = Number.MIN_SAFE_INTEGER;
let nextExpiry = Infinity;
let refCount = 0;
const knownTimersById = { __proto__: null };
const timerListMap = { __proto__: null };

// --- intrusive doubly linked lists (Node's internal/linkedlist) ---
function linkInit(list) {
  list._idleNext = list;
  list._idlePrev = list;
  return list;
}
function linkPeek(list) {
  return list._idlePrev === list ? null : list._idlePrev;
}
function linkRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}
function linkAppend(list, item) {
  if (item._idleNext || item._idlePrev) linkRemove(item);
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}
function linkIsEmpty(list) {
  return list._idleNext === list;
}

// --- binary heap of TimersLists keyed by (expiry, id) ---
class PriorityQueue {
  constructor() {
    this.heap = [null];
    this.size = 0;
  }
  static less(a, b) {
    return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id);
  }
  peek() { return this.size ? this.heap[1] : null; }
  insert(item) {
    const heap = this.heap;
    let pos = ++this.size;
    while (pos > 1) {
      const parent = pos >> 1;
      if (!PriorityQueue.less(item, heap[parent])) break;
      heap[pos] = heap[parent];
      heap[pos].priorityQueuePosition = pos;
      pos = parent;
    }
    heap[pos] = item;
    item.priorityQueuePosition = pos;
  }
  percolateDown(pos) {
    const heap = this.heap;
    const size = this.size;
    const item = heap[pos];
    while (pos * 2 <= size) {
      let child = pos * 2;
      if (child + 1 <= size && PriorityQueue.less(heap[child + 1], heap[child])) child++;
      if (!PriorityQueue.less(heap[child], item)) break;
      heap[pos] = heap[child];
      heap[pos].priorityQueuePosition = pos;
      pos = child;
    }
    heap[pos] = item;
    item.priorityQueuePosition = pos;
  }
  percolateUp(pos) {
    const heap = this.heap;
    const item = heap[pos];
    while (pos > 1) {
      const parent = pos >> 1;
      if (!PriorityQueue.less(item, heap[parent])) break;
      heap[pos] = heap[parent];
      heap[pos].priorityQueuePosition = pos;
      pos = parent;
    }
    heap[pos] = item;
    item.priorityQueuePosition = pos;
  }
  removeAt(pos) {
    const heap = this.heap;
    const size = --this.size;
    heap[pos] = heap[size + 1];
    heap[size + 1] = undefined;
    if (size > 0 && pos <= size) {
      heap[pos].priorityQueuePosition = pos;
      if (pos > 1 && PriorityQueue.less(heap[pos], heap[pos >> 1])) this.percolateUp(pos);
      else this.percolateDown(pos);
    }
  }
  shift() {
    const top = this.heap[1];
    if (top === undefined || top === null) return null;
    this.removeAt(1);
    return top;
  }
}
const timerListQueue = new PriorityQueue();

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}
function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

let warnedOverflow = false;
class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
          '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      } else if (after < 0 && !warnedOverflow) {
        warnedOverflow = true;
        process.emitWarning(`${after} is a negative number.` +
          '\nTimeout duration was set to 1.', 'TimeoutNegativeWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = ++asyncIdCounter;
    this[triggerAsyncIdSymbol] = 1;
  }

  refresh() {
    if (this[kRefed]) active(this);
    else unrefActive(this);
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

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

function active(item) { insertGuarded(item, true); }
function unrefActive(item) { insertGuarded(item, false); }

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    item[asyncIdSymbol] = ++asyncIdCounter;
  }
  if (isDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function insert(item, msecs, start = getLibuvNow()) {
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    timerListQueue.insert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  linkAppend(list, item);
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  if (item[kRefed]) decRefCount();
  item[kRefed] = null;
  const list = item._idleNext && timerListMap[item._idleTimeout];
  linkRemove(item);
  if (list !== undefined && list && linkIsEmpty(list)) {
    if (list.priorityQueuePosition !== null && timerListQueue.heap[list.priorityQueuePosition] === list)
      timerListQueue.removeAt(list.priorityQueuePosition);
    delete timerListMap[list.msecs];
  }
  item._idleTimeout = -1;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._idleTimeout = -1;
      unenroll(timerInstance);
    }
  }
}

let triggerUncaught;
function uncaught(err) {
  if (triggerUncaught === undefined)
    triggerUncaught = require('internal/process/execution').triggerUncaughtException;
  triggerUncaught(err, false);
}

// One step for C: run the next due timer and return true, or return the
// next expiry (positive while ref'd timers exist, negative if only unref'd
// ones, 0 for none).
function processTimers(now) {
  let list;
  while ((list = timerListQueue.peek()) !== null) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    const timer = linkPeek(list);
    if (timer === null) {
      if (list === timerListMap[list.msecs]) delete timerListMap[list.msecs];
      timerListQueue.shift();
      continue;
    }
    const msecs = list.msecs;
    if (now - timer._idleStart < msecs) {
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      timerListQueue.percolateDown(1);
      continue;
    }
    linkRemove(timer);
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
        if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
      }
      continue;
    }
    let start;
    if (timer._repeat) start = getLibuvNow();
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
    } catch (err) {
      finishTimer(timer, start);
      uncaught(err);
      if (tickInfoHasTicks()) runTicksOnly();
      return true;
    }
    finishTimer(timer, start);
    if (tickInfoHasTicks()) runTicksOnly();
    return true;
  }
  nextExpiry = Infinity;
  return 0;
}

function finishTimer(timer, start) {
  if (timer._repeat && timer._idleTimeout !== -1) {
    timer._idleTimeout = timer._repeat;
    insert(timer, timer._idleTimeout, start);
  } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
    timer._destroyed = true;
    if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
    if (timer[kRefed]) refCount--;
  }
  if (refCount === 0) toggleTimerRef(false);
}

const { tickInfo } = internalBinding('task');
function tickInfoHasTicks() { return tickInfo[0] !== 0; }

// --- immediates ---
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
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}
const immediateQueue = new ImmediateList();
// The batch being run: immediates queued while it runs wait for the next
// loop iteration, as in Node.
const runningQueue = new ImmediateList();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[asyncIdSymbol] = ++asyncIdCounter;
    this[triggerAsyncIdSymbol] = 1;
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  if (runningQueue.head === immediate || immediate._idlePrev !== null && isIn(runningQueue, immediate)) {
    runningQueue.remove(immediate);
  } else {
    immediateQueue.remove(immediate);
  }
}

function isIn(list, item) {
  for (let p = list.head; p !== null; p = p._idleNext) if (p === item) return true;
  return false;
}

// One step for C: run one immediate of the current batch; true while more
// of the batch remain.
function processImmediate() {
  if (runningQueue.head === null) {
    runningQueue.head = immediateQueue.head;
    runningQueue.tail = immediateQueue.tail;
    immediateQueue.head = immediateQueue.tail = null;
    if (runningQueue.head === null) return false;
  }
  const immediate = runningQueue.head;
  runningQueue.remove(immediate);
  if (immediate._destroyed) return runningQueue.head !== null;
  immediate._destroyed = true;
  immediateInfo[kCount]--;
  if (immediate[kRefed]) {
    if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  }
  immediate[kRefed] = null;
  const argv = immediate._argv;
  try {
    if (argv === undefined) immediate._onImmediate();
    else immediate._onImmediate(...argv);
  } catch (err) {
    immediate._onImmediate = null;
    uncaught(err);
  }
  immediate._onImmediate = null;
  if (tickInfoHasTicks()) runTicksOnly();
  return runningQueue.head !== null;
}

binding.setup(processTimers, processImmediate);

module.exports = {
  Timeout, Immediate, TIMEOUT_MAX, kRefed, kHasPrimitive, asyncIdSymbol, triggerAsyncIdSymbol,
  active, unrefActive, insert, unenroll, clearTimeout, clearImmediate, knownTimersById,
  getLibuvNow,
};
