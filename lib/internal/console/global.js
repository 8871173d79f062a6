'use strict';
// The global console: a namespace object (its prototype an empty object,
// as the console standard asks) holding Console.prototype's methods bound
// to it, writing to process.stdout / process.stderr read on first use.
// util.inspect loads only when a call needs formatting.

const { Console, kBindProperties, kBindStreamsLazy } = require('internal/console/constructor');

const globalConsole = { __proto__: {} };

for (const key of Reflect.ownKeys(Console.prototype)) {
  if (key === 'constructor') continue;
  const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, key);
  if (typeof desc.value === 'function') {
    const name = desc.value.name;
    desc.value = desc.value.bind(globalConsole);
    Reflect.defineProperty(desc.value, 'name', { value: name });
  }
  Reflect.defineProperty(globalConsole, key, desc);
}
globalConsole[kBindProperties](true, 'auto');
globalConsole[kBindStreamsLazy](process);
globalConsole.Console = Console;

// The engine's console methods Node keeps beside its own. Without an
// inspector session attached they have no effect in Node either.
function profile() {}
function profileEnd() {}
function timeStamp() {}
const kContextMethods = ['dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset',
  'profile', 'profileEnd', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group',
  'groupCollapsed', 'assert', 'time', 'timeLog', 'timeEnd', 'timeStamp'];
function context(name) { // eslint-disable-line no-unused-vars
  const ctx = { __proto__: {} };
  for (const m of kContextMethods) {
    ctx[m] = { [m]() {} }[m];
  }
  return ctx;
}
function createTask(name) {
  if (typeof name !== 'string' || name === '') {
    throw new TypeError('First argument must be a non-empty string.');
  }
  const task = { __proto__: Object.create(null) };
  task.run = function run(fn) {
    if (typeof fn !== 'function') throw new TypeError('First argument must be a function.');
    return fn();
  };
  return task;
}
Object.defineProperty(createTask, 'length', { value: 0 });
Object.assign(globalConsole, { profile, profileEnd, timeStamp, context, createTask });

module.exports = globalConsole;
