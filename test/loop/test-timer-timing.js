'use strict';
// Timing: a timer never fires before its delay has passed on the loop's
// millisecond clock (so never more than 1 ms early on any finer clock), and
// an interval is rescheduled from the start of its callback, so a slow
// callback does not stretch its period.
const { deepStrictEqual, busy } = require('./harness');

const now = typeof process.hrtime === 'function' && process.hrtime.bigint
  ? () => Number(process.hrtime.bigint()) / 1e6 : Date.now;

const early = [];
let pending = 0;
for (const delay of [1, 2, 3, 5, 10, 20]) {
  for (let i = 0; i < 5; i++) {
    pending++;
    const t0 = now();
    const d0 = Date.now();
    setTimeout(() => {
      // Date.now() counts whole milliseconds: allow for the one it may
      // have been into at the start
      if (now() - t0 < delay - 1 || Date.now() - d0 < delay - 1) early.push(delay);
      pending--;
    }, delay);
    busy(i % 3);
  }
}

// 4 periods of 50 ms with 30 ms of work in each: about 200 ms without drift
// against 290 ms if each period began when the previous callback ended.
const ivStart = Date.now();
let runs = 0;
let ivElapsed;
const iv = setInterval(() => {
  if (++runs === 4) {
    ivElapsed = Date.now() - ivStart;
    clearInterval(iv);
    return;
  }
  busy(29);
}, 50);

process.on('exit', () => {
  deepStrictEqual(pending, 0);
  deepStrictEqual(early, []);
  deepStrictEqual(runs, 4);
  deepStrictEqual(ivElapsed >= 199, true);
  deepStrictEqual(ivElapsed < 260, true);
});
