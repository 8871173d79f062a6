'use strict';
// One implementation of each fs operation, three ways to run it. An
// operation is a generator (lib/internal/fs/ops.js) that validates its
// arguments, then yields binding calls as [fn, ...args] and receives each
// call's raw value (a result or a negative libuv code). runSync makes the
// calls directly (fs.*Sync); runCallback and runPromise make them on
// libuv's thread pool (the binding's last argument is then its completion
// callback) and resume the generator when each completes.

const { codes } = require('internal/errors');

// A uv error made by an operation gets its stack from the public function,
// as Node's errors thrown from C++ do.
function isUvError(e) {
  return e instanceof Error && typeof e.errno === 'number' && typeof e.syscall === 'string';
}

// A system error that completes asynchronously carries no JavaScript
// frames in Node (it is made in C++ outside any): its stack is the
// message line alone.
function dropFrames(err) {
  Object.defineProperty(err, 'stack', {
    value: `${err.name}: ${err.message}`,
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

function runSync(gen, fn) {
  let value;
  try {
    for (;;) {
      const step = gen.next(value);
      if (step.done) return step.value;
      const call = step.value;
      value = call.length === 1 ? call[0]() : call[0](...call.slice(1));
    }
  } catch (e) {
    if (fn !== undefined && isUvError(e)) Error.captureStackTrace(e, fn);
    throw e;
  }
}

// Starts one binding call asynchronously; `then` gets its raw value. A call
// that could not start returns its error code at once: deliver it later all
// the same.
function issue(call, then) {
  const r = call[0](...call.slice(1), then);
  if (r !== undefined) process.nextTick(then, r);
}

// Resumes gen with value; `done(err, result)` gets the outcome. A throw from
// done itself (the user's callback) escapes to the caller: the completion
// path treats it as uncaught, as Node does.
function resume(gen, value, done) {
  let step;
  try {
    step = gen.next(value);
  } catch (e) {
    if (isUvError(e)) dropFrames(e);
    done(e);
    return;
  }
  if (step.done) {
    done(null, step.value);
    return;
  }
  issue(step.value, (r) => resume(gen, r, done));
}

// Callback form: errors thrown before the first binding call (argument
// validation) throw at the call site; everything after reaches `cb`, never
// synchronously.
function runCallback(gen, cb) {
  const step = gen.next();
  if (step.done) {
    process.nextTick(cb, null, step.value);
    return;
  }
  issue(step.value, (r) => resume(gen, r, cb));
}

// Promise form: like an async function, validation errors reject too.
function runPromise(gen) {
  return new Promise((resolve, reject) => {
    resume(gen, undefined, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

// The callback a public callback-form function was given, checked as Node
// checks it.
function makeCallback(cb) {
  if (typeof cb !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('cb', 'Function', cb);
  return cb;
}

module.exports = { runSync, runCallback, runPromise, makeCallback };
