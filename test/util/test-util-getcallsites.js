'use strict';
// util.getCallSites: frame objects of the caller's stack, argument checks,
// independent of Error.stackTraceLimit and Error.prepareStackTrace.
const assert = require('assert');
const { getCallSites } = require('util');
const { spawnSync } = require('child_process');

// (results go through a variable: the engine may drop frames of strict-mode tail calls)
function outer() { const s = inner(); return s; }
function inner() { const s = getCallSites(3); return s; }
const sites = outer();
assert.strictEqual(sites.length, 3);
assert.deepStrictEqual(sites.map((s) => s.functionName), ['inner', 'outer', '']);
for (const s of sites) {
  assert.strictEqual(Object.getPrototypeOf(s), null);
  assert.deepStrictEqual(Object.keys(s),
    ['functionName', 'scriptId', 'scriptName', 'lineNumber', 'columnNumber', 'column']);
  assert.strictEqual(s.scriptName, __filename);
  assert.strictEqual(typeof s.scriptId, 'string');
  assert.strictEqual(s.column, s.columnNumber);
  assert.ok(s.columnNumber > 0);
}
assert.deepStrictEqual(sites.map((s) => s.lineNumber), [10, 9, 11]);
assert.strictEqual(sites[0].scriptId, sites[1].scriptId);

// defaults to 10 frames at most; the options object may come first
assert.ok(getCallSites().length > 1 && getCallSites().length <= 10);
assert.strictEqual(getCallSites({ sourceMap: false })[0].scriptName, __filename);
assert.strictEqual(getCallSites(1).length, 1);

// Error.stackTraceLimit and Error.prepareStackTrace play no part
const savedLimit = Error.stackTraceLimit;
Error.stackTraceLimit = 0;
Error.prepareStackTrace = () => assert.fail('prepareStackTrace called');
try {
  assert.strictEqual(getCallSites(2).length, 2);
} finally {
  Error.stackTraceLimit = savedLimit;
  delete Error.prepareStackTrace;
}

// builtin frames are left out
const viaMap = [1].map(function mapper() { const s = getCallSites(2); return s; })[0];
assert.deepStrictEqual(viaMap.map((s) => s.functionName), ['mapper', '']);
const K = class K { constructor() { this.sites = getCallSites(1); } };
assert.strictEqual(new K().sites[0].functionName, 'K');

// argument checks
const err = (fn, code, message) => assert.throws(fn, { code, message });
err(() => getCallSites(0), 'ERR_OUT_OF_RANGE',
  'The value of "frameCount" is out of range. It must be >= 1 && <= 200. Received 0');
err(() => getCallSites(201), 'ERR_OUT_OF_RANGE',
  'The value of "frameCount" is out of range. It must be >= 1 && <= 200. Received 201');
err(() => getCallSites(3.6), 'ERR_OUT_OF_RANGE',
  'The value of "frameCount" is out of range. It must be an integer. Received 3.6');
err(() => getCallSites('1'), 'ERR_INVALID_ARG_TYPE',
  'The "frameCount" argument must be of type number. Received type string (\'1\')');
err(() => getCallSites([]), 'ERR_INVALID_ARG_TYPE',
  'The "options" argument must be of type object. Received an instance of Array');
err(() => getCallSites({}, {}), 'ERR_INVALID_ARG_TYPE',
  'The "frameCount" argument must be of type number. Received an instance of Object');
err(() => getCallSites(null), 'ERR_INVALID_ARG_TYPE',
  'The "options" argument must be of type object. Received null');
err(() => getCallSites(10, 10), 'ERR_INVALID_ARG_TYPE',
  'The "options" argument must be of type object. Received type number (10)');
err(() => getCallSites('x', 5), 'ERR_INVALID_ARG_TYPE',
  'The "options" argument must be of type object. Received type number (5)');
err(() => getCallSites({ sourceMap: 1 }), 'ERR_INVALID_ARG_TYPE',
  'The "options.sourceMap" property must be of type boolean. Received type number (1)');

// -e code is named [eval]
const r = spawnSync(process.execPath, ['-e',
  "process.stdout.write(require('util').getCallSites()[0].scriptName)"], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, '[eval]');
