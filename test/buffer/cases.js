'use strict';
// The table-test helper of test/buffer: check(expression, expected) evaluates
// the expression (in this module's scope, which has the buffer, util and
// string_decoder names) and compares a printable form of its result, or of
// the error it throws, with what Node gives; done() fails the test if any
// case differed.
const assert = require('assert');
const { Buffer, transcode, isUtf8, isAscii, isLatin1, kMaxLength, kStringMaxLength, constants } = require('buffer');
const util = require('util');
const { StringDecoder } = require('string_decoder');

function show(v) {
  if (v instanceof Uint8Array) {
    return `${v.constructor.name}[${Array.from(v, (x) => x.toString(16).padStart(2, '0')).join(' ')}]`;
  }
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (v && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

// A test whose expressions use its own helpers evaluates them in its own
// scope: useEvaluator((src) => eval(`(${src})`)).
let evaluate = (src) => eval(`(${src})`);
function useEvaluator(fn) {
  evaluate = fn;
}

function run(src) {
  try {
    return show(evaluate(src));
  } catch (e) {
    // engine messages differ for engine errors; Node's own errors have codes
    return e.code !== undefined ? `throws ${e.name} ${e.code} ${e.message}` : `throws ${e.name}`;
  }
}

let failures = 0;
function check(src, expected) {
  const actual = run(src);
  if (actual !== expected) {
    failures++;
    console.log(`FAIL ${src}\n  expected ${expected}\n  actual   ${actual}`);
  }
}

function done() {
  assert.strictEqual(failures, 0);
}

module.exports = { check, done, useEvaluator };
