'use strict';
// node:test's `mock`: mock functions (a Proxy over the original that
// records each call and runs the current implementation), methods,
// getters and setters replaced on an object, and restoring them.

const {
  validateFunction, validateObject, validateInteger, validateBoolean,
} = require('internal/validators');
const { codes } = require('internal/errors');

const kDefault = function() {};

function validateTimes(value, name) {
  if (value === Infinity) return;
  validateInteger(value, name, 1);
}

class MockFunctionContext {
  #calls = [];
  #impl;
  #once = new Map();
  #restore;
  #times;
  #callsSinceTimes = 0;

  constructor(implementation, restore, times) {
    this.#impl = implementation;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() {
    return this.#calls.slice();
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#impl = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const next = this.#calls.length;
    const call = onCall ?? next;
    validateInteger(call, 'onCall', next);
    this.#once.set(call, implementation);
  }

  resetCalls() {
    this.#calls = [];
  }

  restore() {
    const r = this.#restore;
    if (r.object !== undefined) {
      Object.defineProperty(r.object, r.name, r.descriptor);
    } else {
      this.#impl = r.original;
    }
  }

  // The implementation for the call about to happen.
  nextImpl() {
    const call = this.#calls.length;
    const once = this.#once.get(call);
    const impl = once ?? this.#impl;
    this.#once.delete(call);
    if (++this.#callsSinceTimes === this.#times) {
      // after `times` calls the original takes over
      this.#impl = this.#restore.original;
    }
    return impl;
  }

  track(record) {
    this.#calls.push(record);
  }
}

function makeMock(ctx, original) {
  return new Proxy(original, {
    get(target, property, receiver) {
      if (property === 'mock') return ctx;
      return Reflect.get(target, property, receiver);
    },
    apply(target, thisArg, args) {
      const fn = ctx.nextImpl();
      let result;
      let error;
      try {
        result = Reflect.apply(fn, thisArg, args);
      } catch (err) {
        error = err;
        throw err;
      } finally {
        ctx.track({
          arguments: args, error, result, stack: new Error(), target: undefined, this: thisArg,
        });
      }
      return result;
    },
    construct(target, args, newTarget) {
      const fn = ctx.nextImpl();
      let result;
      let error;
      try {
        result = Reflect.construct(fn, args, newTarget);
      } catch (err) {
        error = err;
        throw err;
      } finally {
        ctx.track({
          arguments: args, error, result, stack: new Error(), target: fn, this: result,
        });
      }
      return result;
    },
  });
}

function findDescriptor(object, name) {
  for (let o = object; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d !== undefined) return d;
  }
  return undefined;
}

class MockTracker {
  #mocks = [];

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times = Infinity } = options;
    validateTimes(times, 'options.times');
    const ctx = new MockFunctionContext(implementation, { original }, times);
    this.#mocks.push(ctx);
    return makeMock(ctx, original);
  }

  method(object, methodName, implementation = kDefault, options = {}) {
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new codes.ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new codes.ERR_INVALID_ARG_TYPE('object', 'object', object);
    }
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefault;
    }
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { getter = false, setter = false, times = Infinity } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    validateTimes(times, 'options.times');
    if (getter && setter) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.setter', setter,
        "cannot be used with 'options.getter'");
    }
    const descriptor = findDescriptor(object, methodName);
    let original;
    if (getter) original = descriptor?.get;
    else if (setter) original = descriptor?.set;
    else original = descriptor?.value;
    if (typeof original !== 'function') {
      throw new codes.ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    const impl = implementation === kDefault ? original : implementation;
    const ctx = new MockFunctionContext(impl, {
      original, object, name: methodName, descriptor,
    }, times);
    this.#mocks.push(ctx);
    const mock = makeMock(ctx, original);
    const d = { configurable: descriptor.configurable, enumerable: descriptor.enumerable };
    if (getter) {
      d.get = mock;
      d.set = descriptor.set;
    } else if (setter) {
      d.get = descriptor.get;
      d.set = mock;
    } else {
      d.writable = descriptor.writable;
      d.value = mock;
    }
    Object.defineProperty(object, methodName, d);
    return mock;
  }

  getter(object, methodName, implementation = kDefault, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefault;
    } else {
      validateObject(options, 'options');
    }
    const { getter = true } = options;
    if (getter === false) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.getter', getter,
        'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, getter });
  }

  setter(object, methodName, implementation = kDefault, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefault;
    } else {
      validateObject(options, 'options');
    }
    const { setter = true } = options;
    if (setter === false) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.setter', setter,
        'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, setter });
  }

  get timers() {
    if (this.#timers === undefined) {
      const { MockTimers } = require('internal/test_runner/mock/mock_timers');
      this.#timers = new MockTimers();
    }
    return this.#timers;
  }

  #timers;

  reset() {
    this.restoreAll();
    this.#timers?.reset();
    this.#mocks = [];
  }

  restoreAll() {
    for (const ctx of this.#mocks) ctx.restore();
  }
}

module.exports = { MockTracker, MockFunctionContext };
