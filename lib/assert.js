'use strict';
// assert, assert.strict and the Assert class. Each check throws an
// AssertionError built by internal/assert/assertion_error; the message
// argument may be a string (with printf-style arguments), an Error to throw
// instead, or a function (actual, expected) => string.

const AssertionError = require('internal/assert/assertion_error');
const { inspect, format } = require('internal/util/inspect');
const { codes: {
  ERR_AMBIGUOUS_ARGUMENT, ERR_CONSTRUCT_CALL_REQUIRED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
  ERR_INVALID_RETURN_VALUE, ERR_MISSING_ARGS,
} } = require('internal/errors');
const { validateFunction, validateOneOf } = require('internal/validators');

let comparisons;
const lazyComparisons = () => (comparisons ??= require('internal/util/comparisons'));

const kOptions = Symbol('options');
const NO_EXCEPTION = {};

const isError = (v) => Error.isError(v) || v instanceof Error;
const isRegExp = (v) => {
  try {
    return Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call(v) !== undefined;
  } catch {
    return false;
  }
};
const regExpMatches = (re, str) => RegExp.prototype.exec.call(re, str) !== null;
const diffOf = (self) => self?.[kOptions]?.diff;

// Turns the message arguments into the error's message, or throws what
// they ask for. `messageArgs` is always an array.
function raise(info) {
  const args = info.message;
  let message;
  if (args.length === 0) {
    message = undefined;
  } else if (typeof args[0] === 'string') {
    message = args.length > 1 ? format(...args) : args[0];
  } else if (isError(args[0])) {
    if (args.length > 1) {
      throw new ERR_AMBIGUOUS_ARGUMENT('message', `The error message was passed as error object "${
        Error.prototype.toString.call(args[0])}" has trailing arguments that would be ignored.`);
    }
    throw args[0];
  } else if (typeof args[0] === 'function') {
    if (args.length > 1) {
      throw new ERR_AMBIGUOUS_ARGUMENT('message', `The error message with function "${
        args[0].name || 'anonymous'}" has trailing arguments that would be ignored.`);
    }
    try {
      message = args[0](info.actual, info.expected);
      if (typeof message !== 'string') message = undefined;
    } catch {
      message = undefined;
    }
  } else if (args[0] === undefined && info.noSource) {
    message = undefined; // the call's source could not be read
  } else {
    throw new ERR_INVALID_ARG_TYPE('message', ['string', 'function'], args[0]);
  }
  const err = new AssertionError({ ...info, message });
  if (info.generatedMessage !== undefined) err.generatedMessage = info.generatedMessage;
  throw err;
}

let callSourceOf;
function falsyMessage() {
  callSourceOf ??= require('internal/assert/source').callSourceOf;
  const source = callSourceOf();
  return source === undefined ? undefined : `The expression evaluated to a falsy value:\n\n  ${source}\n`;
}

function innerOk(fn, args) {
  if (args[0]) return;
  let generatedMessage = false;
  let message;
  let noSource = false;
  if (args.length === 0) {
    generatedMessage = true;
    message = ['No value argument passed to `assert.ok()`'];
  } else if (args.length === 1 || args[1] == null) {
    generatedMessage = true;
    message = [falsyMessage()];
    noSource = message[0] === undefined;
  } else {
    message = args.slice(1);
  }
  raise({ actual: args[0], expected: true, message, operator: '==', stackStartFn: fn,
    generatedMessage, noSource });
}

function Assert(options) {
  if (new.target === undefined) throw new ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  options = Object.assign({ __proto__: null, strict: true, skipPrototype: false }, options);
  if (options.diff !== undefined) validateOneOf(options.diff, 'options.diff', ['simple', 'full']);
  this.AssertionError = AssertionError;
  Object.defineProperty(this, kOptions, { value: options, enumerable: false, configurable: false, writable: false });
  if (options.strict) {
    this.equal = this.strictEqual;
    this.deepEqual = this.deepStrictEqual;
    this.notEqual = this.notStrictEqual;
    this.notDeepEqual = this.notDeepStrictEqual;
  }
}

const proto = Assert.prototype;

proto.fail = function fail(message) {
  if (isError(message)) throw message;
  const internal = message === undefined;
  const err = new AssertionError({ operator: 'fail', stackStartFn: fail,
    message: internal ? 'Failed' : message, diff: diffOf(this) });
  if (internal) err.generatedMessage = true;
  throw err;
};

proto.ok = function ok(...args) {
  innerOk(ok, args);
};

function twoArgs(n) {
  if (n < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

proto.equal = function equal(actual, expected, ...message) {
  twoArgs(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    raise({ actual, expected, message, operator: '==', stackStartFn: equal, diff: diffOf(this) });
  }
};

proto.notEqual = function notEqual(actual, expected, ...message) {
  twoArgs(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    raise({ actual, expected, message, operator: '!=', stackStartFn: notEqual, diff: diffOf(this) });
  }
};

proto.deepEqual = function deepEqual(actual, expected, ...message) {
  twoArgs(arguments.length);
  if (!lazyComparisons().isDeepEqual(actual, expected)) {
    raise({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual, diff: diffOf(this) });
  }
};

proto.notDeepEqual = function notDeepEqual(actual, expected, ...message) {
  twoArgs(arguments.length);
  if (lazyComparisons().isDeepEqual(actual, expected)) {
    raise({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual, diff: diffOf(this) });
  }
};

proto.deepStrictEqual = function deepStrictEqual(actual, expected, ...message) {
  twoArgs(arguments.length);
  if (!lazyComparisons().isDeepStrictEqual(actual, expected, this?.[kOptions]?.skipPrototype)) {
    raise({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual,
      diff: diffOf(this) });
  }
};

proto.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, ...message) {
  twoArgs(arguments.length);
  if (lazyComparisons().isDeepStrictEqual(actual, expected, this?.[kOptions]?.skipPrototype)) {
    raise({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual,
      diff: diffOf(this) });
  }
};

proto.strictEqual = function strictEqual(actual, expected, ...message) {
  twoArgs(arguments.length);
  if (!Object.is(actual, expected)) {
    raise({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual, diff: diffOf(this) });
  }
};

proto.notStrictEqual = function notStrictEqual(actual, expected, ...message) {
  twoArgs(arguments.length);
  if (Object.is(actual, expected)) {
    raise({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual,
      diff: diffOf(this) });
  }
};

proto.partialDeepStrictEqual = function partialDeepStrictEqual(actual, expected, ...message) {
  twoArgs(arguments.length);
  if (!lazyComparisons().isPartialStrictEqual(actual, expected)) {
    raise({ actual, expected, message, operator: 'partialDeepStrictEqual',
      stackStartFn: partialDeepStrictEqual, diff: diffOf(this) });
  }
};

// --- throws / rejects ---

// The properties of an object under comparison, for the diff of a failed
// validation object (a RegExp that matched shows the matched string).
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (!(key in obj)) continue;
      if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
          regExpMatches(obj[key], actual[key])) {
        this[key] = actual[key];
      } else {
        this[key] = obj[key];
      }
    }
  }
}

// Where an assertion error's stack starts. rejects/doesNotReject fail after an
// await, when the engine knows no async callers: their own (resumed) frame is
// then the only one left, so the stack starts below it rather than above.
function stackStart(fn) {
  if (fn === proto.rejects) return expectError;
  if (fn === proto.doesNotReject) return expectNoError;
  return fn;
}

function compareErrorKey(self, actual, expected, key, message, keys, fn) {
  if (key in actual && lazyComparisons().isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys), expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual', stackStartFn: stackStart(fn), diff: diffOf(self),
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  raise({ actual, expected, message: [message], operator: fn.name, stackStartFn: stackStart(fn), diff: diffOf(self) });
}

function checkError(self, actual, expected, message, fn) {
  let generated = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (regExpMatches(expected, str)) return;
      if (!message) {
        generated = true;
        message = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual',
        stackStartFn: stackStart(fn), diff: diffOf(self) });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) keys.push('name', 'message');
      else if (keys.length === 0) throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) && regExpMatches(expected[key], actual[key])) {
          continue;
        }
        compareErrorKey(self, actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generated = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        message += expected.name === name ? 'an error with identical name but a different prototype.'
          : `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const res = Function.prototype.call.call(expected, {}, actual);
    if (res === true) return;
    if (!message) {
      generated = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: stackStart(fn),
    diff: diffOf(self) });
  err.generatedMessage = generated;
  throw err;
}

function runForError(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(v) {
  return v instanceof Promise ||
    (v !== null && typeof v === 'object' && typeof v.then === 'function' && typeof v.catch === 'function');
}

async function waitForError(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectError(self, fn, actual, error, message, argCount) {
  if (typeof error === 'string') {
    if (argCount === 4) throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = error?.name ? ` (${error.name})` : '';
    details += message ? `: ${message}` : '.';
    const what = fn === proto.rejects ? 'rejection' : 'exception';
    raise({ actual: undefined, expected: error, operator: fn.name,
      message: [`Missing expected ${what}${details}`], stackStartFn: stackStart(fn), diff: diffOf(self) });
  }
  if (error) checkError(self, actual, error, message, fn);
}

function errorMatches(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return regExpMatches(expected, String(actual));
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Function.prototype.call.call(expected, {}, actual) === true;
}

function expectNoError(self, fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || errorMatches(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const what = fn === proto.doesNotReject ? 'rejection' : 'exception';
    raise({ actual, expected: error, operator: fn.name,
      message: [`Got unwanted ${what}${details}\nActual message: "${actual?.message}"`],
      stackStartFn: stackStart(fn), diff: diffOf(self) });
  }
  throw actual;
}

proto.throws = function throws(promiseFn, ...args) {
  expectError(undefined, throws, runForError(promiseFn), args[0], args[1], args.length + 2);
};

proto.rejects = async function rejects(promiseFn, ...args) {
  expectError(undefined, rejects, await waitForError(promiseFn), args[0], args[1], args.length + 2);
};

proto.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectNoError(undefined, doesNotThrow, runForError(fn), ...args);
};

proto.doesNotReject = async function doesNotReject(fn, ...args) {
  expectNoError(undefined, doesNotReject, await waitForError(fn), ...args);
};

proto.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message,
    stackStartFn: ifError, diff: diffOf(this) });
  // the new stack: its own frames down to where the original's begin, then the original's
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const at = origStack.indexOf('\n    at');
    if (at !== -1) {
      const origFrames = origStack.slice(at + 1).split('\n');
      let ownFrames = newErr.stack.split('\n');
      for (const frame of origFrames) {
        const pos = ownFrames.indexOf(frame);
        if (pos !== -1) {
          ownFrames = ownFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${ownFrames.join('\n')}\n${origFrames.join('\n')}`;
    }
  }
  throw newErr;
};

function checkMatch(self, string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wantMatch = fn === proto.match;
  if (typeof string === 'string' && regExpMatches(regexp, string) === wantMatch) return;
  const generatedMessage = message.length === 0;
  if (!message[0]) {
    message[0] = typeof string !== 'string'
      ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
      : `${wantMatch ? 'The input did not match the regular expression '
        : 'The input was expected to not match the regular expression '}${inspect(regexp)}. Input:\n\n${
        inspect(string)}\n`;
  }
  raise({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn,
    diff: diffOf(self), generatedMessage });
}

proto.match = function match(string, regexp, ...message) {
  checkMatch(this, string, regexp, message, match);
};

proto.doesNotMatch = function doesNotMatch(string, regexp, ...message) {
  checkMatch(this, string, regexp, message, doesNotMatch);
};

// --- the module ---

function assert(...args) {
  innerOk(assert, args);
}

function strict(...args) {
  innerOk(strict, args);
}

assert.AssertionError = AssertionError;
for (const name of ['ok', 'fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
  'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'match',
  'doesNotMatch', 'throws', 'rejects', 'doesNotThrow', 'doesNotReject', 'ifError']) {
  assert[name] = proto[name];
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.Assert = Assert;
assert.strict.strict = assert.strict;
assert.Assert = Assert;

module.exports = assert;
