'use strict';
// process.exit(code) in a tick queued by an immediate: the code sticks,
// later ticks, microtasks and immediates do not run. The 'exit' listener
// resets the code so the test itself passes.
const { deepStrictEqual } = require('./harness');

const events = [];
setImmediate(() => {
  events.push('i1');
  process.nextTick(() => {
    events.push('tick1');
    process.exit(7);
  });
  process.nextTick(() => events.push('tick2'));
  Promise.resolve().then(() => events.push('promise'));
});
setImmediate(() => events.push('i2'));
setTimeout(() => events.push('timeout'), 50);

process.on('exit', (code) => {
  events.push(`exit ${code} ${process.exitCode}`);
  deepStrictEqual(events, ['i1', 'tick1', 'exit 7 7']);
  process.exitCode = 0;
});
