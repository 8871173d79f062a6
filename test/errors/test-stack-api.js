'use strict';
// V8's stack-trace API: stack format, Error.captureStackTrace,
// Error.prepareStackTrace with CallSites, Error.stackTraceLimit.
const assert = require('assert');

function here() { return new Error('here'); }

// format: header from name/message, "    at fn (file:line:col)" frames
{
  const e = here();
  const lines = e.stack.split('\n');
  assert.strictEqual(lines[0], 'Error: here');
  assert.match(lines[1], /^    at here \(.*test-stack-api\.js:6:\d+\)$/);
  assert.match(lines[2], /^    at Object\.<anonymous> \(.*test-stack-api\.js:\d+:\d+\)$/);
}

// the header is read when the stack is first read, then kept
{
  const e = new TypeError('first');
  e.message = 'second';
  e.name = 'Renamed';
  assert.match(e.stack, /^Renamed: second\n/);
  e.message = 'third';
  assert.match(e.stack, /^Renamed: second\n/);
  e.stack = 'replaced';
  assert.strictEqual(e.stack, 'replaced');
}

// constructors behave as native ones
{
  assert.strictEqual(Error.prototype.constructor, Error);
  assert.strictEqual(TypeError.prototype.constructor, TypeError);
  assert.strictEqual(Object.getPrototypeOf(TypeError), Error);
  assert.strictEqual(Error.name, 'Error');
  assert.strictEqual(Error.length, 1);
  assert.strictEqual(AggregateError.length, 2);
  const e = Error('no new');
  assert.ok(e instanceof Error);
  assert.strictEqual(Object.prototype.toString.call(e), '[object Error]');
  assert.strictEqual(new RangeError('r') instanceof Error, true);
  let engineError;
  try { null.x; } catch (err) { engineError = err; }
  assert.ok(engineError instanceof TypeError);
  assert.strictEqual(engineError.constructor, TypeError);
  class MyError extends Error {
    constructor(m) { super(m); this.name = 'MyError'; }
  }
  const m = new MyError('mine');
  assert.ok(m instanceof MyError && m instanceof Error);
  assert.strictEqual(Object.prototype.toString.call(m), '[object Error]');
  // the subclass constructor's frame is not shown
  const lines = m.stack.split('\n');
  assert.strictEqual(lines[0], 'MyError: mine');
  assert.match(lines[1], /^    at Object\.<anonymous> \(/);
  let target;
  class Probe extends Error { constructor() { super(); target = new.target; } }
  new Probe();
  assert.strictEqual(target, Probe);
  const c = new Error('c', { cause: 1 });
  assert.strictEqual(c.cause, 1);
  const a = new AggregateError([1, 2], 'agg');
  assert.deepStrictEqual(a.errors, [1, 2]);
  assert.strictEqual(a.message, 'agg');
}

// Error.stackTraceLimit
{
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  assert.strictEqual(new Error('none').stack, 'Error: none');
  Error.stackTraceLimit = 1;
  assert.strictEqual(new Error('one').stack.split('\n').length, 2);
  Error.stackTraceLimit = saved;
  assert.ok(new Error('x').stack.split('\n').length > 2);
}

// Error.captureStackTrace
{
  // (no calls in tail position: strict code may drop their frames)
  function a() { const r = b(); return r; }
  function b() { const r = c(); return r; }
  function c() {
    const o = {};
    Error.captureStackTrace(o, b);
    return o;
  }
  const o = a();
  const lines = o.stack.split('\n');
  assert.strictEqual(lines[0], 'Error');
  assert.match(lines[1], /^    at a \(/);
  const desc = Object.getOwnPropertyDescriptor(o, 'stack');
  assert.strictEqual(desc.enumerable, false);
  const named = { name: 'Named', message: 'msg' };
  Error.captureStackTrace(named);
  assert.match(named.stack, /^Named: msg\n    at /);
  assert.throws(() => Error.captureStackTrace(1), TypeError);
  const err = new Error('recaptured');
  (function again() { Error.captureStackTrace(err); })();
  assert.match(err.stack.split('\n')[1], /^    at again \(/);
}

// Error.prepareStackTrace and CallSites
{
  let seen;
  Error.prepareStackTrace = (err, sites) => { seen = err; return sites; };
  const err = here();
  const sites = err.stack;
  Error.prepareStackTrace = undefined;
  assert.strictEqual(seen, err);
  assert.ok(Array.isArray(sites));
  const s = sites[0];
  assert.strictEqual(s.getFunctionName(), 'here');
  assert.strictEqual(s.getFileName(), __filename);
  assert.strictEqual(s.getScriptNameOrSourceURL(), __filename);
  assert.strictEqual(s.getLineNumber(), 6);
  assert.strictEqual(typeof s.getColumnNumber(), 'number');
  assert.strictEqual(s.isEval(), false);
  assert.strictEqual(s.isNative(), false);
  assert.strictEqual(s.isConstructor(), false);
  assert.strictEqual(s.isAsync(), false);
  assert.strictEqual(s.isPromiseAll(), false);
  assert.strictEqual(s.getPromiseIndex(), null);
  assert.strictEqual(s.getEvalOrigin(), undefined);
  assert.strictEqual(s.getMethodName(), null);
  assert.match(s.toString(), /^here \(.*test-stack-api\.js:6:\d+\)$/);
  const top = sites[1];
  assert.strictEqual(top.getFunctionName(), null);
  assert.strictEqual(top.getTypeName(), 'Object');
  assert.strictEqual(top.isToplevel(), false);
  assert.match(top.toString(), /^Object\.<anonymous> \(/);
}

// builtin and eval frames
{
  Error.prepareStackTrace = (err, sites) => sites;
  const viaMap = [1].map(function mapper() { return new Error().stack; })[0];
  const evalSites = eval('new Error().stack');
  Error.prepareStackTrace = undefined;
  assert.strictEqual(viaMap[0].getFunctionName(), 'mapper');
  assert.strictEqual(viaMap[1].toString(), 'Array.map (<anonymous>)');
  assert.strictEqual(viaMap[1].getFileName(), null);
  assert.strictEqual(evalSites[0].isEval(), true);
  assert.strictEqual(evalSites[0].getFunctionName(), 'eval');
  assert.match(evalSites[0].getEvalOrigin(), /^eval at <anonymous> \(.*test-stack-api\.js:\d+:\d+\)$/);
}

// errors nodus makes carry Node's codes and stack headers
{
  let e;
  try { process.nextTick(42); } catch (err) { e = err; }
  assert.strictEqual(e.name, 'TypeError');
  assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(String(e),
    'TypeError [ERR_INVALID_ARG_TYPE]: The "callback" argument must be of type function. Received type number (42)');
  assert.ok(e.stack.startsWith(`${String(e)}\n    at `));
  assert.deepStrictEqual(Object.keys(e), ['code']);
  const util = require('util');
  assert.match(util.inspect(e), /\n {2}code: 'ERR_INVALID_ARG_TYPE'\n\}$/);
}
