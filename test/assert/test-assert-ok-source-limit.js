'use strict';
// assert.ok's generated message quotes the failing call even when
// Error.stackTraceLimit is 0, as Node reads the call site on its own.
const assert = require('assert');

const saved = Error.stackTraceLimit;
Error.stackTraceLimit = 0;
assert.throws(() => assert.ok(typeof 123 === 'string'), {
  message: "The expression evaluated to a falsy value:\n\n  assert.ok(typeof 123 === 'string')\n",
});
assert.throws(() => {
  assert.strict.ok(
    null
  );
}, {
  message: 'The expression evaluated to a falsy value:\n\n  assert.strict.ok(\n',
});
Error.stackTraceLimit = saved;
assert.throws(() => assert(0), {
  message: 'The expression evaluated to a falsy value:\n\n  assert(0)\n',
});
