'use strict';
// AbortController and AbortSignal: abort(), reason, throwIfAborted,
// onabort, AbortSignal.abort/timeout/any, receivers, inspect.
const assert = require('assert');
const { inspect } = require('util');
const { getEventListeners, listenerCount } = require('events');

{
  const ac = new AbortController();
  const { signal } = ac;
  assert.strictEqual(ac.signal, signal);
  assert.strictEqual(signal.aborted, false);
  assert.strictEqual(signal.reason, undefined);
  assert.strictEqual(signal.onabort, null);
  signal.throwIfAborted();
  const events = [];
  signal.onabort = (e) => events.push(['on', e.type, e.isTrusted, e.target === signal, e.constructor.name]);
  signal.addEventListener('abort', (e) => events.push(['listener', e.type]));
  ac.abort();
  ac.abort(); // second abort: nothing
  assert.deepStrictEqual(events, [['on', 'abort', true, true, 'Event'], ['listener', 'abort']]);
  assert.strictEqual(signal.aborted, true);
  assert.ok(signal.reason instanceof DOMException);
  assert.strictEqual(signal.reason.name, 'AbortError');
  assert.strictEqual(signal.reason.code, 20);
  assert.strictEqual(signal.reason.message, 'This operation was aborted');
  assert.throws(() => signal.throwIfAborted(), (e) => e === signal.reason);
  const ac2 = new AbortController();
  ac2.abort('why');
  assert.strictEqual(ac2.signal.reason, 'why');
  const ac3 = new AbortController();
  ac3.abort(null);
  assert.strictEqual(ac3.signal.reason, null);
  assert.strictEqual(new Event('x').isTrusted, false);
}

{
  // onabort: replacing keeps the handler's place; non-objects read back as null
  const ac = new AbortController();
  const order = [];
  ac.signal.addEventListener('abort', () => order.push(1));
  ac.signal.onabort = () => order.push('old');
  ac.signal.addEventListener('abort', () => order.push(3));
  ac.signal.onabort = () => order.push(2);
  assert.strictEqual(listenerCount(ac.signal, 'abort'), 3);
  ac.abort();
  assert.deepStrictEqual(order, [1, 2, 3]);
  const s = new AbortController().signal;
  s.onabort = 5;
  assert.strictEqual(s.onabort, null);
  const obj = { handleEvent() {} };
  s.onabort = obj;
  assert.strictEqual(s.onabort, obj);
  const d = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort');
  assert.deepStrictEqual([d.enumerable, d.configurable, typeof d.get, typeof d.set], [true, true, 'function', 'function']);
  const f = () => {};
  const s2 = new AbortController().signal;
  s2.onabort = f;
  assert.strictEqual(getEventListeners(s2, 'abort').length, 1);
}

{
  // static abort(), construction, receivers
  assert.strictEqual(AbortSignal.abort().aborted, true);
  assert.strictEqual(AbortSignal.abort('r').reason, 'r');
  assert.strictEqual(AbortSignal.abort().reason.name, 'AbortError');
  assert.throws(() => new AbortSignal(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
  const getAborted = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get;
  for (const bad of [null, undefined, 0, 'x', { __proto__: AbortSignal.prototype }]) {
    assert.throws(() => getAborted.call(bad), { name: 'TypeError' });
    assert.throws(() => AbortController.prototype.abort.call(bad), { name: 'TypeError' });
  }
  assert.throws(() => AbortSignal.prototype.throwIfAborted.call({}), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type AbortSignal',
  });
  // throwIfAborted reads the internal state, not the (patchable) getters
  const reason = new Error('real');
  const desc = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted');
  Object.defineProperty(AbortSignal.prototype, 'aborted', { value: false, configurable: true });
  assert.throws(() => AbortSignal.abort(reason).throwIfAborted(), (e) => e === reason);
  Object.defineProperty(AbortSignal.prototype, 'aborted', desc);
  assert.strictEqual(Object.prototype.toString.call(new AbortController()), '[object AbortController]');
  assert.strictEqual(Object.prototype.toString.call(AbortSignal.abort()), '[object AbortSignal]');
  assert.ok(AbortSignal.abort() instanceof EventTarget);
  assert.deepStrictEqual(Object.keys(AbortSignal.prototype), ['aborted', 'onabort']);
  assert.deepStrictEqual(Object.keys(AbortController.prototype), ['signal', 'abort']);
}

{
  // inspect
  const ac = new AbortController();
  assert.strictEqual(inspect(ac), 'AbortController { signal: AbortSignal { aborted: false } }');
  assert.strictEqual(inspect(ac, { depth: 1 }), 'AbortController { signal: [AbortSignal] }');
  assert.strictEqual(inspect(ac, { depth: 0 }), 'AbortController [Object]');
  assert.strictEqual(inspect(ac, { depth: null }), 'AbortController { signal: AbortSignal { aborted: false } }');
  assert.strictEqual(inspect(AbortSignal.abort()), 'AbortSignal { aborted: true }');
  assert.strictEqual(inspect({ a: { b: { c: ac.signal } } }), '{ a: { b: { c: [AbortSignal] } } }');
}

{
  // any(): validation, already-aborted inputs, dependents fire after their source
  for (const bad of [undefined, null, 1, 'ab']) {
    assert.throws(() => AbortSignal.any(bad), {
      name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'signals cannot be converted to sequence.',
    });
  }
  assert.throws(() => AbortSignal.any([AbortSignal.abort(), undefined]), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'signals[1] is not of type AbortSignal.',
  });
  assert.throws(() => AbortSignal.any([{ aborted: true }]), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(AbortSignal.any([]).aborted, false);
  const first = AbortSignal.any([AbortSignal.abort('a'), AbortSignal.abort('b')]);
  assert.deepStrictEqual([first.aborted, first.reason], [true, 'a']);

  const ac = new AbortController();
  const signals = [ac.signal, AbortSignal.any([ac.signal]), AbortSignal.any([ac.signal])];
  signals.push(AbortSignal.any([signals[0]]), AbortSignal.any([signals[1]]));
  let order = '';
  signals.forEach((s, i) => s.addEventListener('abort', () => { order += i; }));
  ac.abort('r');
  assert.strictEqual(order, '01234');
  assert.ok(signals.every((s) => s.aborted && s.reason === 'r'));

  const c1 = new AbortController();
  const c2 = new AbortController();
  const both = AbortSignal.any(new Set([c1.signal, c2.signal]));
  c2.abort(2);
  c1.abort(1);
  assert.strictEqual(both.reason, 2);
}

// timeout(): validation, then a TimeoutError on an unref'd timer
assert.throws(() => AbortSignal.timeout(), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "delay" argument must be of type number. Received undefined',
});
assert.throws(() => AbortSignal.timeout(-1), {
  name: 'RangeError',
  message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
const timed = AbortSignal.timeout(5);
assert.strictEqual(timed.aborted, false);
AbortSignal.timeout(1_200_000); // must not keep the process alive
const anyTimed = AbortSignal.any([AbortSignal.timeout(2)]);
let fired = 0;
anyTimed.addEventListener('abort', (e) => { fired++; assert.strictEqual(e.target, anyTimed); });
setTimeout(() => {
  assert.strictEqual(timed.aborted, true);
  assert.strictEqual(timed.reason.name, 'TimeoutError');
  assert.strictEqual(timed.reason.code, 23);
  assert.strictEqual(timed.reason.message, 'The operation was aborted due to timeout');
  assert.strictEqual(fired, 1);
  assert.strictEqual(anyTimed.reason.name, 'TimeoutError');
}, 50);
