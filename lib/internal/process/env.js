'use strict';
// process.env: a Proxy over the native environment object (src/bind/env.c)
// so that descriptors, symbols and defineProperty behave as in Node:
// every variable is a writable, enumerable, configurable string; symbol
// keys cannot be stored; values are converted to strings.

function defineError(message) {
  const { E, codes } = require('internal/errors');
  if (codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY === undefined) {
    E('ERR_INVALID_OBJECT_DEFINE_PROPERTY', '%s', TypeError);
  }
  return new codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY(message);
}

function symbolToString() {
  return new TypeError('Cannot convert a Symbol value to a string');
}

function makeEnv(store) {
  const target = {};
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === 'symbol') return Reflect.get(t, key);
      const value = store[key];
      return value !== undefined ? value : Reflect.get(t, key);
    },
    set(t, key, value) {
      if (typeof key === 'symbol' || typeof value === 'symbol') throw symbolToString();
      store[key] = value;
      return true;
    },
    has(t, key) {
      if (typeof key === 'symbol') return Reflect.has(t, key);
      return key in store || Reflect.has(t, key);
    },
    deleteProperty(t, key) {
      if (typeof key !== 'symbol') delete store[key];
      return true;
    },
    ownKeys() {
      return Reflect.ownKeys(store);
    },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key === 'symbol') return undefined;
      const value = store[key];
      if (value === undefined) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(t, key, desc) {
      if ('get' in desc || 'set' in desc) {
        throw defineError(
          "'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      if (!desc.configurable || !desc.writable || !desc.enumerable) {
        throw defineError(
          "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
      }
      if (typeof key === 'symbol' || typeof desc.value === 'symbol') throw symbolToString();
      store[key] = desc.value;
      return true;
    },
  });
}

module.exports = { makeEnv };
