'use strict';
// AbortController and AbortSignal (DOM standard): abort(), timeout() on an
// unref'd timer, any() with dependent signals, reason, throwIfAborted and
// the onabort handler.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateUint32 } = require('internal/validators');
const { inspect } = require('internal/util/inspect');
const {
  Event,
  EventTarget,
  defineEventHandler,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
  targetListenerCount,
} = require('internal/event_target');
const { kMaxEventTargetListeners } = require('events');
const { DOMException } = require('internal/per_context/domexception');

// Signals that must outlive their last reference because a listener waits
// on them: timeout signals and dependent (any()) signals, while they have
// 'abort' listeners and have not aborted.
const keepAlive = new Set();

let constructing = false;
let signalState; // (signal) -> its private state, set from the static block

function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

class AbortSignal extends EventTarget {
  #state;

  constructor() {
    if (!constructing) throw new ERR_ILLEGAL_CONSTRUCTOR();
    constructing = false;
    super();
    // a signal warns about no listener count unless told to
    this[kMaxEventTargetListeners] = 0;
    this.#state = {
      aborted: false,
      reason: undefined,
      timeout: false, // made by timeout(): kept alive while listened to
      composite: false, // made by any()
      sources: undefined, // any(): Set of WeakRef to the source signals
      timeouts: undefined, // any(): its timeout() sources, held: nothing else holds them
      dependents: undefined, // Set of WeakRef to signals made by any() from this one
    };
  }

  static {
    signalState = (obj) => (obj !== null && typeof obj === 'object' && #state in obj
      ? obj.#state : undefined);
  }

  get aborted() {
    return stateOf(this).aborted;
  }

  get reason() {
    return stateOf(this).reason;
  }

  throwIfAborted() {
    const state = stateOf(this);
    if (state.aborted) throw state.reason;
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = createSignal();
    const state = signalState(signal);
    state.aborted = true;
    state.reason = reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createSignal();
    signalState(signal).timeout = true;
    const ref = new WeakRef(signal);
    const timer = require('timers').setTimeout(() => {
      const s = ref.deref();
      if (s !== undefined) {
        abortSignal(s, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
      }
    }, delay);
    timer.unref();
    return signal;
  }

  static any(signals) {
    const list = toSignalSequence(signals);
    const result = createSignal();
    const state = signalState(result);
    for (const s of list) {
      const st = signalState(s);
      if (st.aborted) {
        state.aborted = true;
        state.reason = st.reason;
        return result;
      }
    }
    state.composite = true;
    state.sources = new Set();
    const resultRef = new WeakRef(result);
    const link = (source) => {
      const st = signalState(source);
      state.sources.add(new WeakRef(source));
      if (st.timeout) (state.timeouts ??= []).push(source);
      if (st.dependents === undefined) st.dependents = new Set();
      st.dependents.add(resultRef);
    };
    for (const s of list) {
      const st = signalState(s);
      if (!st.composite) {
        link(s);
      } else if (st.sources !== undefined) {
        for (const ref of st.sources) {
          const source = ref.deref();
          if (source !== undefined && !signalState(source).aborted) link(source);
        }
      }
    }
    return result;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    const state = signalState(this);
    if (type === 'abort' && !state.aborted && !weak && (state.timeout || state.composite)) {
      keepAlive.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'abort' && size === 0) keepAlive.delete(this);
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return options.stylize('[AbortSignal]', 'special');
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }
}

function stateOf(obj) {
  const state = signalState(obj);
  if (state === undefined) throw new ERR_INVALID_THIS('AbortSignal');
  return state;
}

function createSignal() {
  constructing = true;
  return new AbortSignal();
}

// WebIDL conversion errors: plain TypeErrors that carry a code.
function webidlError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// WebIDL sequence<AbortSignal>: any iterable object of signals.
function toSignalSequence(signals) {
  if (signals === null || typeof signals !== 'object' ||
      typeof signals[Symbol.iterator] !== 'function') {
    throw webidlError('signals cannot be converted to sequence.');
  }
  const out = [];
  for (const s of signals) {
    if (signalState(s) === undefined) {
      throw webidlError(`signals[${out.length}] is not of type AbortSignal.`);
    }
    out.push(s);
  }
  return out;
}

// The DOM's "signal abort": mark this signal and every dependent one, then
// fire 'abort' on this one and on the dependents, in that order.
function abortSignal(signal, reason) {
  const state = signalState(signal);
  if (state.aborted) return;
  state.aborted = true;
  state.reason = reason;
  const dependents = [];
  if (state.dependents !== undefined) {
    for (const ref of state.dependents) {
      const d = ref.deref();
      if (d === undefined) continue;
      const ds = signalState(d);
      if (ds.aborted) continue;
      ds.aborted = true;
      ds.reason = reason;
      dependents.push(d);
    }
    state.dependents = undefined;
  }
  fireAbort(signal);
  for (const d of dependents) fireAbort(d);
}

function fireAbort(signal) {
  keepAlive.delete(signal);
  const state = signalState(signal);
  state.sources = undefined;
  state.timeouts = undefined;
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
}

defineEventHandler(AbortSignal.prototype, 'abort');
// (Node leaves reason and throwIfAborted non-enumerable)
Object.defineProperty(AbortSignal.prototype, 'aborted', { enumerable: true });
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});

class AbortController {
  #signal;

  get signal() {
    if (!isController(this)) throw new ERR_INVALID_THIS('AbortController');
    if (this.#signal === undefined) this.#signal = createSignal();
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    if (!isController(this)) throw new ERR_INVALID_THIS('AbortController');
    if (this.#signal === undefined) this.#signal = createSignal();
    abortSignal(this.#signal, reason);
  }

  [inspect.custom](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }

  static isController(obj) {
    return obj !== null && typeof obj === 'object' && #signal in obj;
  }
}
const isController = AbortController.isController;
delete AbortController.isController;
for (const key of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, key, { enumerable: true });
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

// An AbortSignal's listener count for 'abort' (for tests of the internals).
function abortListenerCount(signal) {
  return targetListenerCount(signal, 'abort');
}

module.exports = {
  AbortController,
  AbortSignal,
  abortSignal,
  abortListenerCount,
  isAbortSignal: (obj) => signalState(obj) !== undefined,
};
