'use strict';
// V8's stack-trace API over JavaScriptCore. The engine writes an own data
// property `stack` = "fn@url:line:col\n..." on every error it creates;
// nodus programs expect V8's "Name: message\n    at fn (url:line:col)",
// Error.captureStackTrace, Error.prepareStackTrace with CallSites and
// Error.stackTraceLimit. So the global error constructors are wrapped:
// construction makes the error itself with no engine stack (native limit 0)
// plus a cheap engine error that only holds the frames (the engine renders
// them lazily). `stack` is an accessor on Error.prototype that formats on
// first read, as V8 does. Defining an own `stack` on each error would force
// the engine to render its frames at once (measured: ~4x the cost of
// `new Error()`), so errors made here have no own `stack` property.
// Errors the engine throws itself (null.x) keep the engine's own string:
// `toV8Stack(err)` converts those where nodus prints them.

const NativeError = globalThis.Error;
const nativeCapture = NativeError.captureStackTrace;
const ReflectConstruct = Reflect.construct;
const ReflectSet = Reflect.set;

// The engine picks up a new Error.stackTraceLimit only through a generic
// property store: plain assignments get cached by the JIT and later ones
// are silently ignored (verified: after a few iterations errors made with
// the limit at 0 still got a stack).
function setNativeLimit(limit) {
  ReflectSet(NativeError, 'stackTraceLimit', limit);
}

// Each error's stack lives in a private field, stamped onto the error by
// constructing over it: invisible to reflection and cheaper than a WeakMap.
// Its value: a Captured (frames not yet formatted), null (no frames), or
// the final value.
class Stamper {
  constructor(obj) {
    return obj;
  }
}
class StackSlot extends Stamper {
  #stack;
  #origin; // the frames as captured, kept when `stack` is reassigned
  constructor(obj, value) {
    super(obj);
    this.#stack = value;
    this.#origin = value;
  }
  static has(obj) { return #stack in obj; }
  static get(obj) { return obj.#stack; }
  static origin(obj) { return obj.#origin; }
  static set(obj, value) { obj.#stack = value; }
}
const stacks = {
  has(obj) { return StackSlot.has(obj); },
  get(obj) { return StackSlot.has(obj) ? StackSlot.get(obj) : undefined; },
  set(obj, value) {
    if (StackSlot.has(obj)) StackSlot.set(obj, value);
    else new StackSlot(obj, value);
  },
};
// errors made by internal/errors -> their header "Name [CODE]: message"
const nodeErrors = new WeakMap();

class Captured {
  constructor(src, target) {
    this.src = src; // engine error holding the frames, or the frames text
    this.target = target; // new.target: its constructor frames are hidden
  }
}

const wrapperSet = new WeakSet();
let WError; // the wrapped global Error

// Extra frames captured beyond the limit: the wrapper's own frame, subclass
// constructors and internal/errors helpers are dropped before the limit.
const kSlack = 8;

function userLimit() {
  const limit = WError.stackTraceLimit;
  return typeof limit === 'number' ? limit : -1;
}

function captureFrames(limit, target) {
  setNativeLimit(limit === Infinity ? Infinity : limit + kSlack);
  const holder = new NativeError();
  return new Captured(holder, target);
}

function makeWrapper(Native, name) {
  const isAggregate = name === 'AggregateError';
  let W;
  if (isAggregate) {
    W = function AggregateError(errors, message, options) {
      const target = new.target === undefined ? W : new.target;
      const limit = userLimit();
      const cap = limit > 0 ? captureFrames(limit, target) : null;
      setNativeLimit(0);
      let err;
      try {
        err = ReflectConstruct(Native, [errors, message, options], target);
      } finally {
        setNativeLimit(limit < 0 ? 0 : limit);
      }
      if (limit >= 0) new StackSlot(err, cap);
      return err;
    };
  } else {
    W = function Error(message, options) {
      const target = new.target === undefined ? W : new.target;
      const limit = userLimit();
      const cap = limit > 0 ? captureFrames(limit, target) : null;
      setNativeLimit(0);
      let err;
      try {
        err = target === W ? new Native(message, options)
          : ReflectConstruct(Native, [message, options], target);
      } finally {
        setNativeLimit(limit < 0 ? 0 : limit);
      }
      if (limit >= 0) new StackSlot(err, cap);
      return err;
    };
  }
  Object.defineProperty(W, 'name', { value: name, configurable: true });
  Object.defineProperty(W, 'length', { value: Native.length, configurable: true });
  Object.defineProperty(W, 'prototype', {
    value: Native.prototype, writable: false, enumerable: false, configurable: false,
  });
  Object.defineProperty(Native.prototype, 'constructor', {
    value: W, writable: true, enumerable: false, configurable: true,
  });
  wrapperSet.add(W);
  return W;
}

// Formatting (frame parsing, CallSite, V8's text) loads on the first read
// of a stack: most programs never read one.
let formatter;
// Code vm.compileFunction compiled with a line or column offset runs under
// an engine URL of its own: its frames report the file name and the offset
// positions (see stack_format.js parseFrames).
const offsetSources = new Map(); // engine URL -> { name, line, col }
let offsetSourceCount = 0;
let offsetSourceCleanup;
function offsetSourceURL(name, line, col) {
  const url = `${name} <vm offset ${++offsetSourceCount}>`;
  offsetSources.set(url, { name, line, col });
  return url;
}
// the entry lives as long as the function compiled there
function bindOffsetSource(fn, url) {
  offsetSourceCleanup ??= new FinalizationRegistry((u) => offsetSources.delete(u));
  offsetSourceCleanup.register(fn, url);
}

function lazyFormat() {
  if (formatter === undefined) {
    formatter = require('internal/errors/stack_format');
    formatter.init({
      StackSlot, Captured, wrapperSet, nodeErrors, userLimit, getWError: () => WError, offsetSources,
    });
  }
  return formatter;
}

function stackGetter() {
  if ((typeof this !== 'object' && typeof this !== 'function') || this === null ||
    !StackSlot.has(this)) return undefined;
  const v = StackSlot.get(this);
  if (v instanceof Captured || v === null) {
    // cache before formatting so a prepareStackTrace reading .stack ends
    const out = lazyFormat().format(this, v);
    stacks.set(this, out);
    return out;
  }
  return v;
}

function stackSetter(value) {
  if ((typeof this !== 'object' && typeof this !== 'function') || this === null) return;
  if (StackSlot.has(this)) {
    StackSlot.set(this, value);
    return;
  }
  // not an error made here: an ordinary assignment would make a data property
  Object.defineProperty(this, 'stack', { __proto__: null,
    value, writable: true, enumerable: true, configurable: true,
  });
}

const stackDescriptor = {
  get: stackGetter, set: stackSetter, enumerable: false, configurable: true,
};

function captureStackTrace(obj, fn) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
    throw new TypeError('invalid_argument');
  }
  const limit = userLimit();
  let cap = null;
  if (limit > 0) {
    const holder = {};
    const saved = NativeError.stackTraceLimit;
    setNativeLimit(limit === Infinity ? Infinity : limit + kSlack);
    try {
      nativeCapture(holder, typeof fn === 'function' ? fn : captureStackTrace);
    } finally {
      setNativeLimit(saved);
    }
    cap = new Captured(holder.stack, undefined);
  }
  const own = Object.getOwnPropertyDescriptor(obj, 'stack');
  if (own === undefined && StackSlot.has(obj)) {
    // inherits the prototype accessor: no own property needed
    stacks.set(obj, cap);
    return;
  }
  if (own === undefined || own.get !== stackGetter) {
    Object.defineProperty(obj, 'stack', stackDescriptor);
  }
  stacks.set(obj, cap);
}

function markNodeError(err, headerText) {
  nodeErrors.set(err, headerText);
}

function isNodeError(err) {
  return nodeErrors.has(err);
}

// Whether err has a stack the V8 way (own in V8; here possibly inherited).
function hasStack(err) {
  return stacks.has(err) || Object.prototype.hasOwnProperty.call(err, 'stack');
}

const kErrorNames = ['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError',
  'EvalError', 'URIError', 'AggregateError', 'SuppressedError'];

function install() {
  if (WError !== undefined) return;
  WError = makeWrapper(NativeError, 'Error');
  for (const key of Reflect.ownKeys(NativeError)) {
    if (key === 'length' || key === 'name' || key === 'prototype' ||
      key === 'captureStackTrace' || key === 'stackTraceLimit') continue;
    Object.defineProperty(WError, key, Object.getOwnPropertyDescriptor(NativeError, key));
  }
  Object.defineProperty(WError, 'captureStackTrace', {
    value: captureStackTrace, writable: true, enumerable: false, configurable: true,
  });
  const limit = NativeError.stackTraceLimit;
  WError.stackTraceLimit = typeof limit === 'number' ? limit : 10;
  Object.defineProperty(NativeError.prototype, 'stack', stackDescriptor);
  Object.defineProperty(globalThis, 'Error', {
    value: WError, writable: true, enumerable: false, configurable: true,
  });
  for (const name of kErrorNames) {
    const Native = globalThis[name];
    if (name === 'Error' || typeof Native !== 'function') continue;
    const W = makeWrapper(Native, name);
    Object.setPrototypeOf(W, WError);
    Object.defineProperty(globalThis, name, {
      value: W, writable: true, enumerable: false, configurable: true,
    });
  }
}

// util.getCallSites: up to `count` CallSites of script frames above `fn`,
// whatever Error.stackTraceLimit and Error.prepareStackTrace say.
function callSites(fn, count) {
  const holder = {};
  const saved = NativeError.stackTraceLimit;
  setNativeLimit(count + kSlack);
  try {
    nativeCapture(holder, fn);
  } finally {
    setNativeLimit(saved);
  }
  return lazyFormat().callSitesOf(holder.stack, count);
}

// An error made here whose prototype chain no longer reaches the accessor
// (setPrototypeOf) keeps its stack, as V8's own property would.
function toV8Stack(err) {
  if (StackSlot.has(err) && !('stack' in err)) return stackGetter.call(err);
  return lazyFormat().toV8Stack(err);
}

module.exports = {
  install,
  callSites,
  captureStackTrace,
  toV8Stack,
  offsetSourceURL,
  bindOffsetSource,
  convertEngineStack: (err, stack) => lazyFormat().convertEngineStack(err, stack),
  errorSite: (err) => lazyFormat().errorSite(err),
  markNodeError,
  isNodeError,
  hasStack,
  header: (err) => lazyFormat().header(err),
  get CallSite() { return lazyFormat().CallSite; },
};
