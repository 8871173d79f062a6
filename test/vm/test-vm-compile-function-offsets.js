'use strict';
// vm.compileFunction's lineOffset and columnOffset: stack positions of the
// code move by them (the column on the first line only), as int32 sums;
// out-of-range offsets are RangeErrors.
const assert = require('assert');
const vm = require('vm');

function where(code, options) {
  try {
    vm.compileFunction(code, [], { filename: 'offsets.js', ...options })();
  } catch (e) {
    const m = /offsets\.js:(-?\d+):(-?\d+)/.exec(e.stack);
    assert.ok(m, e.stack);
    return [Number(m[1]), Number(m[2])];
  }
  assert.fail('did not throw');
}

const first = 'throw new Error("x")';
const second = '\n  throw new Error("x")';
const [l1, c1] = where(first, {});
const [l2, c2] = where(second, {});
assert.strictEqual(l1, 1);
assert.strictEqual(l2, 2);

assert.deepStrictEqual(where(first, { lineOffset: 5, columnOffset: 7 }), [6, c1 + 7]);
assert.deepStrictEqual(where(second, { lineOffset: 5, columnOffset: 7 }), [7, c2]);
assert.deepStrictEqual(where(first, { lineOffset: -5, columnOffset: -3 }), [-4, c1 - 3]);
assert.deepStrictEqual(where(first, { lineOffset: 2147483647, columnOffset: 2147483647 }),
                       [-2147483648, (c1 + 2147483647) | 0]);
assert.deepStrictEqual(where(first, { lineOffset: -2147483648, columnOffset: -2147483648 }),
                       [-2147483647, c1 - 2147483648]);

// a function made with offsets is an ordinary function
const add = vm.compileFunction('return a + b', ['a', 'b'], { lineOffset: 3, columnOffset: 4 });
assert.strictEqual(add(2, 3), 5);

// a compile error names the offset line
assert.throws(() => vm.compileFunction('x y', [], { filename: 'offsets.js', lineOffset: 3 }),
              (e) => e instanceof SyntaxError && e.stack.startsWith('offsets.js:4\nx y\n'));

for (const [lineOffset, columnOffset, name] of [
  [-2147483649, 0, 'lineOffset'], [2147483648, 0, 'lineOffset'],
  [0, -2147483649, 'columnOffset'], [0, 1.5, 'columnOffset'],
]) {
  assert.throws(() => vm.compileFunction('', [], { lineOffset, columnOffset }),
                { code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
                  message: new RegExp(`The value of "options\\.${name}" is out of range`) });
}
assert.throws(() => vm.compileFunction('', [], { lineOffset: '1' }), { code: 'ERR_INVALID_ARG_TYPE' });
