'use strict';
// The process stays alive exactly while ref'd timers or immediates exist:
// unref'd ones run only while something else keeps the loop turning, and
// the process leaves without waiting for them.
const { deepStrictEqual } = require('./harness');
const timersPromises = require('timers/promises');

const start = Date.now();
const events = [];

setTimeout(() => events.push('unref long timeout'), 60000).unref();
setInterval(() => events.push('unref long interval'), 60000).unref();
timersPromises.setTimeout(60000, 'x', { ref: false }).then(() => events.push('promise timeout'));
timersPromises.setImmediate('y', { ref: false }).then((v) => events.push(`promise immediate ${v}`));

// unref'd, then ref'd again: keeps the process alive until it fires
const t = setTimeout(() => events.push('re-ref timeout'), 300);
t.unref();
t.ref();

// an unref'd interval ticks while the ref'd timeout above keeps the loop up
let ticks = 0;
const iv = setInterval(() => {
  if (++ticks === 2) events.push('unref interval ticked');
}, 2).unref();

process.on('beforeExit', () => {
  events.push('beforeExit');
  // only unref'd work is added here: the loop does not run again for it
  setImmediate(() => events.push('unref immediate from beforeExit')).unref();
  setTimeout(() => events.push('unref timeout from beforeExit'), 1).unref();
});

process.on('exit', () => {
  clearInterval(iv);
  deepStrictEqual(events, [
    'promise immediate y', 'unref interval ticked', 're-ref timeout', 'beforeExit',
  ]);
  deepStrictEqual(Date.now() - start < 5000, true);
});
