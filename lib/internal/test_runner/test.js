'use strict';
// node:test's units: Test (a test or subtest), Suite (describe), the
// contexts their functions receive, and hooks. A test runs its before-each
// hooks, its function (promise, callback or plain), waits for its
// subtests, then runs its after and after-each hooks; the first error
// decides its result. Results go to the reporter in creation order.

const { setTimeout, clearTimeout } = require('timers');
const {
  validateFunction, validateNumber, validateUint32, validateAbortSignal, validateObject,
} = require('internal/validators');
const { codes } = require('internal/errors');

const kDefaultName = '<anonymous>';
const kTimeoutMax = 2 ** 31 - 1;

// failure types, as Node names them on ERR_TEST_FAILURE
const kTestCodeFailure = 'testCodeFailure';
const kHookFailure = 'hookFailed';
const kTimeoutFailure = 'testTimeoutFailure';
const kCancelledByParent = 'cancelledByParent';
const kSubtestsFailed = 'subtestsFailed';
const kAborted = 'testAborted';
const kCallbackAndPromise = 'callbackAndPromisePresent';
const kMultipleCallbacks = 'multipleCallbacks';

// results that count as "cancelled" rather than "fail" in the summary
const kCancelledTypes = new Set([kCancelledByParent, kTimeoutFailure, kAborted]);

function testFailure(cause, type) {
  return new codes.ERR_TEST_FAILURE(cause, type);
}

function isThenable(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function') &&
    typeof v.then === 'function';
}

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const noop = () => {};

// --- argument parsing shared by test/it/describe and t.test ---------------

function parseArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    name = undefined;
    options = undefined;
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = undefined;
  } else if (typeof options === 'function') {
    fn = options;
    options = undefined;
  }
  if (options === null || typeof options !== 'object') options = {};
  // Node runs a test whose fn is not a function as an empty one
  if (typeof fn !== 'function') fn = noop;
  if (typeof name !== 'string' || name === '') name = fn.name || kDefaultName;
  return { name, options, fn };
}

function readOptions(options, parent) {
  let { concurrency, timeout, signal, plan } = options;
  if (concurrency === true) concurrency = Infinity;
  else if (concurrency === false) concurrency = 1;
  else if (concurrency !== undefined && concurrency !== null) {
    if (typeof concurrency !== 'number') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'],
        concurrency);
    }
    validateUint32(concurrency, 'options.concurrency', true);
  } else {
    concurrency = parent === null ? 1 : parent.concurrency;
  }
  if (timeout !== undefined && timeout !== null && timeout !== Infinity) {
    validateNumber(timeout, 'options.timeout', 0, kTimeoutMax);
  } else {
    timeout = parent === null ? Infinity : parent.timeout;
  }
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (typeof plan !== 'number') plan = null;
  return { concurrency, timeout, signal, plan };
}

// --- the plan (t.plan / options.plan) --------------------------------------

class Plan {
  constructor(expected, wait) {
    this.expected = expected;
    this.actual = 0;
    this.wait = wait;
    this.waiter = null;
  }

  count() {
    this.actual++;
    if (this.waiter !== null && this.actual >= this.expected) this.waiter.resolve();
  }

  // With `wait`, let the count catch up: true waits as long as it takes, a
  // number at most that many milliseconds.
  async settle() {
    if (this.wait === false || this.actual >= this.expected) return;
    this.waiter = deferred();
    let timer;
    if (typeof this.wait === 'number') {
      timer = setTimeout(this.waiter.resolve, this.wait);
    }
    await this.waiter.promise;
    if (timer !== undefined) clearTimeout(timer);
  }

  check() {
    if (this.actual !== this.expected) {
      return testFailure(
        `plan expected ${this.expected} assertions but received ${this.actual}`, kTestCodeFailure);
    }
    return null;
  }
}

// --- contexts ---------------------------------------------------------------

const kAssertNames = [
  'deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow', 'equal',
  'fail', 'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual',
  'notStrictEqual', 'partialDeepStrictEqual', 'rejects', 'strictEqual', 'throws', 'ok',
];

function fullNameOf(test) {
  const names = [];
  for (let t = test; t !== null && t.parent !== null; t = t.parent) names.unshift(t.name);
  return names.join(' > ');
}

class TestContext {
  #test;
  #assert;

  constructor(test) {
    this.#test = test;
  }

  get signal() { return this.#test.signal; }
  get name() { return this.#test.name; }
  get fullName() { return fullNameOf(this.#test); }
  get filePath() { return this.#test.loc?.file; }
  get mock() {
    const test = this.#test;
    if (test.mockTracker === null) {
      const { MockTracker } = require('internal/test_runner/mock/mock');
      test.mockTracker = new MockTracker();
    }
    return test.mockTracker;
  }

  // assert's functions, each counted against the plan
  get assert() {
    if (this.#assert === undefined) {
      const assert = require('assert');
      const test = this.#test;
      const out = {};
      for (const name of kAssertNames) {
        const fn = assert[name];
        out[name] = function(...args) {
          if (test.plan !== null) test.plan.count();
          return Reflect.apply(fn, this, args);
        };
        Object.defineProperty(out[name], 'name', { value: name });
      }
      this.#assert = out;
    }
    return this.#assert;
  }

  diagnostic(message) {
    this.#test.diagnostics.push(String(message));
  }

  plan(count, options = {}) {
    const test = this.#test;
    if (test.plan !== null) {
      throw new codes.ERR_TEST_FAILURE('cannot set plan more than once', kTestCodeFailure);
    }
    validateUint32(count, 'count', false);
    validateObject(options, 'options');
    const { wait = false } = options;
    if (typeof wait !== 'boolean') validateNumber(wait, 'options.wait', 0, kTimeoutMax);
    test.plan = new Plan(count, wait);
  }

  skip(message) {
    this.#test.skip = message === undefined ? true : String(message);
  }

  todo(message) {
    this.#test.todo = message === undefined ? true : String(message);
  }

  test(name, options, fn) {
    const parent = this.#test;
    if (parent.plan !== null) parent.plan.count();
    const args = parseArgs(name, options, fn);
    const loc = require('internal/test_runner/harness').callerLoc(TestContext.prototype.test);
    const child = new Test(parent, args.name, args.fn, args.options, loc);
    parent.addSubtest(child);
    return child.done.promise;
  }

  before(fn, options) { this.#test.addHook('before', fn, options); }
  after(fn, options) { this.#test.addHook('after', fn, options); }
  beforeEach(fn, options) { this.#test.addHook('beforeEach', fn, options); }
  afterEach(fn, options) { this.#test.addHook('afterEach', fn, options); }

  async waitFor(condition, options = {}) {
    validateFunction(condition, 'condition');
    validateObject(options, 'options');
    const { interval = 50, timeout = 1000 } = options;
    validateNumber(interval, 'options.interval', 0, kTimeoutMax);
    validateNumber(timeout, 'options.timeout', 0, kTimeoutMax);
    const start = Date.now();
    let lastError;
    for (;;) {
      try {
        return await condition();
      } catch (err) {
        lastError = err;
      }
      if (Date.now() - start >= timeout) {
        const err = new Error('waitFor() timed out');
        err.cause = lastError;
        throw err;
      }
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}

class SuiteContext {
  #suite;

  constructor(suite) {
    this.#suite = suite;
  }

  get signal() { return this.#suite.signal; }
  get name() { return this.#suite.name; }
  get fullName() { return fullNameOf(this.#suite); }
  get filePath() { return this.#suite.loc?.file; }

  diagnostic(message) {
    this.#suite.diagnostics.push(String(message));
  }
}

// --- running a function with a timeout and a stop signal -------------------

// Calls fn(ctx) or fn(ctx, done), and settles when it is over, when
// `timeout` ms pass, or when `stop` settles (the unit was failed from
// outside: an uncaught error, an abort).
function runCallable(fn, ctx, timeout, stop) {
  let settled;
  if (fn.length >= 2) {
    settled = new Promise((resolve, reject) => {
      let calls = 0;
      const done = (err) => {
        if (++calls > 1) {
          stop.reject(testFailure('callback invoked multiple times', kMultipleCallbacks));
          return;
        }
        if (err) reject(err);
        else resolve();
      };
      const ret = Reflect.apply(fn, ctx, [ctx, done]);
      if (isThenable(ret)) {
        Reflect.apply(ret.then, ret, [noop, noop]);
        stop.reject(testFailure('passed a callback but also returned a Promise',
          kCallbackAndPromise));
      }
    });
  } else {
    let ret;
    try {
      ret = Reflect.apply(fn, ctx, [ctx]);
    } catch (err) {
      return Promise.reject(err);
    }
    if (!isThenable(ret) && timeout === Infinity) return null; // finished synchronously
    settled = Promise.resolve(ret);
  }
  if (timeout === Infinity) return Promise.race([settled, stop.promise]);
  let timer;
  const timedOut = new Promise((resolve, reject) => {
    timer = setTimeout(() => {
      reject(testFailure(`test timed out after ${timeout}ms`, kTimeoutFailure));
    }, timeout);
  });
  const clear = () => clearTimeout(timer);
  const race = Promise.race([settled, stop.promise, timedOut]);
  Reflect.apply(race.then, race, [clear, clear]);
  return race;
}

// --- hooks -------------------------------------------------------------------

class Hook {
  constructor(kind, fn, options) {
    validateFunction(fn, 'fn');
    if (options === undefined || options === null) options = {};
    validateObject(options, 'options');
    const { signal, timeout } = options;
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    if (timeout !== undefined) validateNumber(timeout, 'options.timeout', 0, Infinity);
    this.kind = kind;
    this.fn = fn;
    this.timeout = timeout === undefined ? Infinity : timeout;
    this.signal = signal;
    this.ran = false;
  }

  async run(ctx, stop) {
    if (this.signal?.aborted) throw this.signal.reason;
    const p = runCallable(this.fn, ctx, this.timeout, stop);
    if (p !== null) await p;
  }
}

// --- tests --------------------------------------------------------------------

class Test {
  constructor(parent, name, fn, options, loc) {
    this.parent = parent;
    this.root = parent === null ? this : parent.root;
    this.harness = parent === null ? null : parent.harness;
    this.name = name;
    this.fn = fn;
    this.loc = loc;
    this.nesting = parent === null ? -1 : parent.nesting + 1;
    const opts = readOptions(options, parent);
    this.concurrency = opts.concurrency;
    this.timeout = opts.timeout;
    this.plan = opts.plan === null ? null : new Plan(opts.plan, false);
    this.only = options.only === true;
    this.skip = readDirective(options.skip);
    this.todo = readDirective(options.todo);
    if (parent !== null && parent.isSuite) {
      if (this.skip === undefined && parent.skip !== undefined) this.skip = true;
      if (this.todo === undefined && parent.todo !== undefined) this.todo = true;
    }
    this.subtests = [];
    this.pending = [];
    this.active = 0;
    this.accepting = false; // whether new subtests start at once
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.state = 'created';
    this.error = null;
    this.startTime = 0n;
    this.duration = 0;
    this.diagnostics = [];
    this.mockTracker = null;
    this.done = deferred();
    this.stop = deferred();
    Reflect.apply(this.stop.promise.then, this.stop.promise, [noop, noop]);
    this.abortController = new AbortController();
    this.signal = this.abortController.signal;
    this.outerSignal = opts.signal;
    this.context = this.makeContext();
    // reporter state
    this.cursor = 0;
    this.headerShown = false;
  }

  get isSuite() { return false; }

  makeContext() {
    return new TestContext(this);
  }

  addHook(kind, fn, options) {
    const hook = new Hook(kind, fn, options);
    this.hooks[kind].push(hook);
    // a running test's `before` hook runs now
    if (kind === 'before' && this.state === 'running' && !this.isSuite) {
      hook.ran = true;
      const p = hook.run(this.context, this.stop);
      Reflect.apply(p.then, p, [noop, (err) => this.fail(testFailure(err, kHookFailure))]);
    }
  }

  addSubtest(child) {
    this.subtests.push(child);
    if (this.accepting && this.active < this.concurrency) this.startSubtest(child);
    else this.pending.push(child);
  }

  startSubtest(child) {
    this.active++;
    const p = child.start();
    Reflect.apply(p.then, p, [() => {
      this.active--;
      this.startPending();
    }]);
  }

  startPending() {
    while (this.accepting && this.active < this.concurrency && this.pending.length > 0) {
      this.startSubtest(this.pending.shift());
    }
  }

  // Waits until every subtest, including ones made meanwhile, is done.
  async waitSubtests() {
    for (;;) {
      const open = this.subtests.filter((t) => t.state !== 'done');
      if (open.length === 0) return;
      await Promise.race([Promise.all(open.map((t) => t.done.promise)), this.stop.promise]);
      if (this.error !== null) return;
    }
  }

  // Fails what has not finished, e.g. after a timeout or at process end.
  cancelSubtests(message) {
    this.accepting = false;
    for (const child of this.pending.splice(0)) {
      child.fail(testFailure(message, kCancelledByParent));
      child.finish();
    }
    for (const child of this.subtests) {
      if (child.state === 'running') child.cancel(message);
    }
  }

  cancel(message) {
    this.fail(testFailure(message, kCancelledByParent));
    this.stop.reject(this.error);
    this.cancelSubtests(message);
  }

  fail(err) {
    if (this.error !== null || this.state === 'done') return;
    this.error = err;
  }

  // An uncaught error or rejection while this test ran.
  failFromOutside(err) {
    this.fail(err);
    this.stop.reject(err);
  }

  start() {
    this.state = 'running';
    this.startTime = process.hrtime.bigint();
    this.harness.running.push(this);
    return this.run();
  }

  ancestorsFromRoot() {
    const list = [];
    for (let t = this.parent; t !== null; t = t.parent) list.unshift(t);
    return list;
  }

  async runHooks(kind, list, ctx) {
    for (const hook of list) {
      if (kind !== 'beforeEach' && kind !== 'afterEach') {
        if (hook.ran) continue;
        hook.ran = true;
      }
      await hook.run(ctx, this.stop);
    }
  }

  watchOuterSignal() {
    const signal = this.outerSignal;
    if (signal === undefined) return;
    const onAbort = () => {
      const reason = signal.reason;
      if (reason !== null && typeof reason === 'object') reason.failureType = kAborted;
      this.fail(testFailure(reason, kAborted));
      this.stop.reject(this.error);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  }

  async run() {
    if (this.skip !== undefined) {
      this.finish();
      return;
    }
    this.watchOuterSignal();
    const ancestors = this.ancestorsFromRoot();
    try {
      for (const a of ancestors) {
        if (this.error !== null) break;
        await this.runHooks('beforeEach', a.hooks.beforeEach, this.context);
      }
    } catch (err) {
      this.fail(err?.code === 'ERR_TEST_FAILURE' ? err : testFailure(err, kHookFailure));
    }
    if (this.error === null) {
      this.accepting = true;
      this.startPending();
      const stack = this.harness.syncStack;
      stack.push(this);
      let p;
      try {
        p = runCallable(this.fn, this.context, this.timeout, this.stop);
      } catch (err) {
        p = Promise.reject(err);
      } finally {
        stack.pop();
      }
      try {
        if (p !== null) await p;
      } catch (err) {
        this.fail(err?.code === 'ERR_TEST_FAILURE' && err.failureType !== undefined ?
          err : testFailure(err, kTestCodeFailure));
      }
      if (this.error === null) {
        try {
          await this.waitSubtests();
        } catch {
          // the stop promise: the error is set already
        }
      }
      if (this.error !== null) {
        this.cancelSubtests('test did not finish before its parent and was cancelled');
      }
    }
    await this.runAfterHooks(ancestors);
    if (this.plan !== null && this.error === null) {
      await this.plan.settle();
      const err = this.plan.check();
      if (err !== null) this.fail(err);
    }
    this.finish();
  }

  // The ancestors' after-each hooks (innermost first), then the test's own
  // after hooks, as Node orders them.
  async runAfterHooks(ancestors) {
    for (let i = ancestors.length - 1; i >= 0; i--) {
      try {
        await this.runHooks('afterEach', ancestors[i].hooks.afterEach, this.context);
      } catch (err) {
        this.fail(testFailure(err, kHookFailure));
      }
    }
    try {
      await this.runHooks('after', this.hooks.after, this.context);
    } catch (err) {
      this.fail(testFailure(err, kHookFailure));
    }
  }

  finish() {
    if (this.state === 'done') return;
    if (this.error === null) {
      const failed = this.subtests.filter((t) => t.failed()).length;
      if (failed > 0) {
        this.error = testFailure(`${failed} subtest${failed === 1 ? '' : 's'} failed`,
          kSubtestsFailed);
      }
    }
    this.state = 'done';
    if (this.startTime !== 0n) {
      this.duration = Number(process.hrtime.bigint() - this.startTime) / 1e6;
    }
    const running = this.harness.running;
    const i = running.lastIndexOf(this);
    if (i >= 0) running.splice(i, 1);
    if (this.mockTracker !== null) this.mockTracker.reset();
    this.abortController.abort();
    this.done.resolve();
    this.harness.reporter.drain();
  }

  // whether this result makes its parent fail
  failed() {
    return this.error !== null && this.todo === undefined && this.skip === undefined;
  }

  isCancelled() {
    return this.error !== null && kCancelledTypes.has(this.error.failureType);
  }
}

function readDirective(v) {
  if (v === undefined || v === false || v === null) return undefined;
  if (typeof v === 'string') return v;
  return true;
}

// --- suites --------------------------------------------------------------------

class Suite extends Test {
  constructor(parent, name, fn, options, loc) {
    super(parent, name, fn, options, loc);
    this.buildError = null;
    this.buildPromise = null;
    if (this.skip !== undefined) return;
    const stack = this.harness.syncStack;
    stack.push(this);
    try {
      const ret = Reflect.apply(fn, this.context, [this.context]);
      if (isThenable(ret)) {
        this.buildPromise = Promise.resolve(ret).then(noop, (err) => {
          this.buildError = err;
        });
      }
    } catch (err) {
      this.buildError = err;
    } finally {
      stack.pop();
    }
  }

  get isSuite() { return true; }

  makeContext() {
    return new SuiteContext(this);
  }

  async run() {
    if (this.skip !== undefined) {
      this.finish();
      return;
    }
    this.watchOuterSignal();
    if (this.buildPromise !== null) await this.buildPromise;
    if (this.buildError !== null) {
      this.fail(testFailure(this.buildError, kTestCodeFailure));
      this.pending.length = 0;
      this.subtests.length = 0;
      this.finish();
      return;
    }
    try {
      await this.runHooks('before', this.hooks.before, this.context);
    } catch (err) {
      this.fail(testFailure(err, kHookFailure));
    }
    if (this.error === null) {
      this.accepting = true;
      this.startPending();
      let timer;
      try {
        const all = this.waitSubtests();
        if (this.timeout === Infinity) {
          await all;
        } else {
          await Promise.race([all, new Promise((resolve, reject) => {
            timer = setTimeout(() => {
              reject(testFailure(`test timed out after ${this.timeout}ms`, kTimeoutFailure));
            }, this.timeout);
          })]);
        }
      } catch (err) {
        if (err?.failureType === kTimeoutFailure) this.fail(err);
      } finally {
        if (timer !== undefined) clearTimeout(timer);
      }
    }
    if (this.error !== null) {
      this.cancelSubtests('test did not finish before its parent and was cancelled');
      await Promise.all(this.subtests.map((t) => t.done.promise));
    }
    try {
      await this.runHooks('after', this.hooks.after, this.context);
    } catch (err) {
      this.fail(testFailure(err, kHookFailure));
    }
    this.finish();
  }
}

module.exports = {
  Test, Suite, TestContext, SuiteContext, parseArgs, testFailure,
  kCancelledByParent, kSubtestsFailed,
};
