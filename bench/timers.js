'use strict';
// timers: 100,000 setTimeout calls with assorted delays (a quarter of them
// cleared again), the run until the last one fires, then 100,000 setImmediate.
const now = typeof performance !== 'undefined' && performance.now ? () => performance.now()
  : process.hrtime && process.hrtime.bigint ? () => Number(process.hrtime.bigint()) / 1e6
    : Date.now;
function report(name, m) {
  console.log('BENCH ' + name + ' ' + Object.keys(m).map((k) => k + '=' +
    (typeof m[k] === 'number' ? Math.round(m[k] * 1000) / 1000 : m[k])).join(' '));
}
const N = 100000;
const DELAYS = [1, 2, 3, 5, 8, 4, 7, 6, 9, 10];
const timers = new Array(N);
let fired = 0;
let expected = 0;
let t0, tScheduled, tCleared, tImmStart;
const result = {};

function onTimeout(i) {
  fired++;
  if (fired === expected) {
    const end = now();
    result.schedule_ms = tScheduled - t0;
    result.clear_ms = tCleared - tScheduled;
    result.fire_ms = end - tCleared;
    result.timers_ms = end - t0;
    runImmediates();
  }
}

function runTimeouts() {
  t0 = now();
  for (let i = 0; i < N; i++) timers[i] = setTimeout(onTimeout, DELAYS[i % DELAYS.length], i);
  tScheduled = now();
  for (let i = 0; i < N; i += 4) clearTimeout(timers[i]);
  tCleared = now();
  expected = N - Math.ceil(N / 4);
}

let ran = 0;
function onImmediate() {
  if (++ran === N) {
    result.immediate_ms = now() - tImmStart;
    report('timers', result);
  }
}
function runImmediates() {
  tImmStart = now();
  for (let i = 0; i < N; i++) setImmediate(onImmediate);
}

runTimeouts();
