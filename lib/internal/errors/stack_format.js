'use strict';
// The formatting half of internal/errors/stack: the engine's frames parsed
// into V8's CallSites and V8's stack text, loaded on the first read of a
// stack. The core (wrappers, private stack slots) hands its state to init().

let StackSlot;
let Captured;
let wrapperSet;
let nodeErrors;
let userLimit;
let getWError;
let offsetSources;

function init(core) {
  ({ StackSlot, Captured, wrapperSet, nodeErrors, userLimit, getWError, offsetSources } = core);
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
    let url = m[1];
    let line = +m[2];
    let col = +m[3];
    const off = offsetSources.size > 0 ? offsetSources.get(url) : undefined;
    if (off !== undefined) {
      // V8's positions: int32 sums, the column offset on the first line only
      if (line === 1 && col > wrapperColumns) col = (col - wrapperColumns + off.col) | 0;
      line = (line + off.line) | 0;
      url = off.name;
    } else if (line === 1 && col > wrapperColumns &&
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
  const prepare = getWError().prepareStackTrace;
  if (typeof prepare === 'function') return prepare(err, sites);
  let out = header(err);
  for (let i = 0; i < sites.length; i++) out += `\n    at ${sourceMapped(sites[i]) ?? sites[i].toString()}`;
  return out;
}

// --enable-source-maps: a frame in a script with a source map shows its
// original position (the stack V8 formats for user code shows no other)
let sourceMaps;
function sourceMapped(site) {
  if (sourceMaps === undefined) {
    sourceMaps = require('internal/options').getOptionValue('--enable-source-maps') === true ?
      require('internal/source_map/source_map_cache') : null;
  }
  const f = site[kFrame];
  if (sourceMaps === null || f.line === null || f.url === '[native code]') return undefined;
  const o = sourceMaps.findOriginal(f.url, f.line, f.col);
  if (o === undefined) return undefined;
  const text = site.toString();
  const loc = `${f.url}:${f.line}:${f.col}`;
  const to = `${o.url}:${o.line}:${o.col}`;
  if (text === loc) return `<anonymous> (${to})`;
  if (text.endsWith(`(${loc})`)) return `${text.slice(0, text.length - loc.length - 1)}${to})`;
  return undefined;
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
  for (let i = 0; i < sites.length; i++) out += `\n    at ${sourceMapped(sites[i]) ?? sites[i].toString()}`;
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

// util.getCallSites: up to `count` CallSites of script frames in `text`
// (an engine stack captured by the core).
function callSitesOf(text, count) {
  const sites = framesOf(new Captured(text, undefined), Infinity);
  return sites.filter((s) => s.getFileName() !== null).slice(0, count);
}

module.exports = {
  init,
  callSitesOf,
  format,
  header,
  toV8Stack,
  convertEngineStack,
  errorSite,
  CallSite,
};
