'use strict';
// The Web Crypto object (globalThis.crypto, require('crypto').webcrypto):
// a Crypto with getRandomValues and randomUUID. SubtleCrypto is not built,
// so `subtle` is absent (README: compatibility notes).

const { fillNow, randomUUID: makeUUID } = require('internal/crypto/random');
const { isArrayBufferView } = require('internal/util/types');

let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);

let constructing = false;
const kBrand = new WeakSet();

class Crypto {
  constructor() {
    if (!constructing) throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
    kBrand.add(this);
  }

  getRandomValues(array) {
    if (!kBrand.has(this)) throw new (codes().ERR_INVALID_THIS)('Crypto');
    if (arguments.length < 1) {
      throw webidlError("Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.",
        'ERR_MISSING_ARGS');
    }
    if (!isArrayBufferView(array)) {
      throw webidlError("Failed to execute 'getRandomValues' on 'Crypto': 1st argument is not an ArrayBufferView.",
        'ERR_INVALID_ARG_TYPE');
    }
    if (!integerTypes.check(array)) {
      const { DOMException } = require('internal/per_context/domexception');
      throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    if (array.byteLength > 65536) {
      const { QuotaExceededError } = require('internal/per_context/domexception');
      throw new QuotaExceededError('The requested length exceeds 65,536 bytes');
    }
    fillNow(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    return array;
  }

  randomUUID() {
    if (!kBrand.has(this)) throw new (codes().ERR_INVALID_THIS)('Crypto');
    return makeUUID();
  }
}

// the typed arrays getRandomValues fills (WebCrypto: integer types only);
// the tag is read through the intrinsic getter, so a subclass (Buffer) counts
const integerTypes = new Set(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
  'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'].map((n) => `[object ${n}]`));
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
integerTypes.check = (v) => integerTypes.has(`[object ${Reflect.apply(typedArrayTag, v, [])}]`);

function webidlError(message, code) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

// WebIDL: methods are enumerable, the class tag is 'Crypto'
for (const name of ['getRandomValues', 'randomUUID']) {
  Object.defineProperty(Crypto.prototype, name, { enumerable: true });
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  value: 'Crypto', writable: false, enumerable: false, configurable: true,
});

constructing = true;
const crypto = new Crypto();
constructing = false;

module.exports = { Crypto, crypto };
