'use strict';
// An error thrown by a callback goes to 'uncaughtException'; as in Node the
// rest of the batch then goes on at once: the next due timer or immediate
// runs before the ticks and microtasks left by the one that threw.
const { cases, busy, log: record } = require('./harness');

process.on('uncaughtException', (err) => record(`uE ${err.message}`));
process.on('unhandledRejection', (reason) => record(`uR ${reason.message}`));

cases({
  'a throwing timer: the rest of its batch runs straight on'(log) {
    setTimeout(() => {
      log('t1');
      process.nextTick(() => log('tick1'));
      Promise.resolve().then(() => log('promise1'));
      throw new Error('t1');
    }, 1);
    setTimeout(() => {
      log('t2');
      process.nextTick(() => log('tick2'));
    }, 1);
    setTimeout(() => log('t3'), 1);
    busy(3);
  },

  'a throwing immediate: the rest of its batch runs straight on'(log) {
    setImmediate(() => {
      log('i1');
      process.nextTick(() => log('tick1'));
      Promise.resolve().then(() => log('promise1'));
      throw new Error('i1');
    });
    setImmediate(() => {
      log('i2');
      process.nextTick(() => log('tick2'));
    });
    setImmediate(() => log('i3'));
  },

  'a throwing last timer of a list: ticks run before the next list'(log) {
    setTimeout(() => {
      log('t1');
      process.nextTick(() => log('tick1'));
      throw new Error('t1');
    }, 1);
    setTimeout(() => log('t2'), 2);
    busy(4);
  },

  'a throwing last immediate: the immediates it queued run at once'(log) {
    setImmediate(() => {
      log('a');
      setImmediate(() => log('b, queued by a'));
      setTimeout(() => log('timeout'), 0);
      process.nextTick(() => log('tick from a'));
      busy(3);
      throw new Error('a');
    });
  },

  'a throwing tick between timers: the next timer runs straight on'(log) {
    setTimeout(() => {
      log('t1');
      process.nextTick(() => {
        log('tickA');
        throw new Error('tickA');
      });
      process.nextTick(() => log('tickB'));
      Promise.resolve().then(() => log('promise'));
    }, 1);
    setTimeout(() => log('t2'), 1);
    setTimeout(() => log('t3'), 10);
    busy(3);
  },

  'a throwing tick between immediates: the next immediate runs straight on'(log) {
    setImmediate(() => {
      log('i1');
      process.nextTick(() => {
        log('tickA');
        throw new Error('tickA');
      });
      process.nextTick(() => log('tickB'));
      Promise.resolve().then(() => log('promise'));
    });
    setImmediate(() => log('i2'));
    setImmediate(() => log('i3'));
  },

  'a throwing queueMicrotask callback is an uncaught exception'(log) {
    queueMicrotask(() => {
      log('m1');
      throw new Error('m1');
    });
    queueMicrotask(() => log('m2'));
    Promise.resolve().then(() => log('p3'));
  },

  'a rejection nobody handles is reported after the microtasks'(log) {
    setTimeout(() => {
      log('t1');
      Promise.resolve().then(() => {
        log('p1');
        throw new Error('p1');
      });
      Promise.resolve().then(() => log('p2'));
      process.nextTick(() => log('tick'));
    }, 1);
    setTimeout(() => log('t2'), 1);
    busy(3);
  },

  'an interval that throws keeps its schedule'(log) {
    let n = 0;
    const iv = setInterval(() => {
      log(`run ${++n}`);
      if (n === 3) clearInterval(iv);
      throw new Error(`run ${n}`);
    }, 1);
  },

  'a timer that throws is done and keeps its ref state'(log) {
    const t = setTimeout(() => {
      log('once');
      throw new Error('once');
    }, 1);
    setTimeout(() => {
      log(`${t._destroyed} ${t.hasRef()}`);
    }, 5);
  },

  'a throwing last timer: its ticks run before its microtasks'(log) {
    setTimeout(() => {
      log('t1');
      Promise.resolve().then(() => log('promise'));
      process.nextTick(() => log('tick'));
      throw new Error('t1');
    }, 1);
  },

  'a throwing tick at the end of a callback: the rest wait for the next callback'(log) {
    // the timer starts from an immediate, after the harness's own one: so the
    // next callback after the timer's is surely this case's immediate
    setImmediate(() => setTimeout(() => {
      log('t1');
      process.nextTick(() => {
        log('tickA');
        throw new Error('tickA');
      });
      process.nextTick(() => log('tickB'));
      setImmediate(() => log('immediate'));
    }, 1));
  },

  'a throwing tick after the last immediate: the rest wait for the next callback'(log) {
    setImmediate(() => {
      log('i1');
      process.nextTick(() => {
        log('tickA');
        throw new Error('tickA');
      });
      process.nextTick(() => log('tickB'));
      setTimeout(() => log('timeout'), 1);
      busy(3);
    });
  },
}, {
  'a throwing last timer: its ticks run before its microtasks': ['t1', 'uE t1', 'tick', 'promise'],
  'a throwing tick at the end of a callback: the rest wait for the next callback':
    ['t1', 'tickA', 'uE tickA', 'immediate', 'tickB'],
  'a throwing tick after the last immediate: the rest wait for the next callback':
    ['i1', 'tickA', 'uE tickA', 'timeout', 'tickB'],
  'a throwing timer: the rest of its batch runs straight on':
    ['t1', 'uE t1', 't2', 'tick1', 'tick2', 'promise1', 't3'],
  'a throwing immediate: the rest of its batch runs straight on':
    ['i1', 'uE i1', 'i2', 'tick1', 'tick2', 'promise1', 'i3'],
  'a throwing last timer of a list: ticks run before the next list':
    ['t1', 'uE t1', 'tick1', 't2'],
  'a throwing last immediate: the immediates it queued run at once':
    ['a', 'uE a', 'b, queued by a', 'tick from a', 'timeout'],
  'a throwing tick between timers: the next timer runs straight on':
    ['t1', 'tickA', 'uE tickA', 't2', 'tickB', 'promise', 't3'],
  'a throwing tick between immediates: the next immediate runs straight on':
    ['i1', 'tickA', 'uE tickA', 'i2', 'tickB', 'promise', 'i3'],
  'a throwing queueMicrotask callback is an uncaught exception': ['m1', 'uE m1', 'm2', 'p3'],
  'a rejection nobody handles is reported after the microtasks':
    ['t1', 'tick', 'p1', 'p2', 'uR p1', 't2'],
  'an interval that throws keeps its schedule':
    ['run 1', 'uE run 1', 'run 2', 'uE run 2', 'run 3', 'uE run 3'],
  'a timer that throws is done and keeps its ref state':
    ['once', 'uE once', 'true true'],
});
