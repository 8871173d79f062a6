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

// An interval of 50 ms with 30 ms of work in each callback: rescheduled from
// the callback's start, consecutive starts are ~50 ms apart; from its end
// they would be >= 80 ms apart. Load only stretches gaps, so the smallest
// gap tells the two apart.
let runs = 0;
let lastStart = 0;
let minGap = Infinity;
const iv = setInterval(() => {
  const start = Date.now();
  if (lastStart !== 0) minGap = Math.min(minGap, start - lastStart);
  lastStart = start;
  if (++runs === 5) {
    clearInterval(iv);
    return;
  }
  busy(30);
}, 50);

process.on('exit', () => {
  deepStrictEqual(pending, 0);
  deepStrictEqual(early, []);
  deepStrictEqual(runs, 5);
  deepStrictEqual(minGap >= 49, true);
  deepStrictEqual(minGap < 75, true);
});
