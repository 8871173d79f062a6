'use strict';
// util: formatting and inspection (internal/util/inspect), type checks
// (internal/util/types), and the helpers around callbacks, promises,
// deprecation, debugging and system errors.

const {
  inspect, format, formatWithOptions, stripVTControlCharacters: stripVT,
} = require('internal/util/inspect');
const types = require('internal/util/types');
const { debuglog } = require('internal/util/debuglog');
const { parseArgs } = require('internal/util/parse_args');
const { MIMEType, MIMEParams } = require('internal/mime');
const { getCallSites } = require('internal/util/call_sites');
const { parseEnv } = require('internal/util/parse_env');
const { diff } = require('internal/util/diff');
const { shouldColorize } = require('internal/util/colors');
const {
  validateFunction, validateString, validateNumber, validateObject, validateBoolean, validateOneOf,
} = require('internal/validators');

let errorsModule;
const errors = () => (errorsModule ??= require('internal/errors'));
const codes = () => errors().codes;

function inherits(ctor, superCtor) {
  const { ERR_INVALID_ARG_TYPE } = codes();
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null)
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined)
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// Copies the own properties of `from` onto `to`, descriptors intact, with
// null-prototype descriptors so Object.prototype cannot inject fields.
function copyProperties(to, from, adjust) {
  const descriptors = Object.getOwnPropertyDescriptors(from);
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  if (adjust) adjust(descriptors);
  return Object.defineProperties(to, descriptors);
}

const { promisify } = require('internal/util/promisify');

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection would read as success in a callback: wrap it.
  if (!reason) {
    const err = new (codes().ERR_FALSY_VALUE_REJECTION)();
    Error.captureStackTrace(err, callbackifyOnRejected); // the stack starts at the caller, as in Node
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  copyProperties(callbackified, original, (d) => {
    if (d.length !== undefined && typeof d.length.value === 'number') d.length.value++;
    if (d.name !== undefined && typeof d.name.value === 'string') d.name.value += 'Callbackified';
  });
  return callbackified;
}

// Deprecation warnings: once per wrapper, and once per code across wrappers.
const warnedCodes = new Set();
function deprecate(fn, msg, code, { modifyPrototype = true } = {}) {
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function warn() {
    if (warned || process.noDeprecation) return;
    warned = true;
    if (code !== undefined) {
      if (warnedCodes.has(code)) return;
      warnedCodes.add(code);
    }
    // The warning object is built here (as emitWarning would) so its code
    // and stack are right whatever emitWarning does with extra arguments.
    const warning = new Error(msg);
    warning.name = 'DeprecationWarning';
    if (code !== undefined) warning.code = code;
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(warning, deprecated);
    if (process.throwDeprecation) {
      // thrown from a tick of its own, as Node does: the caller cannot catch it
      process.nextTick(() => {
        throw warning;
      });
      return;
    }
    process.emitWarning(warning);
  }
  function deprecated(...args) {
    warn();
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  if (modifyPrototype) {
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    Object.defineProperty(deprecated, 'length', {
      __proto__: null, ...Object.getOwnPropertyDescriptor(fn, 'length'),
    });
  }
  return deprecated;
}

function isDeepStrictEqual(a, b, skipPrototype) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b, skipPrototype);
}

function isPartialDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isPartialStrictEqual(a, b);
}

// --- styleText ---
function isStreamLike(s) {
  return s != null && typeof s === 'object' && (s._readableState != null || s._writableState != null ||
    (typeof s.on === 'function' && (typeof s.write === 'function' || typeof s.pipe === 'function')) ||
    (typeof s.getReader === 'function' && typeof s.cancel === 'function') ||
    (typeof s.getWriter === 'function' && typeof s.abort === 'function'));
}

// A close sequence inside the text (from a nested styleText) would end this
// style early: a colour is simply set again in its place; a modifier (its
// close code may end others too, as 22 ends bold and dim) is closed and
// opened again. A close at the very end is left as it is.
function reopenInside(text, openSeq, closeSeq, isColor) {
  let at = text.indexOf(closeSeq);
  if (at === -1) return text;
  const replacement = isColor ? openSeq : closeSeq + openSeq;
  let out = '';
  let from = 0;
  while (at !== -1 && at + closeSeq.length < text.length) {
    out += text.slice(from, at) + replacement;
    from = at + closeSeq.length;
    at = text.indexOf(closeSeq, from);
  }
  return out + text.slice(from);
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  const formats = Array.isArray(format) ? format : [format];
  const colors = inspect.colors;
  const names = Object.getOwnPropertyNames(colors);
  for (const key of formats) {
    if (key !== 'none' && (typeof key !== 'string' || !names.includes(key)))
      throw new (codes().ERR_INVALID_ARG_VALUE)('format', key, `must be one of: ${names.map((n) => `'${n}'`).join(', ')}`);
  }
  if (validateStream) {
    if (!isStreamLike(stream)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('stream',
        ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    if (!shouldColorize(stream)) return text;
  }
  let left = '';
  let right = '';
  for (const key of formats) {
    if (key === 'none') continue;
    const [open, close] = colors[key];
    left += `\u001b[${open}m`;
    right = `\u001b[${close}m${right}`;
    text = reopenInside(text, `\u001b[${open}m`, `\u001b[${close}m`, close === 39 || close === 49);
  }
  return `${left}${text}${right}`;
}

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return stripVT(str);
}

// --- system errors ---
let systemErrors;
function systemErrorMap() {
  if (systemErrors === undefined) {
    systemErrors = new Map();
    for (const [code, name, message] of internalBinding('util').systemErrors()) {
      systemErrors.set(code, [name, message]);
    }
  }
  return systemErrors;
}

function validateErrno(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err))
    throw new (codes().ERR_OUT_OF_RANGE)('err', 'a negative integer', err);
}

function getSystemErrorName(err) {
  validateErrno(err);
  const entry = systemErrorMap().get(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function getSystemErrorMessage(err) {
  validateErrno(err);
  const entry = systemErrorMap().get(err);
  return entry ? entry[1] : `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  return new Map(systemErrorMap());
}

function toUSVString(input) {
  return `${input}`.toWellFormed();
}

// --- AbortSignal helpers: AbortSignal is looked up when used, as the
// global may be installed after this module loads ---
function isAbortSignal(v) {
  return typeof globalThis.AbortSignal === 'function' && v instanceof globalThis.AbortSignal;
}

async function aborted(signal, resource) {
  if (!isAbortSignal(signal)) {
    const err = new TypeError('signal is not of type AbortSignal.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  validateObject(resource, 'resource', { allowArray: true, allowFunction: true });
  if (signal.aborted) return;
  // Resolves on abort; the resource is held weakly, as Node does, so a
  // collected resource does not keep the listener's promise alive.
  const ref = new WeakRef(resource);
  await new Promise((resolve) => {
    const onAbort = () => {
      ref.deref();
      resolve();
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function transferableAbortSignal(signal) {
  if (!isAbortSignal(signal)) throw new (codes().ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  return signal;
}

function transferableAbortController() {
  if (typeof globalThis.AbortController !== 'function')
    throw new (codes().ERR_NOT_IMPLEMENTED)('AbortController');
  return new globalThis.AbortController();
}

function isArrayDeprecated(arg) {
  return Array.isArray(arg);
}

function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// The exit code of a process ended by a signal, as a shell reports it: 128 + the number.
function convertProcessSignalToExitCode(signalCode) {
  const { signals } = require('os').constants;
  validateOneOf(signalCode, 'signalCode', Object.keys(signals));
  return 128 + signals[signalCode];
}

module.exports = {
  convertProcessSignalToExitCode,
  _errnoException: (...args) => errors().errnoException(...args),
  _extend: deprecate(extend, 'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: deprecate(isArrayDeprecated,
    'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044'),
  isDeepStrictEqual,
  isPartialDeepStrictEqual,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseEnv,
  parseArgs,
  MIMEType,
  MIMEParams,
  diff,
};
