'use strict';
// AssertionError and the messages Node builds for it: one-line "a !== b"
// for short primitives, a stacked "+ actual\n- expected" with a caret for
// longer ones, a Myers line diff of util.inspect output for objects, and
// the "not" operators' single inspection. Long outputs are cut unless the
// `diff: 'full'` option is given.

const { inspect } = require('internal/util/inspect');
const { colors } = require('internal/console/colors');
const { myersDiff, printMyersDiff, printSimpleMyersDiff } = require('internal/assert/myers_diff');

const kHeaders = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

const kShortLength = 12; // both sides together, quotes excluded
const kLongLength = 512;
const kFoldLines = 50;

// operators whose message is a diff even when a custom message is given
const kDiffOperators = new Set(['deepStrictEqual', 'strictEqual', 'partialDeepStrictEqual']);

const isObject = (v) => typeof v === 'object' && v !== null;
const isError = (v) => Error.isError(v) || v instanceof Error;

// A stand-in for an error in the message: its enumerable properties, message
// and cause, but no stack.
function errorStandIn(err) {
  const copy = Object.assign({ __proto__: Object.getPrototypeOf(err) }, err);
  Object.defineProperty(copy, 'message', { __proto__: null, value: err.message });
  if (Object.prototype.hasOwnProperty.call(err, 'cause')) {
    let cause = err.cause;
    if (isError(cause)) cause = errorStandIn(cause);
    Object.defineProperty(copy, 'cause', { __proto__: null, value: cause });
  }
  return copy;
}

// Fixed options: the user's inspect.defaultOptions must not hide anything.
function inspectValue(v) {
  return inspect(v, {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
    showHidden: false, showProxy: false, sorted: true, getters: true,
  });
}

// A caret under the first difference of two inspected strings.
function stackedDiff(actual, expected, bothStrings) {
  let out = `\n${colors.green}+${colors.white} ${actual}\n${colors.red}- ${colors.white}${expected}`;
  const width = process.stderr.isTTY ? process.stderr.columns : 80;
  if (bothStrings && actual.length + expected.length <= width) {
    for (let i = 0; i < actual.length; i++) {
      if (actual[i] !== expected[i]) {
        // the first characters (quote included) need no pointer
        if (i >= 3) out += `\n${' '.repeat(i + 2)}^`;
        break;
      }
    }
  }
  return out;
}

// One line each, at least one a primitive: { body, header } (header
// undefined keeps "+ actual - expected").
function singleLineDiff(actual, shownA, expected, shownE) {
  let length = shownA.length + shownE.length;
  if (typeof actual === 'string') length -= 2;
  if (typeof expected === 'string') length -= 2;
  if (length <= kShortLength && (actual !== 0 || expected !== 0)) {
    return { body: `${shownA} !== ${shownE}`, header: '' };
  }
  const bothStrings = typeof actual === 'string' && typeof expected === 'string';
  if (bothStrings && colors.hasColors) {
    const script = myersDiff(shownA.split(''), shownE.split(''));
    return {
      body: printSimpleMyersDiff(script),
      header: `${colors.green}actual${colors.white} ${colors.red}expected${colors.white}`,
    };
  }
  return { body: stackedDiff(shownA, shownE, bothStrings), header: undefined };
}

function diffMessage(actual, expected, operator, custom, diffMode) {
  if (operator === 'strictEqual' &&
      ((isObject(actual) && isObject(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const shownA = inspectValue(actual);
  const shownE = inspectValue(expected);
  const linesA = shownA.split('\n');
  const linesE = shownE.split('\n');
  let header = `${colors.green}+ actual${colors.white} ${colors.red}- expected${colors.white}`;
  let body;
  let skipped = false;
  if (linesA.length === 1 && linesE.length === 1 && (!isObject(actual) || !isObject(expected))) {
    const one = singleLineDiff(actual, linesA[0], expected, linesE[0]);
    body = one.body;
    if (one.header !== undefined) header = one.header;
  } else if (shownA === shownE) {
    operator = 'notIdentical';
    header = '';
    if (linesA.length > kFoldLines && diffMode !== 'full') {
      body = `${linesA.slice(0, kFoldLines).join('\n')}\n...}`;
      skipped = true;
    } else {
      body = shownA;
    }
  } else {
    const script = myersDiff(linesA, linesE, actual != null && typeof actual === 'object');
    const printed = printMyersDiff(script, operator);
    body = printed.message;
    skipped = printed.skipped;
    if (operator === 'partialDeepStrictEqual') {
      header = `${colors.gray}${colors.hasColors ? '' : '+ '}actual${colors.white} ${colors.red}- expected${colors.white}`;
    }
  }
  const title = custom || kHeaders[operator];
  return `${title}\n${header}${skipped ? '\n... Skipped lines' : ''}\n${body}\n`;
}

function notEqualMessage(actual, operator, diffMode) {
  let title = kHeaders[operator];
  const lines = inspectValue(actual).split('\n');
  if (operator === 'notStrictEqual' && (isObject(actual) || typeof actual === 'function')) {
    title = kHeaders.notStrictEqualObject;
  }
  if (lines.length > kFoldLines && diffMode !== 'full') {
    lines[46] = `${colors.blue}...${colors.white}`;
    lines.length = 47;
  }
  if (lines.length === 1) return `${title}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${title}\n\n${lines.join('\n')}\n`;
}

function cut(text, diffMode) {
  return text.length > kLongLength && diffMode !== 'full' ? `${text.slice(0, 509)}...` : text;
}

function otherMessage(actual, expected, operator, diffMode) {
  let shownA = inspectValue(actual);
  let shownE = inspectValue(expected);
  const title = kHeaders[operator];
  if (operator === 'notDeepEqual' && shownA === shownE) {
    let out = `${title}\n\n${shownA}`;
    if (out.length > 1024 && diffMode !== 'full') out = `${out.slice(0, 1021)}...`;
    return out;
  }
  shownA = cut(shownA, diffMode);
  shownE = cut(shownE, diffMode);
  if (operator === 'deepEqual') return `${title}\n\n${shownA}\n\nshould loosely deep-equal\n\n${shownE}`;
  const unequal = kHeaders[`${operator}Unequal`];
  if (unequal) return `${unequal}\n\n${shownA}\n\nshould not loosely deep-equal\n\n${shownE}`;
  return `${shownA} ${operator} ${shownE}`;
}

// At most ten lines or 512 characters of a long string property.
function shorten(text) {
  const lines = text.split('\n', 11);
  if (lines.length > 10) return `${lines.slice(0, 10).join('\n')}\n...`;
  if (text.length > kLongLength) return `${text.slice(kLongLength)}...`;
  return text;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, stackStartFn, details, stackStartFunction, diff = 'simple' } = options;
    let { actual, expected } = options;
    let text;
    if (message != null) {
      text = kDiffOperators.has(operator) ? diffMessage(actual, expected, operator, message, diff)
        : String(message);
    } else {
      colors.refresh(); // the environment may have changed since the last error
      if (isObject(actual) && isObject(expected) && 'stack' in actual && isError(actual) &&
          'stack' in expected && isError(expected)) {
        actual = errorStandIn(actual);
        expected = errorStandIn(expected);
      }
      if (kDiffOperators.has(operator)) {
        text = diffMessage(actual, expected, operator, undefined, diff);
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        text = notEqualMessage(actual, operator, diff);
      } else {
        text = otherMessage(actual, expected, operator, diff);
      }
    }
    super(text);

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', { __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    // format the stack now, while the name still carries the code
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
    this.diff = diff;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](depth, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = shorten(this.actual);
    if (typeof this.expected === 'string') this.expected = shorten(this.expected);
    // actual and expected at depth 0: the message already shows them
    const out = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = savedActual;
    this.expected = savedExpected;
    return out;
  }
}

module.exports = AssertionError;
