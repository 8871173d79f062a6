'use strict';
// setImmediate: one batch per check phase, in order; immediates queued by
// the batch wait for the next loop turn, after that turn's due timers.
const { cases, busy } = require('./harness');

cases({
  'immediates run in order'(log) {
    for (const name of ['a', 'b', 'c']) setImmediate(() => log(name));
  },

  'an immediate queued by an immediate waits for the next turn'(log) {
    setImmediate(() => {
      log('a');
      setImmediate(() => log('queued by a'));
    });
    setImmediate(() => log('b'));
  },

  'the next turn runs due timers before the new immediates'(log) {
    setImmediate(() => {
      log('imm');
      setImmediate(() => log('imm 2'));
      setTimeout(() => log('timeout'), 1);
      busy(3);
    });
  },

  'an immediate cleared by an earlier one of its batch does not run'(log) {
    let b;
    setImmediate(() => {
      log('a');
      clearImmediate(b);
    });
    b = setImmediate(() => log('b'));
    setImmediate(() => log('c'));
  },

  'clearImmediate ignores what is not a pending immediate'(log) {
    const a = setImmediate(() => {
      log('a');
      clearImmediate(a); // already running
    });
    clearImmediate(undefined);
    clearImmediate(null);
    clearImmediate({});
    clearImmediate(setTimeout(() => log('timeout survives'), 1));
    const b = setImmediate(() => log('b'));
    clearImmediate(b);
    clearImmediate(b);
    setImmediate(() => log('c'));
  },

  'an unref immediate runs when the loop turns anyway'(log) {
    const im = setImmediate(() => log('unref immediate')).unref();
    log(im.hasRef());
    setTimeout(() => log('timeout'), 5);
  },

  'ref and unref return the immediate; hasRef follows'(log) {
    const im = setImmediate(() => log('ran'));
    log(im.unref() === im);
    log(im.hasRef());
    log(im.ref() === im);
    log(im.hasRef());
  },

  'an immediate then a timer from a timer callback'(log) {
    setTimeout(() => {
      log('timer');
      setImmediate(() => {
        log('immediate');
        setTimeout(() => log('timer from immediate'), 0);
        setImmediate(() => log('immediate from immediate'));
        busy(3);
      });
    }, 1);
  },

  'setImmediate from ticks and microtasks joins the same batch'(log) {
    setImmediate(() => log('first'));
    process.nextTick(() => setImmediate(() => log('from tick')));
    Promise.resolve().then(() => setImmediate(() => log('from promise')));
  },

  'microtasks between immediates'(log) {
    setImmediate(() => {
      log('i1');
      Promise.resolve().then(() => log('p1'));
    });
    setImmediate(() => {
      log('i2');
      queueMicrotask(() => log('m2'));
      process.nextTick(() => log('t2'));
    });
  },

  'Symbol.dispose clears an immediate'(log) {
    const im = setImmediate(() => log('disposed ran'));
    im[Symbol.dispose]();
    setImmediate(() => log('other'));
  },
}, {
  'immediates run in order': ['a', 'b', 'c'],
  'an immediate queued by an immediate waits for the next turn': ['a', 'b', 'queued by a'],
  'the next turn runs due timers before the new immediates': ['imm', 'timeout', 'imm 2'],
  'an immediate cleared by an earlier one of its batch does not run': ['a', 'c'],
  'clearImmediate ignores what is not a pending immediate': ['a', 'c', 'timeout survives'],
  'an unref immediate runs when the loop turns anyway': [false, 'unref immediate', 'timeout'],
  'ref and unref return the immediate; hasRef follows': [true, false, true, true, 'ran'],
  'an immediate then a timer from a timer callback':
    ['timer', 'immediate', 'timer from immediate', 'immediate from immediate'],
  'setImmediate from ticks and microtasks joins the same batch':
    ['first', 'from tick', 'from promise'],
  'microtasks between immediates': ['i1', 'p1', 'i2', 't2', 'm2'],
  'Symbol.dispose clears an immediate': ['other'],
});
