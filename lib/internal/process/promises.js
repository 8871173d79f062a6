'use strict';
// Unhandled promise rejections. The engine reports a rejection that has no
// handler once the microtask queue drains (task_queues.js hands it to
// watchRejection); a handler added later is noticed by wrapping
// Promise.prototype.then (catch and finally go through it) while reported
// promises exist. Modes as Node's --unhandled-rejections: throw (default),
// strict, warn, none, warn-with-error-code.

const { triggerUncaughtException, kArrow } = require('internal/process/execution');
const { tickInfo } = require('internal/process/task_queues');

const kHasRejections = 1;

// promise -> { reason, uid }: reported by the engine, not yet processed
const pending = new Map();
// promise -> { reason, uid }: processed (warned); a later handler means
// 'rejectionHandled'
const warned = new WeakMap();
let warnedCount = 0;
// the warned promises, weakly, to look at after each callback: an `await`
// on one adds a handler without going through then()
let watched = [];
const kWatchHandled = 2;
function setWarnedCount(n) {
  warnedCount = n;
  tickInfo[kWatchHandled] = n > 0 ? 1 : 0;
}
const asyncHandled = [];
let lastUid = 0;

// --- noticing handlers added after the report ---

const nativeThen = Promise.prototype.then;
let hooked = false;

const thenHook = {
  then(onFulfilled, onRejected) {
    if (pending.size > 0 || warnedCount > 0) noticeHandler(this);
    return Reflect.apply(nativeThen, this, [onFulfilled, onRejected]);
  },
}.then;

function hookThen() {
  if (hooked) return;
  hooked = true;
  Object.defineProperty(Promise.prototype, 'then', {
    value: thenHook, writable: true, enumerable: false, configurable: true,
  });
}

function unhookThen() {
  if (!hooked || pending.size > 0 || warnedCount > 0) return;
  if (Promise.prototype.then !== thenHook) return; // someone replaced it since
  hooked = false;
  Object.defineProperty(Promise.prototype, 'then', {
    value: nativeThen, writable: true, enumerable: false, configurable: true,
  });
}

function noticeHandler(promise) {
  if (pending.delete(promise)) return;
  const info = warned.get(promise);
  if (info === undefined) return;
  warned.delete(promise);
  setWarnedCount(warnedCount - 1);
  const warning = new Error(
    `Promise rejection was handled asynchronously (rejection id: ${info.uid})`);
  warning.name = 'PromiseRejectionHandledWarning';
  warning.id = info.uid;
  asyncHandled.push(promise, warning);
  tickInfo[kHasRejections] = 1;
}

// After a callback, while warned rejections exist: those that got a handler
// meanwhile are 'rejectionHandled' (processed on the next pass).
let promiseIsHandled;
function noticeLateHandlers() {
  promiseIsHandled ??= internalBinding('util').promiseIsHandled;
  const still = [];
  let gone = 0;
  for (let i = 0; i < watched.length; i++) {
    const promise = watched[i].deref();
    if (promise === undefined) {
      gone++; // collected: nothing can handle it any more
    } else if (warned.has(promise)) {
      if (promiseIsHandled(promise) === true) noticeHandler(promise);
      else still.push(watched[i]);
    }
  }
  watched = still;
  if (gone > 0) setWarnedCount(Math.max(0, warnedCount - gone));
  unhookThen();
}

// The engine reported `promise` as rejected with no handler.
function watchRejection(promise, reason) {
  pending.set(promise, { reason, uid: ++lastUid });
  hookThen();
}

// --- modes ---

function readMode() {
  const args = process.execArgv || [];
  let mode;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--unhandled-rejections=')) mode = a.slice(23);
    else if (a === '--unhandled-rejections' && i + 1 < args.length) mode = args[++i];
  }
  return mode || 'throw';
}

let mode;

function noSideEffectsToString(v) {
  try {
    if (typeof v === 'symbol') return v.toString();
    if (v !== null && typeof v === 'object') return Object.prototype.toString.call(v) === '[object Object]' ? '#<Object>' : String(v);
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

// An error the engine made with no stack at all (a WebAssembly.compile
// rejection): V8 gives every error one, so Node reports these as errors.
function engineErrorWithoutStack(reason) {
  return require('internal/util/types').isNativeError(reason) && reason.stack === undefined;
}

// Node's error for a reason that is not an error. Its report shows the line
// Node's own sources have here, so the arrow is fixed.
class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    super('This error originated either by throwing inside of an async function without ' +
      'a catch block, or by rejecting a promise which was not handled with .catch(). ' +
      `The promise rejected with the reason "${noSideEffectsToString(reason)}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
    this.name = 'UnhandledPromiseRejection';
  }
}

function rejectionError(reason) {
  if (reason !== null && typeof reason === 'object' &&
    (require('internal/errors/stack').hasStack(reason) || engineErrorWithoutStack(reason))) {
    return reason;
  }
  const err = new UnhandledPromiseRejection(reason);
  const site = require('internal/errors/stack').errorSite(err);
  const line = site === undefined ? 0 : site.line;
  err[kArrow] = `node:internal/process/promises:${line}\n` +
    '      new UnhandledPromiseRejection(reason);\n      ^\n';
  Object.defineProperty(err, kArrow, { enumerable: false });
  return err;
}

function emitWarnings(info) {
  const { reason, uid } = info;
  try {
    const text = reason instanceof Error ? reason.stack : noSideEffectsToString(reason);
    process.emitWarning(text, 'UnhandledPromiseRejectionWarning');
  } catch {
    // nothing more to say
  }
  const warning = new Error('Unhandled promise rejection. This error originated either by ' +
    'throwing inside of an async function without a catch block, or by rejecting a ' +
    'promise which was not handled with .catch(). To terminate the node process on ' +
    'unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` ' +
    '(see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${uid})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  process.emitWarning(warning);
}

function handleOne(promise, info) {
  const { reason } = info;
  switch (mode) {
    case 'strict':
      triggerUncaughtException(rejectionError(reason), true);
      if (!process.emit('unhandledRejection', reason, promise)) emitWarnings(info);
      break;
    case 'none':
      process.emit('unhandledRejection', reason, promise);
      break;
    case 'warn':
      process.emit('unhandledRejection', reason, promise);
      emitWarnings(info);
      break;
    case 'warn-with-error-code':
      if (!process.emit('unhandledRejection', reason, promise)) {
        emitWarnings(info);
        process.exitCode = 1;
      }
      break;
    default:
      if (!process.emit('unhandledRejection', reason, promise)) {
        triggerUncaughtException(rejectionError(reason), true);
      }
  }
}

// Called from the tick queue once ticks have drained, with the engine's
// reports as [promise, reason, ...].
function processPromiseRejections(list) {
  if (mode === undefined) mode = readMode();
  while (asyncHandled.length > 0) {
    const promise = asyncHandled.shift();
    const warning = asyncHandled.shift();
    if (!process.emit('rejectionHandled', promise)) process.emitWarning(warning);
  }
  for (let i = 0; i < list.length; i += 2) {
    const promise = list[i];
    const info = pending.get(promise);
    if (info === undefined) continue; // a handler came first
    pending.delete(promise);
    warned.set(promise, info);
    watched.push(new WeakRef(promise));
    setWarnedCount(warnedCount + 1);
    handleOne(promise, info);
  }
  unhookThen();
}

module.exports = { processPromiseRejections, noticeLateHandlers, watchRejection, UnhandledPromiseRejection };
