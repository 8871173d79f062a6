'use strict';
// mock.fn, mock.method, mock.getter/setter, restore and reset.
const assert = require('assert');
const { mock } = require('node:test');

{
  const add = mock.fn((a, b) => a + b);
  assert.strictEqual(add(1, 2), 3);
  assert.strictEqual(add.call('self', 3, 4), 7);
  assert.strictEqual(add.mock.callCount(), 2);
  const calls = add.mock.calls;
  assert.deepStrictEqual(calls[0].arguments, [1, 2]);
  assert.strictEqual(calls[0].result, 3);
  assert.strictEqual(calls[0].error, undefined);
  assert.strictEqual(calls[0].target, undefined);
  assert.strictEqual(calls[1].this, 'self');
  assert.ok(calls[0].stack instanceof Error);
  calls.length = 0;
  assert.strictEqual(add.mock.calls.length, 2, 'calls is a copy');
  add.mock.mockImplementation((a, b) => a * b);
  assert.strictEqual(add(3, 4), 12);
  add.mock.mockImplementationOnce(() => 'once');
  assert.strictEqual(add(3, 4), 'once');
  assert.strictEqual(add(3, 4), 12);
  add.mock.mockImplementationOnce(() => 'at 6', 6);
  assert.strictEqual(add(1, 1), 1);
  assert.strictEqual(add(1, 1), 'at 6');
  add.mock.resetCalls();
  assert.strictEqual(add.mock.callCount(), 0);
  add.mock.restore();
  assert.strictEqual(add(2, 2), 4);
  assert.strictEqual(add.length, 2);
}
{
  const f = mock.fn(() => { throw new Error('nope'); });
  assert.throws(() => f(), /nope/);
  assert.strictEqual(f.mock.calls[0].error.message, 'nope');
  const empty = mock.fn();
  assert.strictEqual(empty(1), undefined);
  const limited = mock.fn(() => 'orig', () => 'mock', { times: 2 });
  assert.deepStrictEqual([limited(), limited(), limited()], ['mock', 'mock', 'orig']);
  class A { constructor(x) { this.x = x; } }
  const M = mock.fn(A);
  const a = new M(5);
  assert.strictEqual(a.x, 5);
  assert.ok(a instanceof A);
  assert.strictEqual(M.mock.calls[0].target, A);
  assert.strictEqual(M.mock.calls[0].this, a);
}
{
  const obj = {
    base: 10,
    get value() { return this.base; },
    set value(v) { this.base = v; },
    add(n) { return this.base + n; },
  };
  const m = mock.method(obj, 'add');
  assert.strictEqual(obj.add(5), 15);
  assert.strictEqual(m.mock.calls[0].this, obj);
  assert.strictEqual(obj.add.mock.callCount(), 1);
  mock.method(obj, 'add', () => 'replaced');
  assert.strictEqual(obj.add(1), 'replaced');
  const g = mock.getter(obj, 'value', () => 99);
  assert.strictEqual(obj.value, 99);
  assert.strictEqual(g.mock.callCount(), 1);
  g.mock.restore();
  assert.strictEqual(obj.value, 10);
  const s = mock.setter(obj, 'value', function(v) { this.base = v * 2; });
  obj.value = 4;
  assert.strictEqual(obj.base, 8);
  assert.deepStrictEqual(s.mock.calls[0].arguments, [4]);
  mock.restoreAll();
  assert.strictEqual(obj.add(1), 9);
  assert.strictEqual(obj.value, 8);
  // inherited methods are mocked on the object itself
  const child = Object.create({ hi() { return 'proto'; } });
  mock.method(child, 'hi', () => 'mocked');
  assert.strictEqual(child.hi(), 'mocked');
  mock.reset();
  assert.strictEqual(child.hi(), 'proto');
}
{
  assert.throws(() => mock.fn(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => mock.method({ a: 1 }, 'a'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => mock.method({}, 'missing'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => mock.method(null, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => mock.fn(() => {}, { times: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => mock.method({ f() {} }, 'f', { getter: true, setter: true }),
    { code: 'ERR_INVALID_ARG_VALUE' });
}
