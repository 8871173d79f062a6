'use strict';
// process.nextTick, promise jobs and queueMicrotask: all ticks before any
// microtask, ticks queued by microtasks after the microtasks, nesting.
const { cases } = require('./harness');

cases({
  'ticks before promise jobs'(log) {
    Promise.resolve().then(() => log('promise'));
    queueMicrotask(() => log('microtask'));
    process.nextTick(() => log('tick'));
    log('sync');
  },

  'nested ticks all run before microtasks'(log) {
    Promise.resolve().then(() => log('promise'));
    process.nextTick(() => {
      log('tick1');
      process.nextTick(() => {
        log('tick1.1');
        process.nextTick(() => log('tick1.1.1'));
      });
    });
    process.nextTick(() => log('tick2'));
  },

  'ticks queued by microtasks run after the microtask queue'(log) {
    Promise.resolve().then(() => {
      log('p1');
      process.nextTick(() => log('tick from p1'));
      Promise.resolve().then(() => log('p1.then'));
    });
    Promise.resolve().then(() => log('p2'));
    queueMicrotask(() => log('m3'));
  },

  'microtasks queued by ticks run after all ticks'(log) {
    process.nextTick(() => {
      log('t1');
      queueMicrotask(() => log('m from t1'));
    });
    process.nextTick(() => {
      log('t2');
      Promise.resolve().then(() => log('p from t2'));
    });
  },

  'alternating ticks and microtasks'(log) {
    process.nextTick(() => {
      log('t1');
      Promise.resolve().then(() => {
        log('p1');
        process.nextTick(() => {
          log('t2');
          queueMicrotask(() => log('m2'));
        });
      });
    });
  },

  'nextTick passes extra arguments'(log) {
    process.nextTick((a, b, c, d) => log(`${a} ${b} ${c} ${d}`), 1, 'two', 3, undefined);
    process.nextTick((...args) => log(`n=${args.length}`));
    process.nextTick((a, b, c, d, e) => log(`${a}${b}${c}${d}${e}`), 'a', 'b', 'c', 'd', 'e');
  },

  'await resumes after earlier promise jobs'(log) {
    async function f() {
      log('f start');
      await null;
      log('f after await');
      await new Promise((resolve) => process.nextTick(resolve));
      log('f after tick await');
    }
    Promise.resolve().then(() => log('p1')).then(() => log('p2')).then(() => log('p3'));
    f();
    process.nextTick(() => log('tick'));
  },

  'thenables and resolve with a promise take extra jobs'(log) {
    const inner = Promise.resolve('x');
    new Promise((resolve) => resolve(inner)).then(() => log('outer resolved'));
    Promise.resolve().then(() => log('a')).then(() => log('b')).then(() => log('c'));
    const thenable = { then(r) { log('thenable called'); r(); } };
    Promise.resolve(thenable).then(() => log('thenable resolved'));
  },

  'ticks and microtasks from a timer run before the next timer'(log) {
    setTimeout(() => {
      log('timer1');
      Promise.resolve().then(() => log('promise1'));
      process.nextTick(() => log('tick1'));
    }, 1);
    setTimeout(() => {
      log('timer2');
      process.nextTick(() => log('tick2'));
      Promise.resolve().then(() => log('promise2'));
    }, 1);
    require('./harness').busy(3);
  },

  'ticks and microtasks from an immediate run before the next immediate'(log) {
    setImmediate(() => {
      log('imm1');
      queueMicrotask(() => log('micro1'));
      process.nextTick(() => log('tick1'));
    });
    setImmediate(() => {
      log('imm2');
      Promise.resolve().then(() => {
        log('promise2');
        process.nextTick(() => log('tick from promise2'));
      });
    });
    setImmediate(() => log('imm3'));
  },
}, {
  'ticks before promise jobs': ['sync', 'tick', 'promise', 'microtask'],
  'nested ticks all run before microtasks': ['tick1', 'tick2', 'tick1.1', 'tick1.1.1', 'promise'],
  'ticks queued by microtasks run after the microtask queue':
    ['p1', 'p2', 'm3', 'p1.then', 'tick from p1'],
  'microtasks queued by ticks run after all ticks': ['t1', 't2', 'm from t1', 'p from t2'],
  'alternating ticks and microtasks': ['t1', 'p1', 't2', 'm2'],
  'nextTick passes extra arguments': ['1 two 3 undefined', 'n=0', 'abcde'],
  'await resumes after earlier promise jobs':
    ['f start', 'tick', 'p1', 'f after await', 'p2', 'p3', 'f after tick await'],
  'thenables and resolve with a promise take extra jobs':
    ['a', 'thenable called', 'b', 'thenable resolved', 'outer resolved', 'c'],
  'ticks and microtasks from a timer run before the next timer':
    ['timer1', 'tick1', 'promise1', 'timer2', 'tick2', 'promise2'],
  'ticks and microtasks from an immediate run before the next immediate':
    ['imm1', 'tick1', 'micro1', 'imm2', 'promise2', 'tick from promise2', 'imm3'],
});
