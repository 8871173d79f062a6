'use strict';
// The timers module: setTimeout/setInterval/setImmediate and their clears
// (the model behind them is lib/internal/timers.js).

// The model loads on the first timer: a program that sets none never pays
// for it.
let impl;
const timersImpl = () => (impl ??= require('internal/timers'));
const { validateFunction } = require('internal/validators');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

let timersPromises;
function loadPromises() {
  if (timersPromises === undefined) timersPromises = require('timers/promises');
  return timersPromises;
}

// Extra arguments are gathered by hand: a rest parameter would allocate an
// array on every call, and most calls have none.
function extraArgs(args, from) {
  const n = args.length - from;
  if (n <= 0) return undefined;
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = args[from + i];
  return out;
}

function setTimeout(callback, after) {
  validateFunction(callback, 'callback');
  const args = arguments.length > 2 ? extraArgs(arguments, 2) : undefined;
  const { Timeout, insert } = timersImpl();
  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

Object.defineProperty(setTimeout, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return loadPromises().setTimeout; },
});

function clearTimeout(timer) {
  timersImpl().clearTimeout(timer);
}

function setInterval(callback, repeat) {
  validateFunction(callback, 'callback');
  const args = arguments.length > 2 ? extraArgs(arguments, 2) : undefined;
  const { Timeout, insert } = timersImpl();
  const timeout = new Timeout(callback, repeat, args, true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

// Either clear works on either kind of timer, as the HTML spec says.
function clearInterval(timer) {
  timersImpl().clearTimeout(timer);
}

function setImmediate(callback) {
  validateFunction(callback, 'callback');
  const args = arguments.length > 1 ? extraArgs(arguments, 1) : undefined;
  return new (timersImpl().Immediate)(callback, args);
}

Object.defineProperty(setImmediate, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return loadPromises().setImmediate; },
});

function clearImmediate(immediate) {
  timersImpl().clearImmediate(immediate);
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
};

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return loadPromises(); },
});
