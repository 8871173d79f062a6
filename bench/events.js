'use strict';
// bench/events: EventEmitter hot paths. emit with 0, 1, 2 and 3 listeners
// (two arguments each), on/off churn, once, and EventTarget dispatch.
// Prints one "BENCH events key=value ..." line, times in ms.
//   RUNTIME bench/events.js [SCALE]   (SCALE multiplies the loop counts)

const EventEmitter = require('events');

const now = typeof performance !== 'undefined' && performance.now ? () => performance.now()
  : typeof process.hrtime === 'function'
    ? () => { const t = process.hrtime(); return t[0] * 1e3 + t[1] / 1e6; }
    : () => Date.now();

const scale = Number(process.argv[2]) || 1;
const N = 2e6 * scale;
let sink = 0;
function l1(a, b) { sink += a; }
function l2(a, b) { sink += b; }
function l3(a, b) { sink -= a; }

function time(fn, n) {
  fn(n / 10); // warm-up
  const t0 = now();
  fn(n);
  return now() - t0;
}

function emitLoop(count) {
  const ee = new EventEmitter();
  if (count > 0) ee.on('ev', l1);
  if (count > 1) ee.on('ev', l2);
  if (count > 2) ee.on('ev', l3);
  return (n) => {
    for (let i = 0; i < n; i++) ee.emit('ev', i, 1);
  };
}

function churn(n) {
  const ee = new EventEmitter();
  ee.on('data', l3);
  for (let i = 0; i < n; i++) {
    ee.on('data', l1);
    ee.on('end', l2);
    ee.off('data', l1);
    ee.off('end', l2);
  }
}

function onceLoop(n) {
  const ee = new EventEmitter();
  for (let i = 0; i < n; i++) {
    ee.once('x', l1);
    ee.emit('x', i, 1);
  }
}

function dispatchLoop(n) {
  const et = new EventTarget();
  et.addEventListener('x', (e) => { sink++; });
  const ev = new Event('x');
  for (let i = 0; i < n; i++) et.dispatchEvent(ev);
}

const r = {
  emit0_ms: time(emitLoop(0), N),
  emit1_ms: time(emitLoop(1), N),
  emit2_ms: time(emitLoop(2), N),
  emit3_ms: time(emitLoop(3), N),
  onoff_ms: time(churn, N / 4),
  once_ms: time(onceLoop, N / 4),
  dispatch_ms: typeof EventTarget === 'function' ? time(dispatchLoop, N / 4) : -1,
};
if (sink === 0.5) console.log('unreachable');
console.log(`BENCH events ${Object.entries(r).map(([k, v]) => `${k}=${v.toFixed(1)}`).join(' ')}`);
