'use strict';
// The vm module: compiling and running code in this context or in separate
// contexts whose globals forward to a sandbox object (src/bind/vm_context.c).

const binding = internalBinding('contextify');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED } } = require('internal/errors');
const {
  validateString, validateObject, validateInt32, validateUint32, validateBoolean,
  validateArray, validateOneOf,
} = require('internal/validators');
const { decorateSyntaxError, kArrow } = require('internal/process/execution');
const { toV8Stack, offsetSourceURL, bindOffsetSource } = require('internal/errors/stack');

// sandbox -> its context handle; weak, so the context lives exactly as long
// as the sandbox does (the context's global holds the sandbox)
const contexts = new WeakMap();
const kCode = Symbol('vm.code');
const kFilename = Symbol('vm.filename');
const kLine = Symbol('vm.line');
const kAnyObject = { allowArray: true, allowFunction: true };

let contextNameIndex = 1;

function notImplemented(what) {
  throw new ERR_NOT_IMPLEMENTED(`vm ${what}`);
}

function checkCachedData(options) {
  if (options.cachedData !== undefined) {
    if (!ArrayBuffer.isView(options.cachedData)) {
      throw new ERR_INVALID_ARG_TYPE('options.cachedData',
                                     ['Buffer', 'TypedArray', 'DataView'], options.cachedData);
    }
    notImplemented('option cachedData');
  }
}

function isError(v) {
  return v !== null && typeof v === 'object' && typeof v.stack === 'string' &&
    Object.prototype.toString.call(v) === '[object Error]' && v[kArrow] === undefined;
}

// errors made in another context carry the engine's own stack format
function nodeStack(err) {
  const stack = toV8Stack(err);
  if (stack !== err.stack) err.stack = stack;
}

function markDecorated(err) {
  Object.defineProperty(err, kArrow, { value: '', enumerable: false, configurable: true });
}

// As Node does, an error from compiling vm code gets the offending line
// above its stack (and the report prints no second copy).
function compileError(err, filename, code, lineOffset) {
  if (!isError(err)) return err;
  nodeStack(err);
  decorateSyntaxError(err, filename, lineOffset > 0 ? '\n'.repeat(lineOffset) + code : code);
  const arrow = err[kArrow];
  if (typeof arrow !== 'string' || arrow === '') return err;
  const holder = {};
  Error.captureStackTrace(holder);
  const frames = holder.stack.slice(holder.stack.indexOf('\n'));
  err.stack = `${arrow}\n${err.name}: ${err.message}${frames}`;
  markDecorated(err);
  return err;
}

// ... and so does an error thrown while running it, when displayErrors.
function runError(err, filename, code, lineOffset) {
  if (!isError(err)) return err;
  nodeStack(err);
  const esc = filename.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  const m = new RegExp(`${esc}:(\\d+):(\\d+)`).exec(err.stack);
  if (m === null) return err;
  const line = code.split('\n')[Number(m[1]) - 1 - lineOffset];
  if (line === undefined) return err;
  let caret = '';
  for (let i = 0; i < Number(m[2]) - 1 && i < line.length; i++) caret += line[i] === '\t' ? '\t' : ' ';
  err.stack = `${filename}:${m[1]}\n${line}\n${caret}^\n\n${err.stack}`;
  markDecorated(err);
  return err;
}

function isContext(object) {
  validateObject(object, 'object', kAnyObject);
  return contexts.has(object);
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) { // isContext rejects non-objects
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

function createContext(contextObject = {}, options = {}) {
  if (isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const {
    name = `VM Context ${contextNameIndex++}`, origin, codeGeneration, microtaskMode,
    importModuleDynamically,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    const { strings = true, wasm = true } = codeGeneration;
    validateBoolean(strings, 'options.codeGeneration.strings');
    validateBoolean(wasm, 'options.codeGeneration.wasm');
    if (!strings || !wasm) notImplemented('option codeGeneration');
  }
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  if (microtaskMode !== undefined) notImplemented('option microtaskMode');
  if (importModuleDynamically !== undefined) notImplemented('option importModuleDynamically');
  contexts.set(contextObject, binding.makeContext(contextObject));
  return contextObject;
}

// The options every run takes; returns displayErrors.
function runOptions(options) {
  validateObject(options, 'options');
  const { timeout, displayErrors = true, breakOnSigint = false } = options;
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  if (timeout !== undefined) notImplemented('option timeout');
  if (breakOnSigint) notImplemented('option breakOnSigint');
  return displayErrors;
}

class Script {
  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = 'evalmachine.<anonymous>', lineOffset = 0, columnOffset = 0,
      produceCachedData = false, importModuleDynamically,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    checkCachedData(options);
    validateBoolean(produceCachedData, 'options.produceCachedData');
    if (columnOffset !== 0) notImplemented('option columnOffset');
    if (produceCachedData) notImplemented('option produceCachedData');
    if (importModuleDynamically !== undefined) notImplemented('option importModuleDynamically');
    const line = lineOffset + 1;
    try {
      binding.checkSyntax(code, filename, line);
    } catch (err) {
      throw compileError(err, filename, code, lineOffset);
    }
    this[kCode] = code;
    this[kFilename] = filename;
    this[kLine] = line;
  }

  runInThisContext(options = {}) {
    const displayErrors = runOptions(options);
    try {
      return binding.runInThisContext(this[kCode], this[kFilename], this[kLine]);
    } catch (err) {
      throw displayErrors ? runError(err, this[kFilename], this[kCode], this[kLine] - 1) : err;
    }
  }

  runInContext(contextifiedObject, options = {}) {
    validateContext(contextifiedObject);
    const displayErrors = runOptions(options);
    try {
      return binding.runInContext(contexts.get(contextifiedObject), this[kCode], this[kFilename],
                                  this[kLine]);
    } catch (err) {
      throw displayErrors ? runError(err, this[kFilename], this[kCode], this[kLine] - 1) : err;
    }
  }

  runInNewContext(contextObject, options = {}) {
    const context = createContext(contextObject, contextOptions(options));
    return this.runInContext(context, options);
  }
}

// createContext's part of a runInNewContext options bag
function contextOptions(options) {
  if (options === undefined || options === null || typeof options !== 'object') return {};
  const out = {
    name: options.contextName, origin: options.contextOrigin,
    codeGeneration: options.contextCodeGeneration, microtaskMode: options.microtaskMode,
  };
  if (out.name === undefined) delete out.name;
  return out;
}

function normalizeOptions(options) {
  return typeof options === 'string' ? { filename: options } : options;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInThisContext(code, options) {
  options = normalizeOptions(options);
  return createScript(code, options).runInThisContext(options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  options = normalizeOptions(options);
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  options = normalizeOptions(options);
  contextObject = createContext(contextObject, contextOptions(options));
  return createScript(code, options).runInContext(contextObject, options);
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  params.forEach((p, i) => validateString(p, `params[${i}]`));
  validateObject(options, 'options');
  const {
    filename = '', columnOffset = 0, lineOffset = 0, produceCachedData = false,
    parsingContext, contextExtensions = [], importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  checkCachedData(options);
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined) {
    if (typeof parsingContext !== 'object' || parsingContext === null ||
        !isContext(parsingContext)) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((e, i) => {
    validateObject(e, `options.contextExtensions[${i}]`, { nullable: true });
  });
  if (produceCachedData) notImplemented('option produceCachedData');
  if (contextExtensions.length > 0) notImplemented('option contextExtensions');
  if (importModuleDynamically !== undefined) notImplemented('option importModuleDynamically');
  // (the stack code shifts first-line columns back over the wrapper's
  // header only for file names it knows as wrapped code: others go through
  // an offset URL too)
  const offset = lineOffset !== 0 || columnOffset !== 0 ||
    (filename !== '' && !/^(?:\/|node:|file:)/.test(filename));
  const url = offset ? offsetSourceURL(filename, lineOffset, columnOffset) : filename;
  let fn;
  try {
    if (parsingContext !== undefined) {
      fn = binding.compileFunctionIn(contexts.get(parsingContext), code, url, params);
    } else {
      fn = binding.compileFunction(code, url, params);
    }
  } catch (err) {
    throw offsetCompileError(compileError(err, filename, code, 0), filename, lineOffset);
  }
  if (offset) bindOffsetSource(fn, url);
  return fn;
}

// The engine numbered the code's lines from 1: a compile error's report
// (compileError's "file:line" above the stack) names the offset line.
function offsetCompileError(err, filename, lineOffset) {
  if (lineOffset === 0 || err === null || typeof err !== 'object' || err[kArrow] !== '' ||
      typeof err.stack !== 'string') return err;
  const head = `${filename}:`;
  if (!err.stack.startsWith(head)) return err;
  const end = err.stack.indexOf('\n');
  const line = Number(err.stack.slice(head.length, end));
  if (!Number.isInteger(line)) return err;
  err.stack = `${head}${(line + lineOffset) | 0}${err.stack.slice(end)}`;
  return err;
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
};
