'use strict';
// util.parseEnv: the dotenv parser behind --env-file and process.loadEnvFile
// (src/cli/dotenv.c), with the keys in Node's order.

const { validateString } = require('internal/validators');

// UTF-8 byte order, which is code point order: Node keeps the keys sorted.
function byCodePoint(a, b) {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done === y.done ? 0 : x.done ? -1 : 1;
    const d = x.value.codePointAt(0) - y.value.codePointAt(0);
    if (d !== 0) return d;
  }
}

function parseEnv(content) {
  validateString(content, 'content');
  const parsed = internalBinding('process').parseEnv(content);
  const out = { __proto__: null };
  for (const key of Object.keys(parsed).sort(byCodePoint)) out[key] = parsed[key];
  return out;
}

module.exports = { parseEnv };
