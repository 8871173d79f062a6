'use strict';
// Where the loop ends, as in Node (libuv >= 1.45: each turn ends with the
// timers phase, then the loop stops if nothing ref'd is left): an unref'd
// immediate queued by the last timer never runs; an unref'd timer that is
// due when the last immediate returns still does; an unref'd immediate
// queued next to the first timers still runs in that first turn.
const { deepStrictEqual, busy } = require('./harness');

const events = [];
setTimeout(() => events.push('timeout 0'), 0);
setImmediate(() => events.push('unref immediate from main')).unref();
busy(2);

setTimeout(() => {
  events.push('timeout 20');
  setImmediate(() => {
    events.push('immediate');
    setTimeout(() => events.push('unref timeout due at the end'), 1).unref();
    busy(3);
  });
}, 20);

let round = 0;
process.on('beforeExit', () => {
  events.push(`beforeExit ${++round}`);
  if (round === 1) {
    setTimeout(() => {
      events.push('last timeout');
      setImmediate(() => events.push('unref immediate after the last timer')).unref();
    }, 1);
  }
});

process.on('exit', () => {
  deepStrictEqual(events, [
    'timeout 0', 'unref immediate from main', 'timeout 20', 'immediate',
    'unref timeout due at the end', 'beforeExit 1', 'last timeout', 'beforeExit 2',
  ]);
});
