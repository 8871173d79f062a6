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

defineEnumerable('queueMicrotask', require('internal/process/task_queues').queueMicrotask);

defineLazy('console', () => require('internal/console/global'), false);
