'use strict';
// Errors in inspect: the stack as V8 keeps it (an own property, so it shows
// under showHidden and survives a null prototype), odd names, and Node's
// colours and collapsing of stack frames.
const assert = require('assert');
const util = require('util');
const { inspect } = util;

{
  const err = new Error('FAIL');
  const out = inspect(err, { showHidden: true });
  assert.match(out, /^Error: FAIL\n {4}at /);
  assert.match(out, /\{\n {2}\[stack\]: \[Getter\/Setter\],\n {2}\[message\]: 'FAIL'\n\}$/);
}

{
  class Foo extends Error {}
  const foo = new Foo('test');
  Object.setPrototypeOf(foo, null);
  assert.match(inspect(foo), /^\[Error: null prototype\]: test\n {4}at /);
}

// a name of any type
for (const [name, start] of [
  [404, '404 [RangeError]: foo'], [0, '0 [RangeError]: foo'], [null, 'null: foo'],
  [false, 'false [RangeError]: foo'], ['', 'foo'], [[1, 2, 3], '1,2,3 [RangeError]: foo'],
]) {
  const err = new RangeError('foo');
  err.name = name;
  assert.ok(inspect(err).startsWith(start), inspect(err));
}

// colours: core frames grey, package names underlined, the working directory grey
{
  const cwd = process.cwd();
  const err = new Error('x');
  err.stack = [
    'Error: x',
    '    at A.<anonymous> (/a/node_modules/foo/node_modules/@scope/bar/baz.js:2:7)',
    '    at Fancy (node:vm:697:32)',
    '    at notcore (node:internal/not/a/module:1:1)',
    `    at Object.<anonymous> (${cwd}/node_modules/m/file.js:1:2)`,
    `    at ${cwd}/lib/x.js:3:4`,
    `    at file://${cwd}/esm.js:5:6`,
  ].join('\n');
  assert.deepStrictEqual(inspect(err, { colors: true }).split('\n'), [
    'Error: x',
    '    at A.<anonymous> (/a/node_modules/\x1B[4mfoo\x1B[24m/node_modules/\x1B[4m@scope/bar\x1B[24m/baz.js:2:7)',
    '\x1B[90m    at Fancy (node:vm:697:32)\x1B[39m',
    '    at notcore (node:internal/not/a/module:1:1)',
    `    at Object.<anonymous> \x1B[90m(${cwd}/\x1B[39mnode_modules/\x1B[4mm\x1B[24m/file.js:1:2\x1B[90m)\x1B[39m`,
    `    at \x1B[90m${cwd}/\x1B[39mlib/x.js:3:4`,
    `    at \x1B[90mfile://${cwd}/\x1B[39mesm.js:5:6`,
  ]);
}

// long stacks: a run of repeated frames collapses into one line
{
  const err = new Error('deep');
  const frames = ['    at a (/x.js:1:1)'];
  for (let i = 0; i < 12; i++) frames.push('    at f (/x.js:2:2)');
  frames.push('    at main (/x.js:3:3)');
  err.stack = ['Error: deep', ...frames].join('\n');
  assert.strictEqual(inspect(err), [
    'Error: deep',
    '    at a (/x.js:1:1)',
    '    at f (/x.js:2:2)',
    '    ... collapsed 11 duplicate lines matching above 1 lines 11 times...',
    '    at main (/x.js:3:3)',
  ].join('\n'));
  const cycle = ['    at p (/y.js:1:1)', '    at q (/y.js:2:2)', '    at r (/y.js:3:3)'];
  err.stack = ['Error: deep', ...cycle, ...cycle, ...cycle, ...cycle, '    at end (/y.js:9:9)'].join('\n');
  assert.strictEqual(inspect(err), [
    'Error: deep', ...cycle,
    '    ... collapsed 9 duplicate lines matching above 3 lines 3 times...',
    '    at end (/y.js:9:9)',
  ].join('\n'));
  // short stacks are left alone
  err.stack = ['Error: deep', ...cycle, ...cycle].join('\n');
  assert.strictEqual(inspect(err), ['Error: deep', ...cycle, ...cycle].join('\n'));
}
