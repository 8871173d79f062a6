'use strict';
// assert.partialDeepStrictEqual: outcomes as util.isPartialDeepStrictEqual,
// failures as AssertionErrors with Node's message.
const assert = require('assert');
const { cases, outcomes } = require('../util/fixtures/partial-cases.js');

for (let i = 0; i < cases.length; i++) {
  const [actual, expected] = cases[i];
  if (outcomes[i] === 'T') {
    assert.partialDeepStrictEqual(actual, expected);
    assert.strict.partialDeepStrictEqual(actual, expected);
  } else {
    assert.throws(() => assert.partialDeepStrictEqual(actual, expected, 'm'),
      { name: 'AssertionError', code: 'ERR_ASSERTION', operator: 'partialDeepStrictEqual' }, `case ${i}`);
  }
}

assert.throws(() => assert.partialDeepStrictEqual(1), {
  code: 'ERR_MISSING_ARGS', message: 'The "actual" and "expected" arguments must be specified',
});

assert.throws(() => assert.partialDeepStrictEqual({ a: 1, b: { c: 2 } }, { a: 1, b: { c: 3 } }), {
  generatedMessage: true,
  message: 'Expected values to be partially and strictly deep-equal:\n+ actual - expected\n\n' +
    '  {\n    a: 1,\n    b: {\n+     c: 2\n-     c: 3\n    }\n  }\n',
});
assert.throws(() => assert.partialDeepStrictEqual([1, 2, 3], [4]), {
  message: 'Expected values to be partially and strictly deep-equal:\n+ actual - expected\n\n' +
    '  [\n+   1,\n+   2,\n+   3\n-   4\n  ]\n',
});
assert.throws(() => assert.partialDeepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])), {
  message: 'Expected values to be partially and strictly deep-equal:\n+ actual - expected\n\n' +
    '  Map(1) {\n+   1 => 2\n-   1 => 3\n  }\n',
});
assert.throws(() => assert.partialDeepStrictEqual(1, 2), {
  message: 'Expected values to be partially and strictly deep-equal:\n\n1 !== 2\n',
  actual: 1, expected: 2,
});
assert.throws(() => assert.partialDeepStrictEqual(1, 2, 'custom %s', 'x'), {
  message: 'custom x\n\n1 !== 2\n', generatedMessage: false,
});
const err = new Error('mine');
assert.throws(() => assert.partialDeepStrictEqual(1, 2, err), err);
