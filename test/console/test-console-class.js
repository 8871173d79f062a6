'use strict';
// The Console class writing to two streams: formatting, groups, counters,
// dir, assert, table (box drawing), per-stream inspect options, colorMode.
const assert = require('assert');
const { Console } = require('console');
const EE = require('events');
function mk() { const s = new EE(); s.out = []; s.write = function (x) { this.out.push(x); return true; }; return s; }
const o = mk(), e = mk();
const c = new Console({ stdout: o, stderr: e });
c.log('a', 1, { b: 2 }); c.info('i'); c.debug('%d', 5); c.warn('w'); c.error(new Map([[1, 2]]));
c.group('G'); c.log('in\nmulti'); c.group(); c.warn('deep'); c.groupEnd(); c.groupCollapsed('gc'); c.log('x'); c.groupEnd(); c.groupEnd(); c.log('out');
c.count(); c.count(); c.count('x'); c.countReset(); c.count();
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 }); c.dirxml('d', 1);
c.assert(false, 'bad %s', 'x'); c.assert(0, { a: 1 }); c.assert(1, 'no');
c.table([{ a: 1, b: 'x' }, { a: 2, c: [1, 2, 3, 4] }]); c.table([1, 'two', { a: 1 }]);
c.table({ r1: { c: 1 }, r2: { c: 2, d: 3 } }, ['c']); c.table(new Map([['k', 1], [{ z: 1 }, 'v']])); c.table(new Set([1, 'a']));
c.table(5); c.table(['中文', 'abc']); c.table([[1, 2], [3]]); c.table([]);
c.table([{ x: { a: 1, b: 2, c: 3 }, y: [1, 2, 3, 4, 5] }]);
c.table(new Map([[1, 2]]).entries()); c.table(new Set([1]).values());
const c2 = new Console({ stdout: o, groupIndentation: 4 }); c2.group('a'); c2.log('b');
const c4 = new Console({ stdout: o, colorMode: true }); c4.log({ a: 'x' }, 1); c4.log('%s', 'str');
const c5 = new Console({ stdout: o, inspectOptions: { depth: 0 } }); c5.log({ a: { b: 1 } });
const c6 = new Console({ stdout: o, inspectOptions: new Map([[o, { compact: false }]]) }); c6.log({ a: 1 });


const expected = [["a 1 { b: 2 }\n","i\n","5\n","G\n","  in\n  multi\n","  gc\n","    x\n","out\n","default: 1\n","default: 2\n","x: 1\n","default: 1\n","{ a: [Object] }\n","d 1\n","┌─────────┬───┬─────┬──────────────────────────────┐\n│ (index) │ a │ b   │ c                            │\n├─────────┼───┼─────┼──────────────────────────────┤\n│ 0       │ 1 │ 'x' │                              │\n│ 1       │ 2 │     │ [ 1, 2, 3, ... 1 more item ] │\n└─────────┴───┴─────┴──────────────────────────────┘\n","┌─────────┬───┬────────┐\n│ (index) │ a │ Values │\n├─────────┼───┼────────┤\n│ 0       │   │ 1      │\n│ 1       │   │ 'two'  │\n│ 2       │ 1 │        │\n└─────────┴───┴────────┘\n","┌─────────┬───┐\n│ (index) │ c │\n├─────────┼───┤\n│ r1      │ 1 │\n│ r2      │ 2 │\n└─────────┴───┘\n","┌───────────────────┬──────────┬────────┐\n│ (iteration index) │ Key      │ Values │\n├───────────────────┼──────────┼────────┤\n│ 0                 │ 'k'      │ 1      │\n│ 1                 │ { z: 1 } │ 'v'    │\n└───────────────────┴──────────┴────────┘\n","┌───────────────────┬────────┐\n│ (iteration index) │ Values │\n├───────────────────┼────────┤\n│ 0                 │ 1      │\n│ 1                 │ 'a'    │\n└───────────────────┴────────┘\n","5\n","┌─────────┬────────┐\n│ (index) │ Values │\n├─────────┼────────┤\n│ 0       │ '中文' │\n│ 1       │ 'abc'  │\n└─────────┴────────┘\n","┌─────────┬───┬───┐\n│ (index) │ 0 │ 1 │\n├─────────┼───┼───┤\n│ 0       │ 1 │ 2 │\n│ 1       │ 3 │   │\n└─────────┴───┴───┘\n","┌─────────┐\n│ (index) │\n├─────────┤\n└─────────┘\n","┌─────────┬──────────┬───────────────────────────────┐\n│ (index) │ x        │ y                             │\n├─────────┼──────────┼───────────────────────────────┤\n│ 0       │ [Object] │ [ 1, 2, 3, ... 2 more items ] │\n└─────────┴──────────┴───────────────────────────────┘\n","┌───────────────────┬─────┬────────┐\n│ (iteration index) │ Key │ Values │\n├───────────────────┼─────┼────────┤\n│ 0                 │ 1   │ 2      │\n└───────────────────┴─────┴────────┘\n","┌───────────────────┬────────┐\n│ (iteration index) │ Values │\n├───────────────────┼────────┤\n│ 0                 │ 1      │\n└───────────────────┴────────┘\n","a\n","    b\n","{ a: \u001b[32m'x'\u001b[39m } \u001b[33m1\u001b[39m\n","str\n","{ a: [Object] }\n","{\n  a: 1\n}\n"],["w\n","Map(1) { 1 => 2 }\n","    deep\n","Assertion failed: bad x\n","Assertion failed { a: 1 }\n"]];
assert.deepStrictEqual([o.out, e.out], expected);

// argument checks
const bad = (opts, code, message) => assert.throws(() => new Console(opts), { code, message });
bad({}, 'ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for stdout');
bad({ stdout: o, stderr: 1 }, 'ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for stderr');
bad({ stdout: o, colorMode: 'x' }, 'ERR_INVALID_ARG_VALUE', "The argument 'colorMode' must be one of: 'auto', true, false. Received 'x'");
bad({ stdout: o, groupIndentation: 1001 }, 'ERR_OUT_OF_RANGE', 'The value of "groupIndentation" is out of range. It must be >= 0 && <= 1000. Received 1001');
bad({ stdout: o, inspectOptions: 1 }, 'ERR_INVALID_ARG_TYPE', 'The "options.inspectOptions" property must be of type object. Received type number (1)');
bad({ stdout: o, colorMode: true, inspectOptions: { colors: false } }, 'ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"');
assert.throws(() => c.table([], 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

// callable without new; instances and the global console pass instanceof
const plain = Console(o);
assert.ok(plain instanceof Console);
assert.ok(console instanceof Console);
assert.strictEqual(plain.log.name, 'log');
assert.strictEqual(Object.prototype.toString.call(plain), '[object console]');
assert.deepStrictEqual(Object.keys(plain), ['log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd',
  'timeLog', 'trace', 'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'dirxml',
  'groupCollapsed']);
// stderr defaults to stdout; ignoreErrors false lets write errors through
o.out.length = 0;
plain.error('to stdout');
assert.deepStrictEqual(o.out, ['to stdout\n']);
const failing = { write() { throw new Error('EPIPE'); } };
assert.throws(() => new Console({ stdout: failing, ignoreErrors: false }).log('x'), /EPIPE/);
new Console(Object.assign(new (require('events'))(), failing)).log('swallowed');

// trace goes to stderr: "Trace: message" and the caller's frames
e.out.length = 0;
(function traced() { c.trace('here %d', 1); })();
const lines = e.out[0].split('\n');
assert.strictEqual(lines[0], 'Trace: here 1');
assert.match(lines[1], /^    at traced \(/);
