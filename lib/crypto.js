'use strict';
// node:crypto — only its random API for now: randomBytes, randomFill(Sync),
// randomInt, randomUUID(v7), getRandomValues and webcrypto (without
// `subtle`). Hashes, ciphers, keys, signatures... are not built and are
// absent, not stubbed (README: compatibility notes).

const {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, randomUUIDv7,
} = require('internal/crypto/random');

let webcrypto;
const lazyWebCrypto = () => (webcrypto ??= require('internal/crypto/webcrypto').crypto);

function getRandomValues(array) {
  return lazyWebCrypto().getRandomValues(array);
}

module.exports = {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  randomUUIDv7,
};

// as in Node: read-only, non-configurable accessors
Object.defineProperties(module.exports, {
  webcrypto: { get: lazyWebCrypto, enumerable: true, configurable: false },
  getRandomValues: { get: () => getRandomValues, enumerable: true, configurable: false },
});
