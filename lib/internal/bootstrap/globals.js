'use strict';
// The globals Node has. Node's own enumerable ones stay enumerable; what
// nodus adds is not, so harnesses that look for unknown globals see none.

function defineEnumerable(name, value) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: true });
}
function defineHidden(name, value) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
}
function defineLazy(name, load, enumerable) {
  let value;
  let loaded = false;
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable,
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
    set(v) {
      Object.defineProperty(globalThis, name, { value: v, writable: true, configurable: true, enumerable });
    },
  });
}

defineEnumerable('global', globalThis);

const timers = require('timers');
defineEnumerable('clearImmediate', timers.clearImmediate);
defineEnumerable('setImmediate', timers.setImmediate);
defineEnumerable('clearInterval', timers.clearInterval);
defineEnumerable('clearTimeout', timers.clearTimeout);
defineEnumerable('setInterval', timers.setInterval);
defineEnumerable('setTimeout', timers.setTimeout);

const { validateFunction } = require('internal/validators');
const nativeQueueMicrotask = globalThis.queueMicrotask;
defineEnumerable('queueMicrotask', function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  nativeQueueMicrotask(() => {
    try {
      callback();
    } catch (err) {
      require('internal/process/execution').triggerUncaughtException(err, false);
    }
  });
});

defineLazy('console', () => require('internal/console/global'), false);

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
  const lazyData = (name, load, enumerable) => {
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
  };
  // atob/btoa are cheap and must look like plain data properties at once
  const { atob, btoa } = require('internal/buffer_atob');
  Object.defineProperty(globalThis, 'atob', { value: atob, writable: true, configurable: true, enumerable: true });
  Object.defineProperty(globalThis, 'btoa', { value: btoa, writable: true, configurable: true, enumerable: true });
  lazyData('Blob', () => require('internal/blob').Blob, false);
  lazyData('File', () => require('internal/file').File, false);
  lazyData('TextEncoder', () => require('internal/encoding').TextEncoder, false);
  lazyData('TextDecoder', () => require('internal/encoding').TextDecoder, false);
}
