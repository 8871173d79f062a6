'use strict';
// process.exit() in a timer stops everything at once: the rest of the
// batch, ticks, microtasks, immediates and 'beforeExit' never run; 'exit'
// is emitted once, also when an 'exit' listener calls process.exit again.
const { deepStrictEqual, busy } = require('./harness');

const events = [];
process.on('beforeExit', () => events.push('beforeExit'));
setImmediate(() => events.push('immediate'));
setTimeout(() => {
  events.push('t1');
  process.nextTick(() => events.push('tick'));
  Promise.resolve().then(() => events.push('promise'));
  process.exit();
}, 1);
setTimeout(() => events.push('t2'), 1);
busy(3);

let exits = 0;
process.on('exit', (code) => {
  exits++;
  events.push(`exit ${code}`);
  deepStrictEqual(events, ['t1', 'exit 0']);
  deepStrictEqual(exits, 1);
  process.exit(); // leaves at once, without a second 'exit'
});
process.on('exit', () => {
  throw new Error('not reached: process.exit() in the listener before left');
});
