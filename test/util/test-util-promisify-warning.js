'use strict';
// util.promisify warns (DEP0174, every call) when the wrapped function
// returns a promise; a function merely claiming to be async does not warn.
const assert = require('assert');
const { promisify } = require('util');

const warnings = [];
process.on('warning', (w) => warnings.push([w.name, w.code, w.message]));

function foo() {}
foo.constructor = (async () => {}).constructor;
promisify(foo);

const p = promisify(async (cb) => { cb(null, 7); });
p().then((v) => {
  assert.strictEqual(v, 7);
  return p();
}).then(() => {
  setImmediate(() => {
    const w = ['DeprecationWarning', 'DEP0174',
               'Calling promisify on a function that returns a Promise is likely a mistake.'];
    assert.deepStrictEqual(warnings, [w, w]);
  });
});
