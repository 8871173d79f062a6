'use strict';
// The stack API usage of the npm package depd (used by express): capture
// CallSites through a temporary prepareStackTrace, skip frames with
// captureStackTrace(obj, fn), and read file/line/column/eval/function
// names to identify a caller.
const assert = require('assert');

function prepareObjectStackTrace(obj, stack) {
  return stack;
}

function getStack() {
  const limit = Error.stackTraceLimit;
  const obj = {};
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = prepareObjectStackTrace;
  Error.stackTraceLimit = Math.max(10, limit);
  Error.captureStackTrace(obj);
  const stack = obj.stack.slice(1);
  Error.prepareStackTrace = prep;
  Error.stackTraceLimit = limit;
  return stack;
}

function callSiteLocation(callSite) {
  let file = callSite.getFileName() || '<anonymous>';
  const line = callSite.getLineNumber();
  const colm = callSite.getColumnNumber();
  if (callSite.isEval()) file = `${callSite.getEvalOrigin()}, ${file}`;
  const site = [file, line, colm];
  site.callSite = callSite;
  site.name = callSite.getFunctionName();
  return site;
}

function deprecatedApi() {
  const stack = getStack();
  // stack[0] is deprecatedApi itself, stack[1] its caller
  const site = callSiteLocation(stack[1]);
  const self = callSiteLocation(stack[0]);
  return { site, self };
}

function someCaller() {
  const r = deprecatedApi();
  return r;
}

const { site, self } = someCaller();
assert.strictEqual(self.name, 'deprecatedApi');
assert.strictEqual(site.name, 'someCaller');
assert.strictEqual(site[0], __filename);
assert.strictEqual(site[1], 45);
assert.strictEqual(typeof site[2], 'number');
assert.strictEqual(site.callSite.isEval(), false);
// the key depd builds for "already warned at this place" is stable
const again = someCaller().site;
assert.strictEqual(again.join(':'), site.join(':'));

// captureStackTrace(obj, fn) drops fn and everything above it
function wrapper() {
  const obj = {};
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = prepareObjectStackTrace;
  Error.captureStackTrace(obj, wrapper);
  const stack = obj.stack;
  Error.prepareStackTrace = prep;
  return stack;
}
function outerCaller() {
  const s = wrapper();
  return s;
}
const frames = outerCaller();
assert.strictEqual(frames[0].getFunctionName(), 'outerCaller');
assert.strictEqual(frames[0].getFileName(), __filename);

// eval callers are told apart by their origin
const evalStack = eval('getStack()');
assert.strictEqual(evalStack[0].isEval(), true);
assert.match(callSiteLocation(evalStack[0])[0], /^eval at /);
