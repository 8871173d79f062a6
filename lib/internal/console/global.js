'use strict';
// The global console: util.format semantics, written synchronously to
// process.stdout / process.stderr. util.inspect loads on the first call that
// needs it, so console.log('text') costs no formatter at startup.
// (The full Console class, groups, table and colors come with issue 3.)

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

const noColors = {};
const withColors = { colors: true };

// Node's colorMode 'auto': colors only for a TTY that has them.
function inspectOptionsFor(stream) {
  if (stream.isTTY !== true) return noColors;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2 ? withColors : noColors;
  return withColors;
}

function formatArgs(stream, args) {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return lazyInspect().formatList(inspectOptionsFor(stream), args);
}

function write(name, args) {
  const stream = process[name];
  stream.write(`${formatArgs(stream, args)}\n`);
}

// label -> count / start time, created on first use
let counts;
let timers;

const consoleObj = {
  log(...args) { write('stdout', args); },
  info(...args) { write('stdout', args); },
  debug(...args) { write('stdout', args); },
  warn(...args) { write('stderr', args); },
  error(...args) { write('stderr', args); },
  dir(obj, options) {
    const { inspect } = lazyInspect();
    const stream = process.stdout;
    stream.write(`${inspect(obj, { customInspect: false, ...inspectOptionsFor(stream), ...options })}\n`);
  },
  trace(...args) {
    const err = { name: 'Trace', message: lazyInspect().formatList(noColors, args) };
    Error.captureStackTrace(err, consoleObj.trace);
    process.stderr.write(`${err.stack}\n`);
  },
  assert(cond, ...args) {
    if (cond) return;
    if (args.length !== 0 && typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
    else args.unshift('Assertion failed');
    consoleObj.warn(...args);
  },
  count(label = 'default') {
    label = `${label}`;
    counts ??= new Map();
    const n = (counts.get(label) || 0) + 1;
    counts.set(label, n);
    consoleObj.log(`${label}: ${n}`);
  },
  countReset(label = 'default') {
    label = `${label}`;
    if (counts === undefined || !counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(label);
  },
  time(label = 'default') {
    label = `${label}`;
    timers ??= new Map();
    if (timers.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    timers.set(label, process.hrtime());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    const t = timers === undefined ? undefined : timers.get(label);
    if (t === undefined) {
      process.emitWarning(`No such label '${label}' for console.timeEnd()`);
      return;
    }
    timers.delete(label);
    const d = process.hrtime(t);
    consoleObj.log(`${label}: ${(d[0] * 1e3 + d[1] / 1e6).toFixed(3)}ms`);
  },
};
consoleObj.dirxml = consoleObj.log;
Object.defineProperty(consoleObj, Symbol.toStringTag, {
  value: 'console', writable: false, enumerable: false, configurable: true,
});

module.exports = consoleObj;
