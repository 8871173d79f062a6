'use strict';
// The global console: writes synchronously to fds 1 and 2 with util.format.
// (The full Console class, groups, table, timers and colors come with issue 3.)

const { formatWithOptions } = require('internal/util/inspect');

function write(stream, args) {
  process[stream].write(`${formatWithOptions(undefined, ...args)}\n`);
}

const counts = new Map();
const timers = new Map();

const consoleObj = {
  log(...args) { write('stdout', args); },
  info(...args) { write('stdout', args); },
  debug(...args) { write('stdout', args); },
  warn(...args) { write('stderr', args); },
  error(...args) { write('stderr', args); },
  dir(obj, options) {
    const { inspect } = require('internal/util/inspect');
    process.stdout.write(`${inspect(obj, { customInspect: false, ...options })}\n`);
  },
  trace(...args) {
    const err = { name: 'Trace', message: formatWithOptions(undefined, ...args) };
    Error.captureStackTrace(err, consoleObj.trace);
    process.stderr.write(`${err.stack}\n`);
  },
  assert(cond, ...args) {
    if (!cond) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      write('stderr', args);
    }
  },
  count(label = 'default') {
    label = `${label}`;
    const n = (counts.get(label) || 0) + 1;
    counts.set(label, n);
    write('stdout', [`${label}: ${n}`]);
  },
  countReset(label = 'default') { counts.delete(`${label}`); },
  time(label = 'default') { timers.set(`${label}`, process.hrtime()); },
  timeEnd(label = 'default') {
    label = `${label}`;
    const t = timers.get(label);
    if (t === undefined) return;
    timers.delete(label);
    const d = process.hrtime(t);
    write('stdout', [`${label}: ${(d[0] * 1e3 + d[1] / 1e6).toFixed(3)}ms`]);
  },
};
consoleObj.dirxml = consoleObj.log;

module.exports = consoleObj;
