'use strict';
// util.promisify, and the internal key by which a callback API names the
// values it resolves with (child_process.exec resolves { stdout, stderr }).

const { validateFunction } = require('internal/validators');
const { isPromise } = require('internal/util/types');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
// fn[customPromisifyArgs] = ['stdout', 'stderr']: the promise resolves with an
// object of the callback's values under these names instead of the first one.
const { kCustomPromisifyArgs: customPromisifyArgs } = require('internal/util/promisify_args');

function promisify(original) {
  validateFunction(original, 'original');
  const custom = original[kCustomPromisify];
  if (custom) {
    validateFunction(custom, 'util.promisify.custom');
    return Object.defineProperty(custom, kCustomPromisify, {
      value: custom, enumerable: false, writable: false, configurable: true,
    });
  }
  const names = original[customPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (names === undefined || values.length <= 1) return resolve(values[0]);
        const obj = {};
        for (let i = 0; i < names.length; i++) obj[names[i]] = values[i];
        resolve(obj);
      });
      if (isPromise(Reflect.apply(original, this, args))) {
        process.emitWarning('Calling promisify on a function that returns a Promise is likely a mistake.',
          'DeprecationWarning', 'DEP0174');
      }
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  return Object.defineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisify;

module.exports = { promisify, customPromisifyArgs };
