'use strict';
// The timers module: setTimeout/setInterval/setImmediate and their clears.

let impl;
const lazy = () => (impl ??= require('internal/timers'));
const { validateFunction } = require('internal/validators');

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default:
      args = [arg1, arg2, arg3];
      for (let i = 5; i < arguments.length; i++) args[i - 2] = arguments[i];
  }
  const timeout = new (lazy().Timeout)(callback, after, args, false, true);
  lazy().insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default:
      args = [arg1, arg2, arg3];
      for (let i = 5; i < arguments.length; i++) args[i - 2] = arguments[i];
  }
  const timeout = new (lazy().Timeout)(callback, repeat, args, true, true);
  lazy().insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) {
  lazy().clearTimeout(timer);
}

function clearInterval(timer) {
  // clearTimeout and clearInterval can be used to clear either kind
  if (timer && timer._idleTimeout) {
    timer._repeat = null;
  }
  lazy().clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: break;
    case 2: args = [arg1]; break;
    case 3: args = [arg1, arg2]; break;
    default:
      args = [arg1, arg2, arg3];
      for (let i = 4; i < arguments.length; i++) args[i - 1] = arguments[i];
  }
  return new (lazy().Immediate)(callback, args);
}

function clearImmediate(immediate) {
  lazy().clearImmediate(immediate);
}

module.exports = {
  setTimeout, clearTimeout, setImmediate, clearImmediate, setInterval, clearInterval,
  _unrefActive(t) { return lazy().unrefActive(t); },
  active(t) { return lazy().active(t); },
  unenroll(t) { return lazy().unenroll(t); },
};
