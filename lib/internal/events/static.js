'use strict';
// The events module's less used parts: on() (an async iterator over an
// emitter), getEventListeners, getMaxListeners, setMaxListeners,
// listenerCount, addAbortListener, the prototype's removeAllListeners,
// listeners, rawListeners and eventNames, and the captureRejections path.
// lib/events.js loads this file on the first call of one of them and hands
// it its internals through init().

const ObjectCreate = Object.create;

let maxListenersOf;
let validateMax;
let abortError;
let invalidEmitter;
let addAgnosticListener;
let removeAgnosticListener;
let lazyErrors;
let lazyValidators;
let lazyEventTarget;
let getDefaultMaxListeners;
let setDefaultMaxListeners;
let kMaxEventTargetListeners;
let kMaxEventTargetListenersWarned;
let kWatermarkData;
let withoutKey;
let kCapture;
let kRejection;
let kShapeMode;

function init(core) {
  ({
    maxListenersOf, validateMax, abortError, invalidEmitter, addAgnosticListener,
    removeAgnosticListener, lazyErrors, lazyValidators, lazyEventTarget, getDefaultMaxListeners,
    setDefaultMaxListeners, kMaxEventTargetListeners, kMaxEventTargetListenersWarned, kWatermarkData,
    withoutKey, kCapture, kRejection, kShapeMode,
  } = core);
}

function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then; // read once: it may be a getter
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        // on a later tick, so a throw here is not a new rejection
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
    return;
  }
  // with capture off, an 'error' listener that rejects cannot loop
  const prev = ee[kCapture];
  try {
    ee[kCapture] = false;
    ee.emit('error', err);
  } finally {
    ee[kCapture] = prev;
  }
}

function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = ObjectCreate(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = ObjectCreate(null);
      else this._events = withoutKey(events, type);
    }
    this[kShapeMode] = false;
    return this;
  }
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = ObjectCreate(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // last added first, as Node does
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
}

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  const out = l.slice();
  if (unwrap) {
    for (let i = 0; i < out.length; i++) {
      const orig = out[i].listener;
      if (typeof orig === 'function') out[i] = orig;
    }
  }
  return out;
}

function listeners(target, type) {
  return listenersOf(target, type, true);
}

function rawListeners(target, type) {
  return listenersOf(target, type, false);
}

function eventNames(target) {
  if (!(target._eventsCount > 0)) return [];
  const keys = Reflect.ownKeys(target._events);
  // in shape mode removed events stay as keys holding undefined
  return target[kShapeMode] ? keys.filter((k) => target._events[k] !== undefined) : keys;
}

function isEventTarget(obj) {
  return obj?.constructor?.[Symbol.for('nodejs.event_target')] === true;
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) {
    return lazyEventTarget().getTargetListeners(emitterOrTarget, type);
  }
  throw invalidEmitter(emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return maxListenersOf(emitterOrTarget);
  if (typeof emitterOrTarget?.[kMaxEventTargetListeners] === 'number') {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw invalidEmitter(emitterOrTarget);
}

function setMaxListeners(n = getDefaultMaxListeners(), ...eventTargets) {
  validateMax(n, 'setMaxListeners');
  if (eventTargets.length === 0) {
    setDefaultMaxListeners(n);
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(
        'eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

function staticListenerCount(emitter, type) {
  if (typeof emitter?.listenerCount === 'function') return emitter.listenerCount(type);
  if (isEventTarget(emitter)) return lazyEventTarget().targetListenerCount(emitter, type);
  throw invalidEmitter(emitter);
}

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

function iterResult(value, done) {
  return { value, done };
}

// A FIFO with O(1) shift.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() { return this.items.length - this.head; }

  push(v) { this.items.push(v); }

  shift() {
    const v = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return v;
  }
}

function on(emitter, event, options = {}) {
  const v = lazyValidators();
  v.validateObject(options, 'options');
  const signal = options.signal;
  v.validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  const high = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  v.validateInteger(high, 'options.highWaterMark', 1);
  const low = options.lowWaterMark ?? options.lowWatermark ?? 1;
  v.validateInteger(low, 'options.lowWaterMark', 1);

  const events = new Queue();
  const waiting = new Queue();
  const added = [];
  let paused = false;
  let error = null;
  let finished = false;

  const iterator = Object.setPrototypeOf({
    next() {
      if (events.length > 0) {
        const value = events.shift();
        if (paused && events.length < low) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(iterResult(value, false));
      }
      if (error) {
        const p = Promise.reject(error);
        error = null; // only the first next() after an error rejects
        return p;
      }
      if (finished) return close();
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      return close();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('EventEmitter.AsyncIterator', 'Error', err);
      }
      fail(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    [kWatermarkData]: {
      get size() { return events.length; },
      get low() { return low; },
      get high() { return high; },
      get isPaused() { return paused; },
    },
  }, AsyncIteratorPrototype);

  function listen(name, handler) {
    addAgnosticListener(emitter, name, handler);
    added.push([name, handler]);
  }

  function push(value) {
    if (waiting.length > 0) {
      waiting.shift().resolve(iterResult(value, false));
      return;
    }
    events.push(value);
    if (!paused && events.length > high) {
      paused = true;
      emitter.pause();
    }
  }

  function fail(err) {
    if (waiting.length > 0) waiting.shift().reject(err);
    else error = err;
    close();
  }

  function close() {
    if (abortDisposable !== null) {
      abortDisposable[kDispose]();
      abortDisposable = null;
    }
    while (added.length > 0) {
      const [name, handler] = added.pop();
      removeAgnosticListener(emitter, name, handler);
    }
    finished = true;
    const done = iterResult(undefined, true);
    while (waiting.length > 0) waiting.shift().resolve(done);
    return Promise.resolve(done);
  }

  let abortDisposable = null;
  listen(event, function eventHandler(...args) { push(args); });
  if (event !== 'error' && typeof emitter.on === 'function') listen('error', fail);
  const closeEvents = options.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) listen(closeEvents[i], close);
  }
  if (signal) abortDisposable = addAbortListener(signal, () => fail(abortError(signal)));
  return iterator;
}

// Symbol.dispose where the engine has it; nodus's engine build may not.
const kDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');

// queueMicrotask's semantics: a microtask, a throw is an uncaught exception
function runSoon(fn) {
  Promise.resolve().then(() => {
    try {
      fn();
    } catch (err) {
      require('internal/process/execution').triggerUncaughtException(err, false);
    }
  });
}

function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  }
  lazyValidators().validateAbortSignal(signal, 'signal');
  lazyValidators().validateFunction(listener, 'listener');
  let remove;
  if (signal.aborted) {
    runSoon(listener);
  } else {
    const { kResistStopPropagation } = lazyEventTarget();
    signal.addEventListener('abort', listener,
      { __proto__: null, once: true, [kResistStopPropagation]: true });
    remove = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [kDispose]() {
      remove?.();
    },
  };
}

module.exports = {
  init,
  getEventListeners,
  getMaxListeners,
  setMaxListeners,
  listenerCount: staticListenerCount,
  on,
  addAbortListener,
  addCatch,
  removeAllListeners,
  listeners,
  rawListeners,
  eventNames,
};
