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

// --- parsing the engine's frames ---

// A frame as the engine reports it, plus what V8 would say about it.
class Frame {
  constructor(fn, url, line, col) {
    this.fn = fn; // engine's function name ('' when anonymous)
    this.url = url; // '' for eval code, '[native code]' for builtins
    this.line = line;
    this.col = col;
    this.evalOrigin = undefined;
  }
}

// Wrapped code (CommonJS modules, built-ins) shares line 1 with a padded
// function header (src/rt/compile.c): columns on that line are shifted.
let wrapperColumns;

const frameRe = /^(.*?):(\d+):(\d+)$/;

function parseFrames(text) {
  const frames = [];
  if (typeof text !== 'string' || text === '') return frames;
  if (wrapperColumns === undefined) wrapperColumns = internalBinding('contextify').wrapperColumns;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const at = l.indexOf('@');
    const fn = at < 0 ? '' : l.slice(0, at);
    const loc = at < 0 ? l : l.slice(at + 1);
    const m = frameRe.exec(loc);
    if (m === null) {
      frames.push(new Frame(fn, loc, null, null));
      continue;
    }
    const url = m[1];
    const line = +m[2];
    let col = +m[3];
    if (line === 1 && col > wrapperColumns &&
        (url[0] === '/' || url.startsWith('node:') || url.startsWith('file:')))
      col -= wrapperColumns;
    frames.push(new Frame(fn, url, line, col));
  }
  return frames;
}

// Names of the constructors from new.target up to (not including) the
// wrapper: their frames sit on top and V8 does not show them.
function ctorNames(target) {
  const names = [];
  for (let c = target; typeof c === 'function' && !wrapperSet.has(c);
    c = Object.getPrototypeOf(c)) {
    names.push(c.name);
  }
  return names;
}

// V8 never shows these builtin frames.
const kHiddenNative = new Set(['call', 'apply', 'eval']);

function isInternalHelperFrame(f) {
  return f.url === 'node:internal/errors' || f.url === 'node:internal/errors/stack' ||
    f.url === 'node:internal/validators';
}

function framesOf(cap, limit) {
  const raw = parseFrames(typeof cap.src === 'string' ? cap.src : cap.src.stack);
  let i = 0;
  if (cap.target !== undefined) {
    // the wrapper's own frames, then subclass constructors
    while (i < raw.length && raw[i].url === 'node:internal/errors/stack') i++;
    const names = ctorNames(cap.target);
    for (let n = 0; n < names.length && i < raw.length; n++) {
      if (raw[i].fn === names[n]) i++;
    }
  }
  while (i < raw.length && isInternalHelperFrame(raw[i])) i++;
  const out = [];
  for (; i < raw.length && out.length < limit; i++) {
    const f = raw[i];
    if (f.url === '[native code]' && kHiddenNative.has(f.fn)) continue;
    if (f.url === '' && f.line === null) {
      // eval code or a `new Function` body: its origin is the next frame
      // that has a location
      let j = i + 1;
      while (j < raw.length && raw[j].line === null) j++;
      const o = raw[j];
      if (o !== undefined) {
        const site = new CallSite(o);
        const callerName = site.getFunctionName() || '<anonymous>';
        f.evalOrigin = `eval at ${callerName} (${o.url}:${o.line}:${o.col})`;
      } else {
        f.evalOrigin = 'eval at <anonymous>';
      }
    }
    out.push(new CallSite(f));
  }
  return out;
}

// --- CallSite: V8's frame object, as handed to Error.prepareStackTrace ---

// Builtin functions whose receiver type V8 names ("Array.map").
const kNativeTypes = {
  __proto__: null,
  map: 'Array', forEach: 'Array', filter: 'Array', reduce: 'Array', reduceRight: 'Array',
  some: 'Array', every: 'Array', find: 'Array', findIndex: 'Array', findLast: 'Array',
  findLastIndex: 'Array', flatMap: 'Array', sort: 'Array', from: 'Array',
  parse: 'JSON', stringify: 'JSON', replace: 'String', replaceAll: 'String',
};

const kFrame = Symbol('frame');

class CallSite {
  constructor(frame) {
    this[kFrame] = frame;
  }

  #kind() {
    const f = this[kFrame];
    if (f.url === '[native code]') return 'native';
    if (f.url === '' && f.line === null) return 'eval';
    if (f.fn === 'global code' || f.fn === 'module code') return 'script';
    // an ES module's body (src/esm/README.md) is a top-level frame, as in V8
    if (f.fn === 'anonymous' && f.url.startsWith('file:')) return 'script';
    if (f.fn === 'anonymous' && f.url !== '' && !f.url.startsWith('node:')) return 'cjs';
    return 'function';
  }

  getThis() { return undefined; }
  getFunction() { return undefined; }

  getTypeName() {
    switch (this.#kind()) {
      case 'cjs': return 'Object';
      case 'native': return kNativeTypes[this[kFrame].fn] || null;
      default: return null;
    }
  }

  getFunctionName() {
    const f = this[kFrame];
    switch (this.#kind()) {
      case 'eval': return 'eval';
      case 'cjs': case 'script': return null;
      default: return f.fn === '' ? null : f.fn;
    }
  }

  getMethodName() {
    if (this.#kind() === 'native' && kNativeTypes[this[kFrame].fn]) return this[kFrame].fn;
    return null;
  }

  getFileName() {
    switch (this.#kind()) {
      case 'eval': return undefined;
      case 'native': return null;
      default: return this[kFrame].url;
    }
  }

  getScriptNameOrSourceURL() { return this.getFileName(); }
  getLineNumber() { return this[kFrame].line; }
  getColumnNumber() { return this[kFrame].col; }
  getEvalOrigin() { return this[kFrame].evalOrigin; }
  isEval() { return this.#kind() === 'eval'; }
  isNative() { return false; }
  isToplevel() {
    const k = this.#kind();
    return k === 'function' || k === 'script' || k === 'eval';
  }
  isConstructor() { return false; }
  isAsync() { return false; }
  isPromiseAll() { return false; }
  getPromiseIndex() { return null; }

  toString() {
    const f = this[kFrame];
    const kind = this.#kind();
    let loc;
    if (kind === 'native') loc = '<anonymous>';
    else if (kind === 'eval') loc = f.evalOrigin;
    else loc = `${f.url}:${f.line}:${f.col}`;
    const fn = this.getFunctionName();
    const type = this.getTypeName();
    if (type !== null) {
      const method = this.getMethodName();
      let name = fn === null ? `${type}.${method || '<anonymous>'}` : `${type}.${fn}`;
      if (fn !== null && method !== null && method !== fn) name += ` [as ${method}]`;
      return `${name} (${loc})`;
    }
    return fn === null ? loc : `${fn} (${loc})`;
  }
}

// --- formatting ---

// The first line of a V8 stack: Error.prototype.toString's rules, read from
// the error when the stack is first formatted (V8 formats lazily too).
function header(err) {
  const fixed = nodeErrors.get(err);
  if (fixed !== undefined) return fixed;
  let name;
  let msg;
  try {
    name = err.name;
    name = name === undefined ? 'Error' : String(name);
    msg = err.message;
    msg = msg === undefined ? '' : String(msg);
  } catch {
    return '<error>';
  }
  if (name === '') return msg;
  if (msg === '') return name;
  return `${name}: ${msg}`;
}

function format(err, cap) {
  const limit = userLimit();
  const sites = cap === null ? [] : framesOf(cap, limit < 0 ? 0 : limit);
  const prepare = WError.prepareStackTrace;
  if (typeof prepare === 'function') return prepare(err, sites);
  let out = header(err);
  for (let i = 0; i < sites.length; i++) out += `\n    at ${sites[i].toString()}`;
  return out;
}

function stackGetter() {
  if ((typeof this !== 'object' && typeof this !== 'function') || this === null ||
    !StackSlot.has(this)) return undefined;
  const v = StackSlot.get(this);
  if (v instanceof Captured || v === null) {
    // cache before formatting so a prepareStackTrace reading .stack ends
    const out = format(this, v);
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

// util.getCallSites: up to `count` CallSites of script frames above `fn`,
// whatever Error.stackTraceLimit and Error.prepareStackTrace say.
function callSites(fn, count) {
  const holder = {};
  const saved = NativeError.stackTraceLimit;
  NativeError.stackTraceLimit = count + kSlack;
  try {
    nativeCapture(holder, fn);
  } finally {
    NativeError.stackTraceLimit = saved;
  }
  const sites = framesOf(new Captured(holder.stack, undefined), Infinity);
  return sites.filter((s) => s.getFileName() !== null).slice(0, count);
}

// --- errors nodus did not construct ---

const engineFrameRe = /^[^\n]*@[^\n]*(?::\d+:\d+|\[native code\])?$/;

// An engine-made stack ("fn@url:line:col" lines) in V8 format; other
// strings are returned unchanged.
function convertEngineStack(err, stack) {
  if (typeof stack !== 'string' || stack === '' || stack.includes('\n    at ')) return stack;
  const first = stack.split('\n', 1)[0];
  if (!first.includes('@') || !engineFrameRe.test(first)) return stack;
  const limit = userLimit();
  const sites = framesOf(new Captured(stack, undefined), limit < 0 ? Infinity : limit);
  let out = header(err);
  for (let i = 0; i < sites.length; i++) out += `\n    at ${sites[i].toString()}`;
  return out;
}

// err.stack in V8 format, converting the engine's own string when the
// engine made the error (TypeError from null.x, JSON.parse...).
function toV8Stack(err) {
  const stack = err.stack;
  if (typeof stack !== 'string') return stack;
  const own = Object.getOwnPropertyDescriptor(err, 'stack');
  if (own === undefined || own.get !== undefined) return stack;
  return convertEngineStack(err, stack);
}

// Where an error was made, for the source line of uncaught-error reports:
// { url, line, col } of its first shown frame, or undefined.
function errorSite(err) {
  if (err === null || typeof err !== 'object') return undefined;
  let cap = StackSlot.has(err) ? StackSlot.origin(err) : undefined;
  if (!(cap instanceof Captured)) {
    let own = Object.getOwnPropertyDescriptor(err, 'stack');
    if (own === undefined || typeof own.value !== 'string') {
      if (typeof cap !== 'string') return undefined;
      own = { value: cap };
    }
    if (own.value.includes('\n    at ')) return siteFromV8(own.value);
    cap = new Captured(own.value, undefined);
  }
  const sites = framesOf(cap, 1);
  const f = sites.length > 0 ? sites[0][kFrame] : undefined;
  if (f === undefined || f.line === null) return undefined;
  return { url: f.url, line: f.line, col: f.col };
}

const v8FrameRe = /\n    at (?:.*? \()?(.*?):(\d+):(\d+)\)?(?:\n|$)/;
function siteFromV8(stack) {
  const m = v8FrameRe.exec(stack);
  return m === null ? undefined : { url: m[1], line: +m[2], col: +m[3] };
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

module.exports = {
  install,
  captureStackTrace,
  toV8Stack,
  convertEngineStack,
  errorSite,
  markNodeError,
  isNodeError,
  hasStack,
  header,
  CallSite,
  callSites,
};
