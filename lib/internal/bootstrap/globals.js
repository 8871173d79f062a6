'use strict';
// The globals Node has. Node's own enumerable ones stay enumerable; what
// nodus adds is not, so harnesses that look for unknown globals see none.

function defineEnumerable(name, value) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: true });
}
function defineHidden(name, value) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
}
// a global made by load() on first read, then a plain data property (as in
// Node, where these are data properties from the start)
function defineLazyData(name, load, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable,
    get() {
      const value = load();
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
    },
  });
}

defineEnumerable('global', globalThis);

// process: an accessor, as in Node (assigning replaces what it returns)
{
  let current = globalThis.process;
  Object.defineProperty(globalThis, 'process', {
    enumerable: false,
    configurable: true,
    get() { return current; },
    set(value) { current = value; },
  });
}

const timers = require('timers');
defineEnumerable('clearImmediate', timers.clearImmediate);
defineEnumerable('setImmediate', timers.setImmediate);
defineEnumerable('clearInterval', timers.clearInterval);
defineEnumerable('clearTimeout', timers.clearTimeout);
defineEnumerable('setInterval', timers.setInterval);
defineEnumerable('setTimeout', timers.setTimeout);

defineEnumerable('queueMicrotask', require('internal/process/task_queues').queueMicrotask);

defineHidden('console', require('internal/console/global'));

// --expose-gc: gc() runs a full collection now
const nativeGc = internalBinding('process').gc;
if (nativeGc !== undefined) {
  // V8 defines it enumerable and not configurable
  Object.defineProperty(globalThis, 'gc', {
    value: function gc() { nativeGc(); }, writable: true, enumerable: true, configurable: false,
  });
}

// --- events: the DOM event and abort globals, loaded on first use ---
// Each becomes a plain data property, as in Node, once first read.
{
  const eventTarget = () => require('internal/event_target');
  const abort = () => require('internal/abort_controller');
  defineLazyData('Event', () => eventTarget().Event);
  defineLazyData('EventTarget', () => eventTarget().EventTarget);
  defineLazyData('CustomEvent', () => eventTarget().CustomEvent);
  defineLazyData('AbortController', () => abort().AbortController);
  defineLazyData('AbortSignal', () => abort().AbortSignal);
  defineLazyData('DOMException', () => require('internal/per_context/domexception').DOMException);
  defineLazyData('QuotaExceededError', () => require('internal/per_context/domexception').QuotaExceededError);
  defineLazyData('Crypto', () => require('internal/crypto/webcrypto').Crypto);
}

// --- crypto: the Web Crypto object (random values only, lib/crypto.js), an
// enumerable getter with no setter, as in Node ---
{
  let webcrypto;
  Object.defineProperty(globalThis, 'crypto', {
    configurable: true,
    enumerable: true,
    get: function crypto() {
      webcrypto ??= require('internal/crypto/webcrypto').crypto;
      return webcrypto;
    },
  });
}

let codecs;
function atob(input) { // eslint-disable-line no-unused-vars
  codecs ??= require('internal/buffer_atob');
  return Reflect.apply(codecs.atob, undefined, arguments);
}
function btoa(input) { // eslint-disable-line no-unused-vars
  codecs ??= require('internal/buffer_atob');
  return Reflect.apply(codecs.btoa, undefined, arguments);
}
module.exports = { atob, btoa };

// --- buffer and encoding globals (owned by lib/buffer.js's work) ---
// Attributes as in Node: Buffer is a non-enumerable accessor whose setter
// keeps the assigned value; atob/btoa are enumerable; the classes are not.
{
  let bufferValue;
  let bufferLoaded = false;
  Object.defineProperty(globalThis, 'Buffer', {
    configurable: true,
    enumerable: false,
    get() {
      if (!bufferLoaded) {
        bufferValue = require('buffer').Buffer;
        bufferLoaded = true;
      }
      return bufferValue;
    },
    set(value) {
      bufferValue = value;
      bufferLoaded = true;
    },
  });
  // atob/btoa must be plain data properties at once: these load the
  // codecs (internal/buffer_atob) on their first call; lib/buffer.js
  // exports the same two functions
  Object.defineProperty(globalThis, 'atob', { value: atob, writable: true, configurable: true, enumerable: true });
  Object.defineProperty(globalThis, 'btoa', { value: btoa, writable: true, configurable: true, enumerable: true });
  defineLazyData('Blob', () => require('internal/blob').Blob);
  defineLazyData('File', () => require('internal/file').File);
  defineLazyData('TextEncoder', () => require('internal/encoding').TextEncoder);
  defineLazyData('TextDecoder', () => require('internal/encoding').TextDecoder);
}

// --- WebAssembly.compile / instantiate: the engine compiles on its own
// threads and settles the promise through its run loop, which libuv drives
// (src/rt/runloop.c); a pending one keeps the process alive, as in Node. ---
{
  const wasm = globalThis.WebAssembly;
  const { holdEngineWork } = internalBinding('task');
  const done = () => holdEngineWork(-1);
  for (const name of ['compile', 'instantiate']) {
    const original = wasm?.[name];
    if (typeof original !== 'function') continue;
    const wrapper = {
      [name](...args) {
        const promise = Reflect.apply(original, wasm, args);
        holdEngineWork(1);
        return promise.then((value) => {
          done();
          return value;
        }, (err) => {
          done();
          throw err;
        });
      },
    }[name];
    Object.defineProperty(wrapper, 'length', { value: original.length });
    Object.defineProperty(wasm, name, { value: wrapper, writable: true, enumerable: true, configurable: true });
  }
}

// --- FinalizationRegistry: the engine runs cleanup callbacks from its run
// loop, where an exception would only be logged by the engine; here it is
// an uncaught exception, as in Node. The constructor is a stand-in over the
// engine's (same prototype, subclassable), as the Error wrappers are. ---
{
  const Native = globalThis.FinalizationRegistry;
  if (typeof Native === 'function') {
    const guard = (cleanup) => (typeof cleanup !== 'function' ? cleanup : function cleanupGuard(held) {
      try {
        return Reflect.apply(cleanup, undefined, [held]);
      } catch (err) {
        require('internal/process/execution').triggerUncaughtException(err, false);
        return undefined;
      }
    });
    const FinalizationRegistry = function FinalizationRegistry(cleanup) {
      if (new.target === undefined) return Reflect.apply(Native, this, arguments); // the engine's TypeError
      return Reflect.construct(Native, [guard(cleanup)], new.target === FinalizationRegistry ? Native : new.target);
    };
    Object.defineProperty(FinalizationRegistry, 'prototype', { value: Native.prototype, writable: false });
    Object.defineProperty(Native.prototype, 'constructor', { value: FinalizationRegistry, writable: true, configurable: true });
    defineHidden('FinalizationRegistry', FinalizationRegistry);
  }
}

// --- structuredClone (lib/internal/structured_clone.js, loaded on first call) ---
// An enumerable, writable, configurable data property, as in Node.
{
  let impl;
  function structuredClone(value, options) { // eslint-disable-line no-unused-vars
    impl ??= require('internal/structured_clone').structuredClone;
    return Reflect.apply(impl, undefined, arguments);
  }
  defineEnumerable('structuredClone', structuredClone);
}

// --- fetch: HTTP is not built yet. fetch exists (Node's harness lists it among
// the known globals) but every call rejects with ERR_NOT_IMPLEMENTED. ---
{
  function fetch(input, init = undefined) { // eslint-disable-line no-unused-vars
    const { codes } = require('internal/errors');
    return Promise.reject(new codes.ERR_NOT_IMPLEMENTED('fetch (HTTP client)'));
  }
  defineEnumerable('fetch', fetch);
}

// --- url: URL and URLSearchParams (lib/internal/url.js), loaded on first use ---
// Plain data properties once read: writable, configurable, not enumerable.
defineLazyData('URL', () => require('internal/url').URL);
defineLazyData('URLSearchParams', () => require('internal/url').URLSearchParams);

