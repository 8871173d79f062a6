'use strict';
// timers/promises: promise-returning setTimeout and setImmediate, setInterval
// as an async iterator, and the scheduler object. An AbortSignal (anything
// with `aborted`, `reason` and addEventListener) cancels them.

const { Timeout, Immediate, insert, clearTimeout, clearImmediate } = require('internal/timers');
const {
  AbortError,
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateObject, validateNumber,
} = require('internal/validators');

const kEmptyObject = Object.freeze({ __proto__: null });
const kScheduler = Symbol('kScheduler');

// Node marks its abort listeners so that stopImmediatePropagation() by
// another listener cannot skip them; that mark comes from the EventTarget
// implementation, when there is one.
let listenerOptions;
function abortListenerOptions(once) {
  if (listenerOptions === undefined) {
    listenerOptions = { __proto__: null };
    if (require.exists('internal/event_target')) {
      const { kResistStopPropagation } = require('internal/event_target');
      if (kResistStopPropagation !== undefined) listenerOptions[kResistStopPropagation] = true;
    }
  }
  return once ? { ...listenerOptions, once: true } : listenerOptions;
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// Shared checks; they throw, and the callers turn that into a rejection.
function validateOptions(options) {
  validateObject(options, 'options');
  if (typeof options?.signal !== 'undefined') validateAbortSignal(options.signal, 'options.signal');
  if (typeof options?.ref !== 'undefined') validateBoolean(options.ref, 'options.ref');
}

// Settles `promise` with the timer, or rejects with an AbortError if the
// signal fires first.
function withSignal(promise, reject, signal, handle, clear) {
  if (!signal) return promise;
  const onAbort = () => {
    if (!handle._destroyed) {
      clear(handle);
      reject(abortError(signal));
    }
  };
  signal.addEventListener('abort', onAbort, abortListenerOptions(false));
  return settleThenFinally(promise, () => signal.removeEventListener('abort', onAbort));
}

// promise.finally(fn) behind two more promises, as Node chains it: code that
// awaits the result resumes after the same number of microtask turns.
function settleThenFinally(promise, fn) {
  return new Promise((resolve, reject) => {
    new Promise((a, b) => promise.then(a, b)).finally(fn).then(resolve, reject);
  });
}

function setTimeout(after, value, options = kEmptyObject) {
  try {
    if (typeof after !== 'undefined') validateNumber(after, 'delay');
    validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref = true } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const { promise, resolve, reject } = Promise.withResolvers();
  const timeout = new Timeout(resolve, after, [value], false, ref);
  insert(timeout, timeout._idleTimeout);
  return withSignal(promise, reject, signal, timeout, clearTimeout);
}

function setImmediate(value, options = kEmptyObject) {
  try {
    validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref = true } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const { promise, resolve, reject } = Promise.withResolvers();
  const immediate = new Immediate(resolve, [value]);
  if (!ref) immediate.unref();
  return withSignal(promise, reject, signal, immediate, clearImmediate);
}

// Yields `value` once per interval; ticks that pass while the consumer is
// busy are all yielded when it comes back, so none is lost.
async function* setInterval(after, value, options = kEmptyObject) {
  if (typeof after !== 'undefined') validateNumber(after, 'delay');
  validateOptions(options);
  const { signal, ref = true } = options;
  if (signal?.aborted) throw abortError(signal);

  let onAbort;
  let interval;
  try {
    let pending = 0;
    let wake;
    interval = new Timeout(() => {
      pending++;
      if (wake) {
        wake();
        wake = undefined;
      }
    }, after, undefined, true, ref);
    insert(interval, interval._idleTimeout);
    if (signal) {
      onAbort = () => {
        clearTimeout(interval);
        if (wake) {
          wake(Promise.reject(abortError(signal)));
          wake = undefined;
        }
      };
      signal.addEventListener('abort', onAbort, abortListenerOptions(true));
    }
    while (!signal?.aborted) {
      if (pending === 0) await new Promise((resolve) => { wake = resolve; });
      for (; pending > 0; pending--) yield value;
    }
    throw abortError(signal);
  } finally {
    clearTimeout(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

// The one instance, made without running the throwing constructor.
const scheduler = Reflect.construct(function() {
  this[kScheduler] = true;
}, [], Scheduler);

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
