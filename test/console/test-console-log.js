'use strict';
// console.log/info/debug go to stdout, warn/error to stderr, each call one
// write of util.format's text plus a newline.
const assert = require('assert');
const util = require('util');

const writes = [];
const { stdout, stderr } = process;
const origOut = stdout.write;
const origErr = stderr.write;
function capture(fn) {
  writes.length = 0;
  stdout.write = (s) => { writes.push(['out', s]); return true; };
  stderr.write = (s) => { writes.push(['err', s]); return true; };
  try {
    fn();
  } finally {
    stdout.write = origOut;
    stderr.write = origErr;
  }
  return writes.slice();
}

assert.deepStrictEqual(capture(() => console.log('hello')), [['out', 'hello\n']]);
assert.deepStrictEqual(capture(() => console.log()), [['out', '\n']]);
assert.deepStrictEqual(capture(() => console.log('')), [['out', '\n']]);
assert.deepStrictEqual(capture(() => console.log('%s')), [['out', '%s\n']]);
assert.deepStrictEqual(capture(() => console.log('a %s', 'b', { c: 1 })), [['out', 'a b { c: 1 }\n']]);
assert.deepStrictEqual(capture(() => console.log(1, 'two', [3], null, undefined, -0)),
  [['out', "1 two [ 3 ] null undefined -0\n"]]);
assert.deepStrictEqual(capture(() => console.info(1, 2)), [['out', '1 2\n']]);
assert.deepStrictEqual(capture(() => console.debug('%d|%i|%f', '5', 6.7, '8.5')), [['out', '5|6|8.5\n']]);
assert.deepStrictEqual(capture(() => console.warn('w', [1])), [['err', 'w [ 1 ]\n']]);
assert.deepStrictEqual(capture(() => console.error(new Map([[1, { a: 'x' }]]))),
  [['err', "Map(1) { 1 => { a: 'x' } }\n"]]);
assert.deepStrictEqual(capture(() => console.log('%o', [1])), [['out', '[ 1, [length]: 1 ]\n']]);
assert.deepStrictEqual(capture(() => console.log('%c%s%%', 'color: red', 'x')), [['out', 'x%\n']]);
assert.deepStrictEqual(capture(() => console.log({ a: { b: { c: { d: {} } } } })),
  [['out', '{ a: { b: { c: [Object] } } }\n']]);
assert.deepStrictEqual(capture(() => console.dir({ a: { b: { c: { d: {} } } } }, { depth: null })),
  [['out', '{\n  a: { b: { c: { d: {} } } }\n}\n']]);
assert.deepStrictEqual(capture(() => console.log(Array.from({ length: 30 }, (_, i) => i))),
  [['out', `${util.inspect(Array.from({ length: 30 }, (_, i) => i))}\n`]]);

const circular = { name: 'x' };
circular.self = circular;
assert.deepStrictEqual(capture(() => console.log(circular)),
  [['out', "<ref *1> { name: 'x', self: [Circular *1] }\n"]]);

// Custom inspection applies to console output too.
const custom = { [util.inspect.custom]: () => 'CUSTOM' };
assert.deepStrictEqual(capture(() => console.log(custom, [custom])), [['out', 'CUSTOM [ CUSTOM ]\n']]);

// console methods work detached from the console object.
const { log, error } = console;
assert.deepStrictEqual(capture(() => { log('detached'); error('too'); }),
  [['out', 'detached\n'], ['err', 'too\n']]);

// console.assert: message only on failure, on stderr.
assert.deepStrictEqual(capture(() => console.assert(true, 'never')), []);
assert.deepStrictEqual(capture(() => console.assert(false, 'yes %s', 'x')),
  [['err', 'Assertion failed: yes x\n']]);
assert.deepStrictEqual(capture(() => console.assert(false, { o: 1 })),
  [['err', 'Assertion failed { o: 1 }\n']]);
assert.deepStrictEqual(capture(() => console.assert(0)), [['err', 'Assertion failed\n']]);

// console.dir: inspect with options, custom inspection off.
assert.deepStrictEqual(capture(() => console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 })),
  [['out', '{ a: [Object] }\n']]);
assert.deepStrictEqual(capture(() => console.dir({ x: 1, [util.inspect.custom]() { return 'C'; } })),
  [['out', '{\n  x: 1,\n  Symbol(nodejs.util.inspect.custom): [Function: [nodejs.util.inspect.custom]]\n}\n']]);
assert.deepStrictEqual(capture(() => console.dir('str')), [['out', "'str'\n"]]);
