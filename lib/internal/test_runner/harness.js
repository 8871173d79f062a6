'use strict';
// The root of a file's tests. The first test() call makes it: top-level
// tests start once the main module has finished (a microtask later), in
// order, one at a time; `only` marks filter what runs. Uncaught errors
// and rejections fail the test that is running. When the loop has nothing
// left ('beforeExit'), unfinished tests are cancelled, the root's after
// hooks run, the summary is printed and the exit code set.

const { Test, Suite, parseArgs, testFailure, kCancelledByParent } =
  require('internal/test_runner/test');
const { SpecReporter } = require('internal/test_runner/reporter');
const { callSites } = require('internal/errors/stack');

let harness = null;

function callerLoc(fn) {
  const site = callSites(fn, 1)[0];
  if (site === undefined) return undefined;
  const file = site.getFileName();
  if (typeof file !== 'string' || file.startsWith('node:')) return undefined;
  const line = site.getLineNumber();
  return { file, line, column: v8Column(file, line, site.getColumnNumber()) };
}

// The engine places a call at its "("; V8, whose columns Node prints, at
// the start of the callee's last name (`test(` at `test`, `t.test(` at
// the second `test`).
const sources = new Map();
function v8Column(file, line, column) {
  let text = sources.get(file);
  if (text === undefined) {
    try {
      text = require('fs').readFileSync(file, 'utf8').split('\n');
    } catch {
      text = null;
    }
    sources.set(file, text);
  }
  const src = text?.[line - 1];
  if (src === undefined || src[column - 1] !== '(') return column;
  let i = column - 2;
  while (i >= 0 && src[i] === ' ') i--;
  while (i >= 0 && /[\w$]/.test(src[i])) i--;
  return i + 2;
}

// --- only ---------------------------------------------------------------------

function hasOnly(test) {
  if (test.only) return true;
  return test.isSuite && test.subtests.some(hasOnly);
}

// Keeps the subtests marked `only` or holding such marks; a marked suite
// keeps all of its own unless some of them are marked.
function filterOnly(test) {
  if (!test.subtests.some(hasOnly)) return;
  const keep = (t) => hasOnly(t);
  test.subtests = test.subtests.filter(keep);
  test.pending = test.pending.filter(keep);
  for (const t of test.subtests) if (t.isSuite) filterOnly(t);
}

// --- the root ------------------------------------------------------------------

function asyncActivityMessage(err, eventName) {
  return 'Error: A resource generated asynchronous activity after the test ended. ' +
    `This activity created the error "${err}" and would have caused the test to fail, ` +
    `but instead triggered an ${eventName} event.`;
}

function onProcessError(err, eventName) {
  const running = harness.running;
  let test;
  for (let i = running.length - 1; i >= 0; i--) {
    if (!running[i].isSuite) {
      test = running[i];
      break;
    }
  }
  if (test === undefined) test = running[running.length - 1];
  if (test === undefined) {
    harness.root.diagnostics.push(asyncActivityMessage(err, eventName));
    process.exitCode = 1;
    return;
  }
  test.failFromOutside(testFailure(err, eventName));
}

async function startRoot() {
  const root = harness.root;
  filterOnly(root);
  root.state = 'running';
  root.startTime = process.hrtime.bigint();
  try {
    await root.runHooks('before', root.hooks.before, root.context);
  } catch (err) {
    root.fail(testFailure(err, 'hookFailed'));
    root.cancelSubtests('test did not finish before its parent and was cancelled');
    return;
  }
  root.accepting = true;
  root.startPending();
}

async function finishRoot() {
  const root = harness.root;
  await harness.started;
  if (root.subtests.some((t) => t.state !== 'done')) {
    root.cancelSubtests('Promise resolution is still pending but the event loop has already resolved');
  }
  await Promise.all(root.subtests.map((t) => t.done.promise));
  for (const kind of ['before', 'after']) {
    try {
      await root.runHooks(kind, root.hooks[kind], root.context);
    } catch (err) {
      root.diagnostics.push(String(err?.stack ?? err));
      process.exitCode = 1;
    }
  }
  process.removeListener('uncaughtException', harness.onUncaught);
  process.removeListener('unhandledRejection', harness.onRejection);
  const failed = harness.reporter.summary();
  if (failed) process.exitCode = 1;
}

function getHarness() {
  if (harness !== null) return harness;
  const root = new Test(null, '<root>', () => {}, {}, undefined);
  harness = {
    root,
    running: [],   // started, unfinished tests, in start order
    syncStack: [], // tests and suites whose function runs right now
    reporter: null,
    started: null,
    finishing: false,
    onUncaught: (err) => onProcessError(err, 'uncaughtException'),
    onRejection: (reason) => onProcessError(reason, 'unhandledRejection'),
  };
  root.harness = harness;
  root.createdAt = process.hrtime.bigint();
  harness.reporter = new SpecReporter(root);
  process.on('uncaughtException', harness.onUncaught);
  process.on('unhandledRejection', harness.onRejection);
  process.on('beforeExit', () => {
    if (harness.finishing) return;
    harness.finishing = true;
    const p = finishRoot();
    Reflect.apply(p.then, p, [undefined, (err) => {
      process.exitCode = 1;
      throw err;
    }]);
  });
  harness.started = Promise.resolve().then(startRoot);
  return harness;
}

// Where test()/describe()/hooks called at any level attach: the suite being
// built or the test whose function is running, else the root.
function currentParent() {
  const h = getHarness();
  const stack = h.syncStack;
  return stack.length > 0 ? stack[stack.length - 1] : h.root;
}

function createTest(Kind, name, options, fn, overrides, caller) {
  const parent = currentParent();
  const args = parseArgs(name, options, fn);
  const opts = overrides === undefined ? args.options : { ...args.options, ...overrides };
  const loc = callerLoc(caller);
  if (parent.plan !== null && Kind === Test) parent.plan.count();
  const test = new Kind(parent, args.name, args.fn, opts, loc);
  parent.addSubtest(test);
  return test.done.promise;
}

function makeRunner(Kind, overrides) {
  const run = function(name, options, fn) {
    return createTest(Kind, name, options, fn, overrides, run);
  };
  return run;
}

function makeHook(kind) {
  const hook = function(fn, options) {
    currentParent().addHook(kind, fn, options);
  };
  Object.defineProperty(hook, 'name', { value: kind });
  return hook;
}

module.exports = {
  makeRunner, makeHook, callerLoc, getHarness, Test, Suite, kCancelledByParent,
};
