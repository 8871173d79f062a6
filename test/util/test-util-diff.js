'use strict';
// util.diff: Myers edit scripts over strings and string arrays.
const assert = require('assert');
const { diff } = require('util');

assert.deepStrictEqual(diff('abc', 'abd'), [[0, 'a'], [0, 'b'], [1, 'c'], [-1, 'd']]);
assert.deepStrictEqual(diff(['a', 'b', 'c'], ['a', 'x', 'c']), [[0, 'a'], [1, 'b'], [-1, 'x'], [0, 'c']]);
assert.deepStrictEqual(diff('kitten', 'sitting'), [[1, 'k'], [-1, 's'], [0, 'i'], [0, 't'], [0, 't'],
  [1, 'e'], [-1, 'i'], [0, 'n'], [-1, 'g']]);
// ties resolve as Node's
assert.deepStrictEqual(diff('abcabba', 'cbabac'), [[1, 'a'], [1, 'b'], [0, 'c'], [-1, 'b'], [0, 'a'],
  [0, 'b'], [1, 'b'], [0, 'a'], [-1, 'c']]);
assert.deepStrictEqual(diff('aaa', 'aa'), [[0, 'a'], [0, 'a'], [1, 'a']]);
assert.deepStrictEqual(diff('', 'ab'), [[-1, 'a'], [-1, 'b']]);
assert.deepStrictEqual(diff('ab', ''), [[1, 'a'], [1, 'b']]);
assert.deepStrictEqual(diff([], ['x']), [[-1, 'x']]);
assert.deepStrictEqual(diff('same', 'same'), []);
assert.deepStrictEqual(diff('', ''), []);
const lines = ['one', 'two', 'three'];
assert.deepStrictEqual(diff(lines, lines), []);
assert.deepStrictEqual(diff(lines, ['one', 'three']), [[0, 'one'], [1, 'two'], [0, 'three']]);
// strings are compared by UTF-16 code unit
assert.deepStrictEqual(diff('\u{1F600}', '\u{1F601}'),
  [[0, '\ud83d'], [1, '\ude00'], [-1, '\ude01']]);
// a string and an array mix: each element is one unit
assert.deepStrictEqual(diff('ab', ['ab']), [[1, 'a'], [1, 'b'], [-1, 'ab']]);

const typeErr = (fn, message) => assert.throws(fn, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message });
typeErr(() => diff(1, 2), 'The "actual" argument must be of type string. Received type number (1)');
typeErr(() => diff(['a', 1], ['b']), 'The "actual[1]" argument must be of type string. Received type number (1)');
typeErr(() => diff('a', null), 'The "expected" argument must be of type string. Received null');
typeErr(() => diff('a', [Symbol('s')]),
  'The "expected[0]" argument must be of type string. Received type symbol (Symbol(s))');
