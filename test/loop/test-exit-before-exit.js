'use strict';
// 'beforeExit' comes when the loop runs dry, with the exit code; work it
// adds runs and brings it back; then 'exit', once. In 'exit' new ticks and
// timers never run, microtasks still do.
const { deepStrictEqual } = require('./harness');

const events = [];
let rounds = 0;
process.on('beforeExit', (code) => {
  rounds++;
  events.push(`beforeExit ${rounds} code=${code}`);
  process.nextTick(() => events.push(`tick in beforeExit ${rounds}`));
  Promise.resolve().then(() => events.push(`promise in beforeExit ${rounds}`));
  if (rounds === 1) {
    setTimeout(() => events.push('timeout from beforeExit 1'), 1);
  } else if (rounds === 2) {
    process.exitCode = 3;
    setImmediate(() => events.push('immediate from beforeExit 2'));
  }
});

let exits = 0;
process.on('exit', (code) => {
  exits++;
  events.push(`exit code=${code} exitCode=${process.exitCode}`);
  process.nextTick(() => events.push('tick in exit'));
  setTimeout(() => events.push('timeout in exit'), 0);
  setImmediate(() => events.push('immediate in exit'));
});

process.on('exit', () => {
  // microtasks queued by 'exit' listeners run once the listeners return
  Promise.resolve().then(() => {
    events.push('promise in exit');
    deepStrictEqual(events, [
      'main done',
      'beforeExit 1 code=0',
      'tick in beforeExit 1',
      'promise in beforeExit 1',
      'timeout from beforeExit 1',
      'beforeExit 2 code=0',
      'tick in beforeExit 2',
      'promise in beforeExit 2',
      'immediate from beforeExit 2',
      'beforeExit 3 code=3',
      'tick in beforeExit 3',
      'promise in beforeExit 3',
      'exit code=3 exitCode=3',
      'promise in exit',
    ]);
    deepStrictEqual(exits, 1);
    process.exitCode = 0;
  });
});

events.push('main done');
