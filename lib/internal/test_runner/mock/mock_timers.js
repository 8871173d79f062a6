'use strict';
// mock.timers: while enabled, setTimeout/setInterval/setImmediate (global
// and node:timers) and Date run on a fake clock that only tick(),
// runAll() and setTime() move. Timers fire in order of due time, then of
// creation.

const { validateNumber, validateObject, validateArray } = require('internal/validators');
const { codes } = require('internal/errors');

const kSupported = ['setInterval', 'setTimeout', 'setImmediate', 'Date'];
const kTimerFns = [
  'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate',
];

class MockTimer {
  #owner;

  constructor(owner, id, callback, delay, args, interval) {
    this.#owner = owner;
    this.id = id;
    this.callback = callback;
    this.delay = delay;
    this.args = args;
    this.interval = interval;
    this.runAt = owner.now + delay;
    this.refed = true;
  }

  ref() { this.refed = true; return this; }
  unref() { this.refed = false; return this; }
  hasRef() { return this.refed; }
  refresh() {
    this.runAt = this.#owner.now + this.delay;
    this.#owner.queue.add(this);
    return this;
  }
  close() { this.#owner.queue.delete(this); return this; }
  [Symbol.toPrimitive]() { return this.id; }
}

function notEnabled() {
  return new codes.ERR_INVALID_STATE(
    'You should enable MockTimers first by calling the .enable function');
}

class MockTimers {
  now = 0;
  queue = new Set();
  #enabled = false;
  #apis = [];
  #saved = null;
  #nextId = 1;

  #add(callback, delay, args, interval) {
    if (typeof callback !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    delay = Number(delay);
    if (!(delay >= 1 && delay <= 2 ** 31 - 1)) delay = 1;
    const timer = new MockTimer(this, this.#nextId++, callback, delay, args, interval);
    this.queue.add(timer);
    return timer;
  }

  #clear(timer) {
    if (timer === undefined || timer === null) return;
    for (const t of this.queue) {
      if (t === timer || t.id === timer || `${t.id}` === timer) {
        this.queue.delete(t);
        return;
      }
    }
  }

  #fakes() {
    const self = this;
    return {
      setTimeout(callback, delay, ...args) { return self.#add(callback, delay, args, false); },
      setInterval(callback, delay, ...args) { return self.#add(callback, delay, args, true); },
      setImmediate(callback, ...args) {
        const t = self.#add(callback, 0, args, false);
        t.runAt = self.now;
        return t;
      },
      clearTimeout(t) { self.#clear(t); },
      clearInterval(t) { self.#clear(t); },
      clearImmediate(t) { self.#clear(t); },
    };
  }

  #mockDate() {
    const RealDate = this.#saved.Date;
    const self = this;
    function MockDate(...args) {
      if (new.target === undefined) return new RealDate(self.now).toString();
      const d = args.length === 0 ? new RealDate(self.now) : new RealDate(...args);
      Object.setPrototypeOf(d, new.target.prototype);
      return d;
    }
    Object.setPrototypeOf(MockDate, RealDate);
    MockDate.prototype = RealDate.prototype;
    MockDate.now = function now() { return self.now; };
    MockDate.parse = RealDate.parse;
    MockDate.UTC = RealDate.UTC;
    Object.defineProperty(MockDate, 'name', { value: 'Date' });
    return MockDate;
  }

  enable(options = {}) {
    if (this.#enabled) {
      throw new codes.ERR_INVALID_STATE('MockTimers is already enabled!');
    }
    validateObject(options, 'options');
    const { apis = kSupported, now = 0 } = options;
    validateArray(apis, 'options.apis');
    for (const api of apis) {
      if (!kSupported.includes(api)) {
        throw new codes.ERR_INVALID_ARG_VALUE('options.apis', api);
      }
    }
    let start = now;
    if (start instanceof Date) start = start.getTime();
    validateNumber(start, 'options.now', 0);
    this.now = start;
    this.#apis = apis.slice();
    const timers = require('timers');
    this.#saved = { global: {}, timers: {}, Date: globalThis.Date };
    const fakes = this.#fakes();
    for (const name of kTimerFns) {
      const api = name.startsWith('clear') ? `set${name.slice(5)}` : name;
      if (!this.#apis.includes(api)) continue;
      this.#saved.global[name] = globalThis[name];
      this.#saved.timers[name] = timers[name];
      globalThis[name] = fakes[name];
      timers[name] = fakes[name];
    }
    if (this.#apis.includes('Date')) globalThis.Date = this.#mockDate();
    this.#enabled = true;
  }

  tick(time = 1) {
    if (!this.#enabled) throw notEnabled();
    validateNumber(time, 'time', 0);
    this.#runUntil(this.now + time);
  }

  #due(limit) {
    let next = null;
    for (const t of this.queue) {
      if (t.runAt <= limit && (next === null || t.runAt < next.runAt ||
          (t.runAt === next.runAt && t.id < next.id))) next = t;
    }
    return next;
  }

  // The clock moves to `limit` first (callbacks see it there, as in
  // Node), then what is due runs; intervals come back a period later.
  #runUntil(limit) {
    if (limit > this.now) this.now = limit;
    for (;;) {
      const t = this.#due(limit);
      if (t === null) break;
      if (t.interval) t.runAt += t.delay;
      else this.queue.delete(t);
      Reflect.apply(t.callback, undefined, t.args);
    }
  }

  runAll() {
    if (!this.#enabled) throw notEnabled();
    let last = this.now;
    for (const t of this.queue) if (t.runAt > last) last = t.runAt;
    this.#runUntil(last);
  }

  setTime(milliseconds = 0) {
    if (!this.#enabled) throw notEnabled();
    validateNumber(milliseconds, 'milliseconds', 0);
    this.now = milliseconds;
  }

  reset() {
    if (!this.#enabled) return;
    const timers = require('timers');
    for (const name of Object.keys(this.#saved.global)) {
      globalThis[name] = this.#saved.global[name];
      timers[name] = this.#saved.timers[name];
    }
    globalThis.Date = this.#saved.Date;
    this.queue.clear();
    this.now = 0;
    this.#enabled = false;
  }

  [Symbol.dispose]() {
    this.reset();
  }
}

module.exports = { MockTimers };
