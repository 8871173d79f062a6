'use strict';
// AssertionError and the messages assert builds for it. (The exact diff
// layout of Node's messages is issue 3's work; this is a faithful subset.)

const { inspect } = require('internal/util/inspect');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values identical but not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

function inspectValue(v) {
  return inspect(v, { compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
    breakLength: Infinity, sorted: true, getters: true });
}

// Line diff by longest common subsequence: '+' actual, '-' expected.
function diffLines(actualLines, expectedLines) {
  const n = actualLines.length;
  const m = expectedLines.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = actualLines[i] === expectedLines[j] ? lcs[i + 1][j + 1] + 1
        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && actualLines[i] === expectedLines[j]) {
      out.push(`  ${actualLines[i]}`);
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      out.push(`+ ${actualLines[i]}`);
      i++;
    } else {
      out.push(`- ${expectedLines[j]}`);
      j++;
    }
  }
  return out.join('\n');
}

function createErrDiff(actual, expected, operator) {
  const a = inspectValue(actual).split('\n');
  const e = inspectValue(expected).split('\n');
  let header = kReadableOperator[operator];
  if (operator === 'strictEqual' && typeof actual === 'object' && actual !== null &&
      typeof expected === 'object' && expected !== null) {
    header = kReadableOperator.strictEqualObject;
  }
  if (a.length === 1 && e.length === 1 && a[0] !== e[0] &&
      (typeof actual !== 'object' || actual === null) &&
      (typeof expected !== 'object' || expected === null) &&
      a[0].length + e[0].length <= 60) {
    return `${header}\n\n${a[0]} !== ${e[0]}\n`;
  }
  return `${header}\n+ actual - expected\n\n${diffLines(a, e)}\n`;
}

class AssertionError extends Error {
  constructor(options) {
    if (typeof options !== 'object' || options === null) {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;
    let msg;
    if (message != null) {
      msg = String(message);
    } else if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
               operator === 'deepEqual' || operator === 'partialDeepStrictEqual') {
      msg = createErrDiff(actual, expected, operator === 'partialDeepStrictEqual' ? 'deepStrictEqual' : operator);
    } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual' ||
               operator === 'notDeepEqual') {
      let base = kReadableOperator[operator];
      if (operator === 'notStrictEqual' && typeof actual === 'object' && actual !== null)
        base = kReadableOperator.notStrictEqualObject;
      const res = inspectValue(actual).split('\n');
      msg = res.length === 1 && res[0].length < 60 && (typeof actual !== 'object' || actual === null)
        ? `${base} ${res[0]}` : `${base}\n\n${res.join('\n')}\n`;
    } else {
      let res = inspectValue(actual);
      let other = inspectValue(expected);
      const knownOperator = kReadableOperator[operator];
      if (operator === 'deepEqual') {
        res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
      } else {
        const newOp = knownOperator ? `${knownOperator}\n\n${res}\n\nshould equal\n\n` : `${res} ${operator} `;
        res = newOp;
      }
      if (res.length + other.length > 512) other = `${other.slice(0, 509)}...`;
      msg = `${res}${other}`;
    }
    const limit = Error.stackTraceLimit;
    super(msg);
    this.generatedMessage = message == null;
    Object.defineProperty(this, 'name', { value: 'AssertionError', enumerable: false, writable: true, configurable: true });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    void limit;
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(this, stackStartFn || this.constructor);
    delete this.name;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}
AssertionError.prototype.name = 'AssertionError';

module.exports = AssertionError;
