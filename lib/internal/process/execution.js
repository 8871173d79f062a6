'use strict';
// The uncaught-exception path: 'uncaughtExceptionMonitor', the capture
// callback or 'uncaughtException' listeners; otherwise 'exit', the report
// Node prints (source line and caret, the error as util.inspect shows it,
// the version line) and exit code 1 (7 when a handler itself throws).

const { reallyExit } = internalBinding('process');
const { writeString } = internalBinding('fs');
const stackApi = require('internal/errors/stack');

const {
  setUncaughtExceptionCaptureCallback, hasUncaughtExceptionCaptureCallback, getCaptureCallback,
} = require('internal/process/object');

function isNativeError(v) {
  if (v === null || typeof v !== 'object') return false;
  const isError = globalThis.Error.isError;
  return typeof isError === 'function' ? isError(v) : v instanceof globalThis.Error;
}

// --- the source line and caret ---

const kArrow = Symbol('kArrow'); // a report's source block, fixed by its maker

function readSource(url) {
  try {
    if (url === '[eval]') return internalBinding('process').evalSource;
    if (url.startsWith('node:')) return internalBinding('builtins').source(url.slice(5));
    if (url.startsWith('file:')) url = require('internal/modules/url_path').fileURLToPath(url);
    if (url[0] !== '/') return undefined;
    return internalBinding('fs').readFileUtf8(url);
  } catch {
    return undefined;
  }
}

const identChar = /[\w$]/;

// The engine places a call's column at its "(" and a property read's at its
// "."; V8 marks `new X(` at `new`, `a.b(` at `b` and `a.b` at `b`.
function v8Column(src, col) {
  let i = col - 1;
  const c = src[i];
  if (c === '.') return col + 1;
  if (c !== '(') return col;
  let j = i - 1;
  while (j >= 0 && src[j] === ' ') j--;
  let end = j;
  while (j >= 0 && identChar.test(src[j])) j--;
  const nameStart = j + 1;
  if (nameStart > end) return col;
  // walk back over a dotted chain to look for `new`
  let k = nameStart - 1;
  while (k >= 0 && (identChar.test(src[k]) || src[k] === '.')) k--;
  let m = k;
  while (m >= 0 && src[m] === ' ') m--;
  if (m >= 2 && src.slice(m - 2, m + 1) === 'new' && (m < 3 || !identChar.test(src[m - 3]))) {
    return m - 1;
  }
  end = nameStart;
  return end + 1;
}

// Where a sync throw happened: the engine does not say, so take the line
// the error was made on and, when that line has a `throw`, point at it.
function throwColumn(src, col) {
  const re = /\bthrow\b/g;
  let best = -1;
  let after = -1;
  let m;
  while ((m = re.exec(src)) !== null) {
    if (m.index < col) best = m.index;
    else if (after < 0) after = m.index;
  }
  if (best >= 0) return best + 1;
  if (after >= 0) return after + 1;
  return -1;
}

function sourceBlock(err, fromPromise) {
  if (err !== null && typeof err === 'object') {
    const fixed = err[kArrow];
    if (typeof fixed === 'string') return fixed;
  }
  let site = stackApi.errorSite(err);
  if (site === undefined) return '';
  let text;
  // --enable-source-maps: the original source's line, when the map has it
  const original = require('internal/options').getOptionValue('--enable-source-maps') === true ?
    require('internal/source_map/source_map_cache').findOriginal(site.url, site.line, site.col) : undefined;
  if (original?.content !== undefined) {
    site = original;
    text = original.content;
  } else {
    text = readSource(site.url);
  }
  if (text === undefined) return '';
  const line = text.split('\n')[site.line - 1];
  if (line === undefined) return '';
  let col = v8Column(line, site.col);
  if (!fromPromise) {
    const t = throwColumn(line, col);
    if (t > 0) col = t;
  }
  let caret = '';
  for (let i = 0; i < col - 1 && i < line.length; i++) caret += line[i] === '\t' ? '\t' : ' ';
  return `${site.url}:${site.line}\n${line}\n${caret}^\n`;
}

// A SyntaxError from compiling `source` (named `filename`): the engine
// gives the line but no usable column, and leaves line/column/sourceURL on
// the error, which Node's errors don't have. The report's source block is
// fixed here; the caret goes under the token the message names, if any.
function decorateSyntaxError(err, filename, source) {
  if (!(err instanceof SyntaxError) || err[kArrow] !== undefined) return err;
  const own = (k) => Object.prototype.hasOwnProperty.call(err, k);
  // thrown while running the code (JSON.parse...), not while compiling it:
  // the engine's frames then name the file
  const stack = Object.getOwnPropertyDescriptor(err, 'stack');
  if (stack !== undefined && typeof stack.value === 'string' &&
      stack.value.includes(`@${filename}:`)) return err;
  const lineNo = own('line') ? err.line : undefined;
  for (const k of ['line', 'column', 'sourceURL']) if (own(k)) delete err[k];
  if (typeof lineNo !== 'number' || typeof source !== 'string') return err;
  const line = source.split('\n')[lineNo - 1];
  if (line === undefined) return err;
  let col = -1;
  const m = /'([^']+)'/.exec(err.message);
  if (m !== null) {
    // the name as a whole word (no lookbehind: the engine would load ICU)
    const word = /^[\w$]+$/.test(m[1]) ? new RegExp(`(^|[^\\w$])${m[1].replace(/\$/g, '\\$')}(?![\\w$])`) : null;
    const w = word !== null ? word.exec(line) : null;
    col = word === null ? line.indexOf(m[1]) : w === null ? -1 : w.index + w[1].length;
  }
  if (col < 0) col = line.search(/\S/);
  if (col < 0) col = 0;
  let caret = '';
  for (let i = 0; i < col; i++) caret += line[i] === '\t' ? '\t' : ' ';
  Object.defineProperty(err, kArrow, {
    value: `${filename}:${lineNo}\n${line}\n${caret}^\n`, enumerable: false, configurable: true,
  });
  return err;
}

// --- the report ---

function inspectError(err) {
  const { inspect } = require('internal/util/inspect');
  return inspect(err, { customInspect: false, depth: Math.max(inspect.defaultOptions.depth, 5) });
}

function valueText(v) {
  if (typeof v === 'symbol') return '';
  try {
    return String(v);
  } catch {
    return '<toString() threw exception>';
  }
}

function report(err, fromPromise) {
  let out = '';
  let block = '';
  try {
    block = sourceBlock(err, fromPromise);
  } catch {
    block = '';
  }
  if (isNativeError(err)) {
    let text;
    try {
      text = inspectError(err);
    } catch {
      text = valueText(stackApi.toV8Stack(err));
    }
    out = block ? `${block}\n${text}\n` : `${text}\n`;
  } else {
    if (block) out = `\n${block}`;
    if (err !== null && (typeof err === 'object' || typeof err === 'function')) {
      let text;
      try {
        text = inspectError(err);
      } catch {
        text = valueText(err);
      }
      out += `${text}\n`;
    } else {
      const argv0 = typeof process.argv0 === 'string' && process.argv0 ? process.argv0 : 'node';
      const base = argv0.slice(argv0.lastIndexOf('/') + 1) || 'node';
      out += `${valueText(err)}\n` +
        `(Use \`${base} --trace-uncaught ...\` to show where the exception was thrown)\n`;
    }
  }
  writeString(2, `${out}\nNode.js ${process.version}\n`);
}

function exitCodeNow() {
  const code = process.exitCode;
  return code === undefined || code === null ? 1 : (code | 0);
}

// An exception nothing handled: 'exit' (its listeners' errors are
// ignored), the report, then exit with process.exitCode (1 unless a
// listener changed it).
function fatal(err, fromPromise) {
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch {
    // Node ignores it too
  }
  report(err, fromPromise);
  reallyExit(exitCodeNow());
}

let noop;
function triggerUncaughtException(err, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  let handled;
  try {
    process.emit('uncaughtExceptionMonitor', err, type);
    const captureFn = getCaptureCallback();
    if (captureFn !== null) {
      captureFn(err);
      handled = true;
    } else {
      handled = process.emit('uncaughtException', err, type);
    }
  } catch (inner) {
    // a handler threw: report that one and leave with 7, no 'exit'
    report(inner, false);
    reallyExit(7);
    return;
  }
  if (!handled) {
    fatal(err, fromPromise);
    return;
  }
  // keep the loop turning once more, as Node does after a handled error
  if (noop === undefined) noop = () => {};
  require('timers').setImmediate(noop);
}

// Kept for the -p printer and older callers: the report text of a value.
function printUncaught(err) {
  report(err, false);
}

module.exports = {
  triggerUncaughtException,
  printUncaught,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback,
  kArrow,
  decorateSyntaxError,
};
