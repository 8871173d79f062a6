'use strict';
// The order timers fire in: by expiry, then by creation; timers started by
// a callback wait for a later batch; clears, refresh, intervals. busy()
// makes every timer of a case due at once, so the order cannot depend on
// how fast the machine is.
const { cases, busy } = require('./harness');

cases({
  'same delay fires in creation order'(log) {
    for (const name of ['a', 'b', 'c', 'd']) setTimeout(() => log(name), 2);
    busy(4);
  },

  'shorter delays fire first when all are due'(log) {
    setTimeout(() => log('5ms'), 5);
    setTimeout(() => log('1ms'), 1);
    setTimeout(() => log('3ms'), 3);
    busy(7);
  },

  'delays below 1, fractions and strings join the 1 ms list'(log) {
    setTimeout(() => log('1'), 1);
    setTimeout(() => log('0'), 0);
    setTimeout(() => log('undefined'));
    setTimeout(() => log('1.7'), 1.7);
    setTimeout(() => log("'1'"), '1');
    setTimeout(() => log('2'), 2);
    busy(4);
  },

  'a timer started by a callback never runs in the same batch'(log) {
    setTimeout(() => {
      log('t1');
      setTimeout(() => log('started by t1'), 1);
      busy(4);
    }, 1);
    setTimeout(() => log('t2'), 3);
    busy(5);
  },

  'clearTimeout of a later timer in the same batch'(log) {
    let t2;
    setTimeout(() => {
      log('t1');
      clearTimeout(t2);
    }, 1);
    t2 = setTimeout(() => log('t2'), 1);
    setTimeout(() => log('t3'), 1);
    busy(3);
  },

  'clearTimeout and clearInterval by primitive id'(log) {
    const a = setTimeout(() => log('a'), 1);
    const b = setTimeout(() => log('b'), 1);
    const c = setInterval(() => log('c'), 1);
    const d = setTimeout(() => log('d'), 1);
    log(typeof +a);
    clearTimeout(+a);
    clearTimeout(`${b}`);
    clearInterval(Number(c));
    clearTimeout(+d + 1000); // unknown ids are ignored
    setTimeout(() => log('end'), 2);
  },

  'an interval runs until it clears itself'(log) {
    let n = 0;
    const iv = setInterval(function() {
      log(`tick ${++n} ${this === iv}`);
      if (n === 3) clearInterval(this);
    }, 1);
    setTimeout(() => log('later'), 30);
  },

  'clearInterval clears timeouts and clearTimeout intervals'(log) {
    const t = setTimeout(() => log('timeout'), 1);
    const iv = setInterval(() => log('interval'), 1);
    clearInterval(t);
    clearTimeout(iv);
    setTimeout(() => log('end'), 3);
  },

  'extra arguments and this'(log) {
    const t = setTimeout(function(a, b, c) {
      log(`${this === t} ${a} ${b} ${c} ${arguments.length}`);
    }, 1, 'x', 2, undefined);
    let n = 0;
    const iv = setInterval(function(...args) {
      log(`iv ${this === iv} ${args.join(',')}`);
      if (++n === 2) clearInterval(iv);
    }, 1, 'p', 'q');
    const im = setImmediate(function(a, b, c, d, e) {
      log(`imm ${this === im} ${a}${b}${c}${d}${e}`);
    }, 1, 2, 3, 4, 5);
    busy(3);
  },

  'refresh restarts the countdown'(log) {
    const a = setTimeout(() => log('a (30 ms, refreshed at 20)'), 30);
    setTimeout(() => {
      log('refresh');
      log(a.refresh() === a);
    }, 20);
    setTimeout(() => log('b (40 ms)'), 40);
  },

  'refresh of a timer that fired runs it again'(log) {
    let n = 0;
    const t = setTimeout(() => {
      log(`fired ${++n}`);
      if (n === 1) setImmediate(() => t.refresh());
    }, 1);
  },

  'a timer cleared in its own callback cannot be refreshed'(log) {
    const t = setTimeout(() => {
      log('fired');
      clearTimeout(t);
      t.refresh();
      log(`${t._destroyed} ${t._idleTimeout}`);
    }, 1);
    setTimeout(() => log('end'), 10);
  },

  'inside a timer, immediates run before a new zero-delay timer'(log) {
    setTimeout(() => {
      setTimeout(() => log('timeout 0'), 0);
      setImmediate(() => log('immediate'));
      process.nextTick(() => log('tick'));
    }, 1);
  },

  'an unref timer still fires while other work keeps the loop alive'(log) {
    const t = setTimeout(() => log('unref timer'), 1).unref();
    log(t.hasRef());
    setTimeout(() => log('ref timer'), 10);
  },

  'close and Symbol.dispose clear a timer'(log) {
    const a = setTimeout(() => log('a'), 1);
    log(a.close() === a);
    const b = setInterval(() => log('b'), 1);
    b[Symbol.dispose]();
    const c = setTimeout(() => log('c'), 2);
    setTimeout(() => log('end'), 5);
    log(c.hasRef());
  },

  'intervals of different periods interleave by expiry'(log) {
    // a 10 ms interval fires several times before a 100 ms one, whose first
    // run comes in between (load only delays, so the prefix is robust)
    const seen = [];
    const f = setInterval(() => seen.push('f'), 10);
    const s = setInterval(() => {
      seen.push('s');
      clearInterval(s);
      clearInterval(f);
      log(String(/^f{2,}s$/.test(seen.join(''))));
    }, 100);
  },
}, {
  'same delay fires in creation order': ['a', 'b', 'c', 'd'],
  'shorter delays fire first when all are due': ['1ms', '3ms', '5ms'],
  'delays below 1, fractions and strings join the 1 ms list':
    ['1', '0', 'undefined', '1.7', "'1'", '2'],
  'a timer started by a callback never runs in the same batch': ['t1', 't2', 'started by t1'],
  'clearTimeout of a later timer in the same batch': ['t1', 't3'],
  'clearTimeout and clearInterval by primitive id': ['number', 'd', 'end'],
  'an interval runs until it clears itself':
    ['tick 1 true', 'tick 2 true', 'tick 3 true', 'later'],
  'clearInterval clears timeouts and clearTimeout intervals': ['end'],
  'extra arguments and this':
    ['true x 2 undefined 3', 'iv true p,q', 'imm true 12345', 'iv true p,q'],
  'refresh restarts the countdown': ['refresh', true, 'b (40 ms)', 'a (30 ms, refreshed at 20)'],
  'refresh of a timer that fired runs it again': ['fired 1', 'fired 2'],
  'a timer cleared in its own callback cannot be refreshed': ['fired', 'true -1', 'end'],
  'inside a timer, immediates run before a new zero-delay timer':
    ['tick', 'immediate', 'timeout 0'],
  'an unref timer still fires while other work keeps the loop alive':
    [false, 'unref timer', 'ref timer'],
  'close and Symbol.dispose clear a timer': [true, true, 'c', 'end'],
  'intervals of different periods interleave by expiry': ['true'],
});
