'use strict';
// EventEmitter and the events module's helpers (once, on, getEventListeners,
// setMaxListeners, addAbortListener ...).
//
// Listeners of one event are stored as the function itself while there is
// one, and as an array from the second on. Arrays are never changed in
// place: adding or removing makes a new one. So emit can walk the array it
// read without copying it (a listener that adds or removes listeners
// changes a different array), and emit with few listeners allocates
// nothing but its arguments.

// Object.create(null): much faster here than a { __proto__: null } literal.
const ObjectCreate = Object.create;
const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kRejection = Symbol.for('nodejs.rejection');
const kErrorMonitor = Symbol('events.errorMonitor');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
let defaultMaxListeners = 10;

let errorsModule;
function lazyErrors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}
let validators;
function lazyValidators() {
  if (validators === undefined) validators = require('internal/validators');
  return validators;
}
let eventTargetModule;
function lazyEventTarget() {
  if (eventTargetModule === undefined) eventTargetModule = require('internal/event_target');
  return eventTargetModule;
}
function inspect(value, opts) {
  return require('internal/util/inspect').inspect(value, opts);
}

function checkListener(listener) {
  if (typeof listener !== 'function') {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('listener', 'Function', listener);
  }
}

function validateMax(n, name) {
  lazyValidators().validateNumber(n, name, 0);
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

module.exports = EventEmitter;

Object.defineProperty(EventEmitter.prototype, kCapture, {
  value: false, writable: true, enumerable: false, configurable: false,
});
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

EventEmitter.init = function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = ObjectCreate(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    // the object laid out its _events itself (streams do, for a stable
    // shape): removed events are set to undefined rather than deleted
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    lazyValidators().validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = true;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

// --- prototype ---

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateMax(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

function maxListenersOf(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

// A listener's result, when captureRejections is on: a rejection becomes
// an 'error' event (or a call of the emitter's [nodejs.rejection] method).
function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  lazyStatic().addCatch(that, promise, type, args);
}

function throwUnhandled(value) {
  let er = value;
  if (!(er instanceof Error)) {
    let text;
    try {
      text = inspect(value);
    } catch {
      text = value;
    }
    er = new (lazyErrors().codes.ERR_UNHANDLED_ERROR)(text);
    er.context = value;
  }
  {
    // an uncaught-error report shows this source line, as Node's does
    throw er; // Unhandled 'error' event
  }
}

// `arguments` rather than a rest parameter: an emit that finds no listener
// then allocates nothing once the engine optimizes it (a rest array is
// built on every call), which keeps allocation-heavy loops off the
// collector.
EventEmitter.prototype.emit = function emit(type) {
  const events = this._events;
  if (type === 'error') {
    if (events !== undefined && events[kErrorMonitor] !== undefined) {
      this.emit(kErrorMonitor, ...Reflect.apply(afterType, undefined, arguments));
    }
    if (events === undefined || events.error === undefined) throwUnhandled(arguments[1]);
  } else if (events === undefined) {
    return false;
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    // (the common counts spelled out: no array to build)
    let result;
    switch (arguments.length) {
      case 1: result = handler.call(this); break;
      case 2: result = handler.call(this, arguments[1]); break;
      case 3: result = handler.call(this, arguments[1], arguments[2]); break;
      case 4: result = handler.call(this, arguments[1], arguments[2], arguments[3]); break;
      default: result = handler.apply(this, Reflect.apply(afterType, undefined, arguments));
    }
    if (result !== undefined && result !== null) addCatch(this, result, type, Reflect.apply(afterType, undefined, arguments));
  } else {
    const len = handler.length;
    const n = arguments.length - 1;
    if (n <= 3) {
      const a1 = arguments[1];
      const a2 = arguments[2];
      const a3 = arguments[3];
      for (let i = 0; i < len; i++) callListener3(this, handler[i], type, n, a1, a2, a3);
    } else {
      const args = Reflect.apply(afterType, undefined, arguments);
      for (let i = 0; i < len; i++) callListener(this, handler[i], type, args);
    }
  }
  return true;
};

// emit's arguments after the event name, as an array (applied to emit's
// `arguments`).
function afterType(type, ...args) {
  return args;
}

// One listener of several, given n <= 3 arguments (passed one by one: no
// array per emit).
function callListener3(that, fn, type, n, a1, a2, a3) {
  let result;
  switch (n) {
    case 0: result = fn.call(that); break;
    case 1: result = fn.call(that, a1); break;
    case 2: result = fn.call(that, a1, a2); break;
    default: result = fn.call(that, a1, a2, a3);
  }
  if (result !== undefined && result !== null) addCatch(that, result, type, [a1, a2, a3].slice(0, n));
}

// One listener of several, given more than three arguments.
function callListener(that, fn, type, args) {
  const result = fn.apply(that, args);
  if (result !== undefined && result !== null) addCatch(that, result, type, args);
}

function warnLeak(target, type, list, max) {
  const w = new Error(`Possible EventEmitter memory leak detected. ${list.length} ${String(type)} ` +
    `listeners added to ${inspect(target, { depth: -1 })}. MaxListeners is ${max}. ` +
    'Use emitter.setMaxListeners() to increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.emitter = target;
  w.type = type;
  w.count = list.length;
  process.emitWarning(w);
}

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = ObjectCreate(null);
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ?? listener);
    // a 'newListener' listener may have replaced _events
    events = target._events;
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  let list;
  if (typeof existing === 'function') {
    list = prepend ? [listener, existing] : [existing, listener];
  } else {
    const n = existing.length;
    list = new Array(n + 1);
    const off = prepend ? 1 : 0;
    for (let i = 0; i < n; i++) list[i + off] = existing[i];
    list[prepend ? 0 : n] = listener;
    if (existing.warned) list.warned = true;
  }
  events[type] = list;
  const max = maxListenersOf(target);
  if (max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    warnLeak(target, type, list, max);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener_(type, listener) {
  return addListener(this, type, listener, false);
};
Object.defineProperty(EventEmitter.prototype.addListener, 'name', { value: 'addListener' });
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};

// The once() wrapper: a closure named `wrapper`, as in Node; `listener`
// points back at the original for listeners() and removeListener().
function onceWrap(target, type, listener) {
  let fired = false;
  function wrapper(...args) {
    if (fired) return undefined;
    fired = true;
    target.removeListener(type, wrapper);
    return listener.apply(target, args);
  }
  wrapper.listener = listener;
  return wrapper;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

// _events minus one key, as a new object. Deleting a property would turn
// _events into a slow dictionary; a fresh copy of the few keys left is ~3x
// cheaper here and keeps later lookups fast. (Node drops the object at the
// last removal anyway, so its identity is not something code can keep.)
function withoutKey(events, type) {
  const proto = Object.getPrototypeOf(events);
  const out = ObjectCreate(proto);
  const keys = Reflect.ownKeys(events);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === type) continue;
    if (k === '__proto__') {
      Object.defineProperty(out, k, { value: events[k], writable: true, enumerable: true, configurable: true });
    } else {
      out[k] = events[k];
    }
  }
  return out;
}

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) events[type] = undefined;
    else if (this._eventsCount === 0) this._events = ObjectCreate(null);
    else this._events = withoutKey(events, type);
    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    const n = list.length;
    if (n === 2) {
      events[type] = list[1 - position];
    } else {
      const next = new Array(n - 1);
      for (let i = 0, j = 0; i < n; i++) if (i !== position) next[j++] = list[i];
      if (list.warned) next.warned = true;
      events[type] = next;
    }
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

// Less used methods: their code loads on first call (internal/events/static).
EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  return Reflect.apply(lazyStatic().removeAllListeners, this, arguments);
};

EventEmitter.prototype.listeners = function listeners(type) {
  return lazyStatic().listeners(this, type);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return lazyStatic().rawListeners(this, type);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const l = events[type];
  if (l === undefined) return 0;
  if (typeof l === 'function') {
    if (listener != null) return listener === l || listener === l.listener ? 1 : 0;
    return 1;
  }
  if (listener == null) return l.length;
  let n = 0;
  for (let i = 0; i < l.length; i++) if (l[i] === listener || l[i].listener === listener) n++;
  return n;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return lazyStatic().eventNames(this);
};

// --- module functions ---

function invalidEmitter(value, types = ['EventEmitter', 'EventTarget']) {
  return new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', types, value);
}

function addAgnosticListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw invalidEmitter(emitter, 'EventEmitter');
  }
}

function removeAgnosticListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw invalidEmitter(emitter, 'EventEmitter');
  }
}

function abortError(signal) {
  return new (lazyErrors().AbortError)(undefined, { cause: signal?.reason });
}

async function once(emitter, name, options = {}) {
  lazyValidators().validateObject(options, 'options');
  const signal = options.signal;
  lazyValidators().validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  const { kResistStopPropagation } = lazyEventTarget();
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) removeAgnosticListener(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) removeAgnosticListener(signal, 'abort', abortListener);
      resolve(args);
    };
    const flags = { __proto__: null, once: true, [kResistStopPropagation]: true };
    addAgnosticListener(emitter, name, resolver, flags);
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      removeAgnosticListener(emitter, name, resolver);
      removeAgnosticListener(emitter, 'error', errorListener);
      reject(abortError(signal));
    }
    if (signal != null) addAgnosticListener(signal, 'abort', abortListener, flags);
  });
}

// The rarely used module functions (on, getEventListeners, setMaxListeners,
// addAbortListener ...) live in internal/events/static, loaded on first call.
let staticFns;
function lazyStatic() {
  if (staticFns === undefined) {
    staticFns = require('internal/events/static');
    staticFns.init({
      maxListenersOf, validateMax, abortError, invalidEmitter, addAgnosticListener,
      removeAgnosticListener, lazyErrors, lazyValidators, lazyEventTarget, withoutKey,
      kCapture, kRejection, kShapeMode,
      getDefaultMaxListeners: () => defaultMaxListeners,
      setDefaultMaxListeners: (n) => { defaultMaxListeners = n; },
      kMaxEventTargetListeners, kMaxEventTargetListenersWarned, kWatermarkData,
    });
  }
  return staticFns;
}

function getEventListeners(emitterOrTarget, type) {
  return lazyStatic().getEventListeners(emitterOrTarget, type);
}

function getMaxListeners(emitterOrTarget) {
  return lazyStatic().getMaxListeners(emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  return lazyStatic().setMaxListeners(n, ...eventTargets);
}

function staticListenerCount(emitter, type) {
  return lazyStatic().listenerCount(emitter, type);
}

function on(emitter, event, options = {}) {
  return lazyStatic().on(emitter, event, options);
}

function addAbortListener(signal, listener) {
  return lazyStatic().addAbortListener(signal, listener);
}

// --- module exports, in Node's order ---

EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.listenerCount = staticListenerCount;
Object.defineProperty(EventEmitter.listenerCount, 'name', { value: 'listenerCount' });
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    lazyValidators().validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
  configurable: false,
});
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  get() {
    return defaultMaxListeners;
  },
  set(arg) {
    validateMax(arg, 'defaultMaxListeners');
    defaultMaxListeners = arg;
  },
  enumerable: true,
  configurable: false,
});
Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false,
  },
  kMaxEventTargetListenersWarned: {
    value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false,
  },
});
EventEmitter.setMaxListeners = setMaxListeners;
// init was defined first (the constructor needs it); Node lists it last
{
  const init = EventEmitter.init;
  delete EventEmitter.init;
  EventEmitter.init = init;
}
