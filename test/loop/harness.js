'use strict';
// Ordering cases for test/loop: each case is a function that records events
// with log(); the cases run one after another (the next starts from a
// 'beforeExit' listener, when the loop has nothing left to do), and at exit
// every case's events are compared with its expected list.
//
//   const { cases, busy } = require('./harness');
//   cases({
//     'timers fire in order'(log) { ... },   // expected list below
//   }, { 'timers fire in order': ['a', 'b'] });

// The lists hold strings and numbers only; until nodus has the assert
// module their JSON forms are compared instead.
let deepStrictEqual;
try {
  ({ deepStrictEqual } = require('assert'));
} catch {
  deepStrictEqual = (actual, expected, message) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(message);
  };
}

// Spins until at least ms milliseconds have passed, so that timers are
// surely due by the next timers phase.
function busy(ms) {
  const end = Date.now() + ms + 1;
  while (Date.now() < end);
}

// The running case's log(), for events from process-wide listeners.
let current = () => {};

function cases(fns, expected) {
  const names = Object.keys(fns);
  for (const name of names) {
    if (!(name in expected)) throw new Error(`no expected list for case "${name}"`);
  }
  const events = {};
  let next = 0;
  function startNext() {
    if (next >= names.length) return;
    const name = names[next++];
    const list = events[name] = [];
    current = (event) => list.push(event);
    // keeps the loop alive so that 'beforeExit' comes again after the case
    setImmediate(() => {});
    fns[name](current);
  }
  process.on('beforeExit', startNext);
  process.on('exit', () => {
    const failed = [];
    for (const name of names) {
      try {
        deepStrictEqual(events[name], expected[name], name);
      } catch (err) {
        failed.push(`${name}:\n  got      ${JSON.stringify(events[name])}\n` +
                    `  expected ${JSON.stringify(expected[name])}`);
      }
    }
    if (failed.length > 0) {
      process.stderr.write(`${failed.length} of ${names.length} cases failed\n` +
                           `${failed.join('\n')}\n`);
      process.exitCode = 1;
    }
  });
  startNext();
}

module.exports = { cases, busy, log: (event) => current(event), deepStrictEqual };
