'use strict';
// URLSearchParams: constructors, methods, errors, the form-urlencoded
// parser and serializer, iterators and util.inspect output.
const assert = require('assert');
const util = require('util');

const str = (init) => new URLSearchParams(init).toString();
assert.strictEqual(str(), '');
assert.strictEqual(str(undefined), '');
assert.strictEqual(str(null), 'null=');
assert.strictEqual(str(5), '5=');
assert.strictEqual(str('?a=1'), 'a=1');
assert.strictEqual(str('??a=1'), '%3Fa=1');
assert.strictEqual(str('a b=c+d&&e=%zz&f=%F0%9F&=&g'), 'a+b=c+d&e=%25zz&f=%EF%BF%BD&=&g=');
assert.strictEqual(str([['a', 'b'], new Set(['c', 'd'])]), 'a=b&c=d');
assert.strictEqual(str(new Map([['a', 'b']])), 'a=b');
assert.strictEqual(str({ a: 1, b: [2, 3] }), 'a=1&b=2%2C3');
assert.strictEqual(str(new URLSearchParams('x=1')), 'x=1');
assert.strictEqual(str('\uD800=\uDC00'), '%EF%BF%BD=%EF%BF%BD');
assert.strictEqual(str({ '\uD800': 'x', '\uDC00': 'y' }), '%EF%BF%BD=y');
assert.strictEqual(str("!'()~*-._ é"), '%21%27%28%29%7E*-._+%C3%A9=');
const o = Object.create({ inherited: 1 });
o.own = 2;
Object.defineProperty(o, 'hidden', { value: 3 });
assert.strictEqual(str(o), 'own=2');

const tuple = { name: 'TypeError', code: 'ERR_INVALID_TUPLE', message: 'Each query pair must be an iterable [name, value] tuple' };
assert.throws(() => new URLSearchParams([[1]]), tuple);
assert.throws(() => new URLSearchParams([1]), tuple);
assert.throws(() => new URLSearchParams([null]), tuple);
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 5 }),
  { code: 'ERR_ARG_NOT_ITERABLE', message: 'Query pairs must be iterable' });
assert.throws(() => new URLSearchParams({ [Symbol('x')]: 1 }), TypeError);

const p = new URLSearchParams('a=1&b=2&a=3');
assert.strictEqual(p.size, 3);
assert.strictEqual(p.get('a'), '1');
assert.strictEqual(p.get('z'), null);
assert.deepStrictEqual(p.getAll('a'), ['1', '3']);
assert.strictEqual(p.has('a'), true);
assert.strictEqual(p.has('a', '3'), true);
assert.strictEqual(p.has('a', '2'), false);
p.append('c', 'x y');
p.set('a', '9');
assert.strictEqual(p.toString(), 'a=9&b=2&c=x+y');
p.append('a', '8');
p.delete('a', '9');
assert.strictEqual(p.toString(), 'b=2&c=x+y&a=8');
p.delete('b');
assert.strictEqual(p.toString(), 'c=x+y&a=8');
const sorted = new URLSearchParams('z=1&b=2&a=3&b=1&\uFFFD=x&\u{1F600}=y');
sorted.sort();
assert.strictEqual([...sorted.keys()].join(','), 'a,b,b,z,\u{1F600},\uFFFD');
assert.deepStrictEqual([...sorted.values()].slice(0, 3), ['3', '2', '1']);
assert.deepStrictEqual([...new URLSearchParams('a=1&b=2')], [['a', '1'], ['b', '2']]);
assert.strictEqual(URLSearchParams.prototype[Symbol.iterator], URLSearchParams.prototype.entries);
const seen = [];
new URLSearchParams('a=1&b=2').forEach(function (v, k, self) {
  seen.push([k, v, this, self instanceof URLSearchParams]);
}, 'T');
assert.deepStrictEqual(seen.map((x) => x.slice(0, 2)), [['a', '1'], ['b', '2']]);

const missing = (names) => ({ name: 'TypeError', code: 'ERR_MISSING_ARGS' });
assert.throws(() => p.append('a'), { ...missing(), message: 'The "name" and "value" arguments must be specified' });
assert.throws(() => p.set('a'), { ...missing(), message: 'The "name" and "value" arguments must be specified' });
assert.throws(() => p.get(), { ...missing(), message: 'The "name" argument must be specified' });
for (const m of ['getAll', 'has', 'delete']) assert.throws(() => p[m](), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => p.forEach(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type number (1)',
});
assert.throws(() => URLSearchParams.prototype.get.call({}, 'a'),
  { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParams' });
assert.throws(() => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}),
  { code: 'ERR_INVALID_THIS' });
assert.throws(() => p.keys().next.call({}),
  { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParamsIterator' });

// iterators
const it = new URLSearchParams('a=1&b=2').entries();
assert.strictEqual(Object.prototype.toString.call(it), '[object URLSearchParams Iterator]');
assert.deepStrictEqual(it.next(), { value: ['a', '1'], done: false });
assert.strictEqual(util.inspect(it), "URLSearchParams Iterator { [ 'b', '2' ] }");
assert.deepStrictEqual(it.next(), { value: ['b', '2'], done: false });
assert.deepStrictEqual(it.next(), { value: undefined, done: true });
assert.strictEqual(util.inspect(new URLSearchParams().values()), 'URLSearchParams Iterator {  }');
const itProto = Object.getPrototypeOf(it);
assert.deepStrictEqual(Object.getOwnPropertyNames(itProto), ['next']);
assert.strictEqual(Object.getPrototypeOf(itProto), Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));

// inspect
assert.strictEqual(util.inspect(new URLSearchParams()), 'URLSearchParams {}');
assert.strictEqual(util.inspect(new URLSearchParams('a=1&b=2')), "URLSearchParams { 'a' => '1', 'b' => '2' }");
assert.strictEqual(util.inspect(new URLSearchParams({
  aaaaaaaaaaaaaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbbbbbbbb', ccccccccccccccccccccc: 'dddddddddddddddddddddddd', e: 'f',
})), `URLSearchParams {
  'aaaaaaaaaaaaaaaaaaaaa' => 'bbbbbbbbbbbbbbbbbbbbbbbbbb',
  'ccccccccccccccccccccc' => 'dddddddddddddddddddddddd',
  'e' => 'f' }`);
assert.strictEqual(util.inspect({ x: new URLSearchParams('a=1') }, { depth: 0 }), '{ x: [Object] }');
assert.deepStrictEqual(Object.getOwnPropertyNames(URLSearchParams.prototype), ['constructor', 'size',
  'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values',
  'toString']);
assert.strictEqual(Object.prototype.toString.call(p), '[object URLSearchParams]');
