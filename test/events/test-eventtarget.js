'use strict';
// Event, CustomEvent and EventTarget as Node has them.
const assert = require('assert');
const { inspect } = require('util');

{
  const ev = new Event('foo');
  assert.strictEqual(ev.type, 'foo');
  assert.strictEqual(ev.cancelable, false);
  assert.strictEqual(ev.defaultPrevented, false);
  assert.strictEqual(typeof ev.timeStamp, 'number');
  assert.deepStrictEqual(ev.composedPath(), []);
  assert.strictEqual(ev.returnValue, true);
  assert.strictEqual(ev.bubbles, false);
  assert.strictEqual(ev.composed, false);
  assert.strictEqual(ev.isTrusted, false);
  assert.strictEqual(ev.eventPhase, Event.NONE);
  assert.strictEqual(ev.target, null);
  ev.preventDefault(); // not cancelable: no effect
  assert.strictEqual(ev.defaultPrevented, false);
  ev.cancelBubble = 'truthy';
  assert.strictEqual(ev.cancelBubble, true);
  assert.strictEqual(new Event(1).type, '1');
  assert.strictEqual(new Event({}).type, '[object Object]');
  assert.throws(() => new Event(Symbol('s')), TypeError);
  const c = new Event('c', { cancelable: true, bubbles: 1, composed: 'y' });
  c.returnValue = false;
  assert.strictEqual(c.defaultPrevented, true);
  assert.deepStrictEqual([c.bubbles, c.composed, c.returnValue], [true, true, false]);
  assert.strictEqual(new Event('x', Object.create({ cancelable: true })).cancelable, true);
  c.initEvent('d', false, false);
  assert.deepStrictEqual([c.type, c.cancelable, c.bubbles], ['d', false, false]);
  assert.deepStrictEqual([Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE], [0, 1, 2, 3]);
  assert.strictEqual(Event.length, 1);
  assert.strictEqual(String(ev), '[object Event]');
  assert.deepStrictEqual(Object.keys(ev), []);
}

{
  // errors for bad arguments and bad receivers
  for (const options of ['foo', 1, false, []]) {
    assert.throws(() => new Event('foo', options), {
      name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: /^The "options" argument must be of type object\./,
    });
  }
  new Event('', null);
  new Event('', undefined);
  assert.throws(() => new Event(), { code: 'ERR_MISSING_ARGS', message: 'The "type" argument must be specified' });
  for (const key of ['type', 'target', 'defaultPrevented', 'timeStamp', 'eventPhase']) {
    assert.throws(() => Reflect.get(Event.prototype, key, {}), {
      code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Event',
    });
  }
  assert.throws(() => Event.prototype.preventDefault.call({}), { code: 'ERR_INVALID_THIS' });
  assert.throws(() => Reflect.get(CustomEvent.prototype, 'detail', {}), {
    message: 'Value of "this" must be of type CustomEvent',
  });
  const et = new EventTarget();
  assert.throws(() => et.addEventListener('foo'), {
    code: 'ERR_MISSING_ARGS', message: 'The "type" and "listener" arguments must be specified',
  });
  assert.throws(() => et.removeEventListener('foo'), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => et.dispatchEvent(), { code: 'ERR_MISSING_ARGS', message: 'The "event" argument must be specified' });
  for (const bad of ['foo', 1, false]) {
    assert.throws(() => et.addEventListener('foo', bad), {
      code: 'ERR_INVALID_ARG_TYPE', message: /^The "listener" argument must be an instance of EventListener\./,
    });
  }
  assert.throws(() => et.addEventListener('foo', () => {}, 1), {
    message: 'The "options" argument must be of type object. Received type number (1)',
  });
  assert.throws(() => et.addEventListener('foo', () => {}, { signal: null }), {
    message: 'The "options.signal" property must be an instance of AbortSignal. Received null',
  });
  for (const bad of ['foo', {}, undefined, 1]) {
    assert.throws(() => et.dispatchEvent(bad), { code: 'ERR_INVALID_ARG_TYPE', message: /^The "event" argument must be an instance of Event\./ });
  }
  for (const m of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
    assert.throws(() => EventTarget.prototype[m].call({}, 'x', () => {}), {
      code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type EventTarget',
    });
  }
  assert.throws(() => et.addEventListener(Symbol('s'), () => {}), TypeError);
}

{
  // dispatch: order, this, handleEvent objects, once, duplicates, capture
  const et = new EventTarget();
  const log = [];
  const fn = function(e) { log.push(['fn', this === et, e.eventPhase, e.target === et, e.currentTarget === et]); };
  const obj = { handleEvent(e) { log.push(['obj', this === obj, e.composedPath()[0] === et]); } };
  et.addEventListener('foo', fn);
  et.addEventListener('foo', fn); // duplicate
  et.addEventListener('foo', obj, { once: true });
  et.addEventListener('foo', fn, true); // different capture: separate entry
  const ev = new Event('foo');
  assert.strictEqual(et.dispatchEvent(ev), true);
  assert.strictEqual(et.dispatchEvent(new Event('foo')), true);
  // (Node 26 ends the dispatch state once the first listener returns)
  assert.deepStrictEqual(log, [
    ['fn', true, 2, true, true], ['obj', true, false], ['fn', true, 0, true, false],
    ['fn', true, 2, true, true], ['fn', true, 0, true, false],
  ]);
  // after dispatch: target kept, phase NONE, path empty, currentTarget null
  assert.strictEqual(ev.target, et);
  assert.strictEqual(ev.currentTarget, null);
  assert.strictEqual(ev.eventPhase, Event.NONE);
  assert.deepStrictEqual(ev.composedPath(), []);
  et.removeEventListener('foo', fn);
  et.removeEventListener('foo', fn, { capture: true });
  log.length = 0;
  et.dispatchEvent(new Event('foo'));
  assert.deepStrictEqual(log, []);
  // handleEvent is looked up when the event fires
  const late = {};
  et.addEventListener('late', late);
  late.handleEvent = () => log.push('late');
  et.dispatchEvent(new Event('late'));
  assert.deepStrictEqual(log, ['late']);
  // null listeners are ignored (with a warning)
  et.addEventListener('foo', null);
  et.removeEventListener('foo', undefined);
}

{
  // preventDefault, passive listeners, stopImmediatePropagation, recursion
  const et = new EventTarget();
  et.addEventListener('foo', (e) => e.preventDefault(), { passive: true });
  assert.strictEqual(et.dispatchEvent(new Event('foo', { cancelable: true })), true);
  et.addEventListener('foo', (e) => e.preventDefault());
  const ev = new Event('foo', { cancelable: true });
  assert.strictEqual(et.dispatchEvent(ev), false);
  assert.strictEqual(ev.defaultPrevented, true);

  const t2 = new EventTarget();
  const calls = [];
  t2.addEventListener('s', (e) => { calls.push(1); e.stopImmediatePropagation(); });
  t2.addEventListener('s', () => calls.push(2));
  t2.dispatchEvent(new Event('s'));
  const stopped = new Event('s');
  stopped.stopImmediatePropagation();
  assert.strictEqual(stopped.cancelBubble, true);
  t2.dispatchEvent(stopped);
  assert.deepStrictEqual(calls, [1]);

  const t3 = new EventTarget();
  const other = new EventTarget();
  const rec = new Event('r');
  t3.addEventListener('r', (e) => {
    assert.throws(() => other.dispatchEvent(e), {
      code: 'ERR_EVENT_RECURSION', message: 'The event "r" is already being dispatched',
    });
    t3.dispatchEvent(new Event('inner')); // another event is fine
  }, { once: true });
  t3.dispatchEvent(rec);
  other.dispatchEvent(rec); // done dispatching: may be dispatched again
  assert.strictEqual(rec.target, other);
}

{
  // listeners removed during a dispatch are skipped; event names are any string
  const et = new EventTarget();
  const seen = [];
  const b = () => seen.push('b');
  et.addEventListener('x', () => { seen.push('a'); et.removeEventListener('x', b); });
  et.addEventListener('x', b);
  et.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(seen, ['a']);
  for (const type of ['__proto__', 'toString', 'constructor']) {
    et.addEventListener(type, (e) => seen.push(e.type));
    et.dispatchEvent(new Event(type));
  }
  assert.deepStrictEqual(seen, ['a', '__proto__', 'toString', 'constructor']);
}

{
  // a signal removes the listener, even if the abort event's propagation is stopped
  const ac = new AbortController();
  ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation(), { once: true });
  const et = new EventTarget();
  let n = 0;
  et.addEventListener('foo', () => n++, { signal: ac.signal });
  et.dispatchEvent(new Event('foo'));
  ac.abort();
  et.dispatchEvent(new Event('foo'));
  et.addEventListener('foo', () => n++, { signal: ac.signal }); // already aborted: not added
  et.dispatchEvent(new Event('foo'));
  assert.strictEqual(n, 1);
}

{
  // CustomEvent
  const ce = new CustomEvent('c', { detail: { a: 1 } });
  assert.deepStrictEqual(ce.detail, { a: 1 });
  assert.strictEqual(new CustomEvent('c').detail, null);
  assert.strictEqual(new CustomEvent('c', { detail: 0 }).detail, 0);
  assert.ok(ce instanceof Event);
  assert.strictEqual(Object.prototype.toString.call(ce), '[object CustomEvent]');
  assert.throws(() => new CustomEvent(), { code: 'ERR_MISSING_ARGS' });
}

{
  // subclassing, prototype shape, inspect
  class Sub extends EventTarget {}
  const s = new Sub();
  let hit = false;
  s.addEventListener('x', () => { hit = true; });
  s.dispatchEvent(new Event('x'));
  assert.ok(hit);
  assert.deepStrictEqual(Object.keys(s), []);
  assert.deepStrictEqual(Object.getOwnPropertyNames(s), []);
  assert.deepStrictEqual(Object.keys(EventTarget.prototype).sort(), ['addEventListener', 'dispatchEvent', 'removeEventListener']);
  assert.strictEqual(String(new EventTarget()), '[object EventTarget]');
  assert.strictEqual(EventTarget[Symbol.for('nodejs.event_target')], true);
  assert.strictEqual(inspect(new EventTarget()), 'EventTarget {}');
  assert.strictEqual(inspect(new Sub(), { depth: -1 }), 'Sub');
  assert.strictEqual(inspect(new Event('x'), { depth: -1 }), 'Event');
  assert.strictEqual(inspect({ a: { b: { c: new Event('x') } } }), '{ a: { b: { c: Event } } }');
  assert.match(inspect(new Event('x')),
    /^Event {\n {2}type: 'x',\n {2}defaultPrevented: false,\n {2}cancelable: false,\n {2}timeStamp: [\d.]+\n}$/);
  assert.match(inspect(new CustomEvent('y', { detail: 1 })), /^CustomEvent {\n {2}type: 'y',/);
  const isTrusted = Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted');
  assert.strictEqual(isTrusted.configurable, false);
  assert.strictEqual(typeof isTrusted.get, 'function');
  const d = Object.getOwnPropertyDescriptor(globalThis, 'EventTarget');
  assert.strictEqual(d.enumerable, false);
}
