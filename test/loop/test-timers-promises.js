'use strict';
// timers/promises: values, order against callback timers, the setInterval
// iterator, the scheduler, cancelling through a signal (any object with
// `aborted`, `reason` and addEventListener, as Node accepts) and the
// argument errors, which arrive as rejections.
const { cases, busy } = require('./harness');
const tp = require('timers/promises');

// A minimal signal: what Node's checks and listeners need.
function makeSignal() {
  const listeners = [];
  return {
    aborted: false,
    reason: undefined,
    addEventListener(type, fn) { listeners.push(fn); },
    removeEventListener(type, fn) {
      const i = listeners.indexOf(fn);
      if (i !== -1) listeners.splice(i, 1);
    },
    abort(reason) {
      this.aborted = true;
      this.reason = reason;
      for (const fn of listeners.slice()) fn();
    },
    get listenerCount() { return listeners.length; },
  };
}

function describe(err) {
  return `${err.name} ${err.code} ${err.message}`;
}

cases({
  'setTimeout and setImmediate resolve with the value'(log) {
    tp.setImmediate('immediate value').then((v) => {
      log(v);
      tp.setTimeout(1, 'timeout value').then((v) => {
        log(v);
        tp.setTimeout().then((v) => log(`no args: ${v}`));
      });
    });
  },

  'promise timers keep their place among callback timers'(log) {
    setTimeout(() => log('cb 1'), 1);
    tp.setTimeout(1, 'promise').then((v) => log(v));
    setTimeout(() => log('cb 2'), 1);
    setImmediate(() => log('cb immediate'));
    tp.setImmediate('promise immediate').then((v) => log(v));
    busy(3);
  },

  'setInterval yields every period until the loop breaks'(log) {
    (async () => {
      let n = 0;
      for await (const v of tp.setInterval(2, 'tick')) {
        log(`${v} ${++n}`);
        if (n === 3) break;
      }
      log('done');
    })();
  },

  'setInterval keeps ticks that pass while the consumer is busy'(log) {
    (async () => {
      const it = tp.setInterval(1, 'v');
      await it.next();
      busy(5);
      await tp.setImmediate();
      busy(5);
      await tp.setImmediate();
      const results = [];
      for (let i = 0; i < 2; i++) results.push((await it.next()).value);
      log(results.join(','));
      log(JSON.stringify(await it.return()));
    })();
  },

  'scheduler.wait and scheduler.yield'(log) {
    const { scheduler } = tp;
    scheduler.wait(100).then((v) => log(`wait ${v}`));
    scheduler.yield().then((v) => log(`yield ${v}`));
    try {
      scheduler.wait.call({}, 1);
    } catch (err) {
      log(describe(err));
    }
    try {
      new scheduler.constructor();
    } catch (err) {
      log(describe(err));
    }
  },

  'a signal cancels a pending timer'(log) {
    const signal = makeSignal();
    tp.setTimeout(1000, 'late', { signal }).then(
      (v) => log(`resolved ${v}`),
      (err) => log(`${describe(err)} cause=${err.cause}`));
    log(`listeners ${signal.listenerCount}`);
    setTimeout(() => {
      signal.abort('stop');
      log('aborted');
    }, 1);
    setTimeout(() => log(`listeners after ${signal.listenerCount}`), 20);
  },

  'a signal cancels an immediate and an interval'(log) {
    const signal = makeSignal();
    tp.setImmediate('imm', { signal }).then(
      (v) => log(`resolved ${v}`), (err) => log(`immediate: ${err.name}`));
    (async () => {
      try {
        for await (const v of tp.setInterval(1, 'x', { signal })) log(`interval ${v}`);
      } catch (err) {
        log(`interval: ${err.name} ${err.cause}`);
      }
    })();
    signal.abort('why');
  },

  'an aborted signal rejects at once'(log) {
    const signal = makeSignal();
    signal.abort('before');
    tp.setTimeout(1, 'x', { signal }).catch((err) => log(`timeout ${err.name} ${err.cause}`));
    tp.setImmediate('x', { signal }).catch((err) => log(`immediate ${err.name} ${err.cause}`));
    tp.setInterval(1, 'x', { signal }).next().catch((err) => log(`interval ${err.name}`));
    log(`listeners ${signal.listenerCount}`);
  },

  'bad arguments reject'(log) {
    const show = (p) => p.then(() => log('resolved'), (err) => log(describe(err)));
    show(tp.setTimeout('1'));
    show(tp.setTimeout(1, 'x', null));
    show(tp.setTimeout(1, 'x', { signal: {} }));
    show(tp.setTimeout(1, 'x', { ref: 1 }));
    show(tp.setImmediate('x', 'options'));
    show(tp.setInterval(1, 'x', { signal: null }).next());
    show(tp.setInterval(NaN).return());
  },
}, {
  'setTimeout and setImmediate resolve with the value':
    ['immediate value', 'timeout value', 'no args: undefined'],
  'promise timers keep their place among callback timers':
    ['cb 1', 'promise', 'cb 2', 'cb immediate', 'promise immediate'],
  'setInterval yields every period until the loop breaks': ['tick 1', 'tick 2', 'tick 3', 'done'],
  'setInterval keeps ticks that pass while the consumer is busy':
    ['v,v', '{"done":true}'],
  'scheduler.wait and scheduler.yield': [
    'TypeError ERR_INVALID_THIS Value of "this" must be of type Scheduler',
    'TypeError ERR_ILLEGAL_CONSTRUCTOR Illegal constructor',
    'yield undefined', 'wait undefined',
  ],
  'a signal cancels a pending timer': [
    'listeners 1', 'aborted',
    'AbortError ABORT_ERR The operation was aborted cause=stop', 'listeners after 0',
  ],
  'a signal cancels an immediate and an interval':
    ['interval: AbortError why', 'immediate: AbortError'],
  'an aborted signal rejects at once': [
    'listeners 0', 'timeout AbortError before', 'immediate AbortError before',
    'interval AbortError',
  ],
  'bad arguments reject': [
    'TypeError ERR_INVALID_ARG_TYPE The "delay" argument must be of type number. ' +
      "Received type string ('1')",
    'TypeError ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received null',
    'TypeError ERR_INVALID_ARG_TYPE The "options.signal" property must be an instance of ' +
      'AbortSignal. Received an instance of Object',
    'TypeError ERR_INVALID_ARG_TYPE The "options.ref" property must be of type boolean. ' +
      'Received type number (1)',
    'TypeError ERR_INVALID_ARG_TYPE The "options" argument must be of type object. ' +
      "Received type string ('options')",
    'TypeError ERR_INVALID_ARG_TYPE The "options.signal" property must be an instance of ' +
      'AbortSignal. Received null',
    'resolved',
  ],
});
