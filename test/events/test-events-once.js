'use strict';
// events.once: resolves with the arguments, rejects on 'error' and on abort.
const assert = require('assert');
const { once, EventEmitter, listenerCount } = require('events');

async function main() {
  {
    const ee = new EventEmitter();
    process.nextTick(() => ee.emit('ev', 42, 24));
    assert.deepStrictEqual(await once(ee, 'ev'), [42, 24]);
    assert.strictEqual(ee.listenerCount('ev'), 0);
    assert.strictEqual(ee.listenerCount('error'), 0);
  }
  {
    // 'error' rejects and cleans up; once(ee, 'error') resolves instead
    const ee = new EventEmitter();
    const err = new Error('kaboom');
    process.nextTick(() => ee.emit('error', err));
    await assert.rejects(once(ee, 'ev'), (e) => e === err);
    assert.strictEqual(ee.listenerCount('ev'), 0);
    assert.strictEqual(ee.listenerCount('error'), 0);
    const p = once(ee, 'error');
    assert.strictEqual(ee.listenerCount('error'), 1);
    ee.emit('error', err);
    assert.deepStrictEqual(await p, [err]);
  }
  {
    // bad options reject (once is async)
    const ee = new EventEmitter();
    for (const options of [1, 'hi', null, false, Symbol('s')]) {
      await assert.rejects(once(ee, 'x', options), { code: 'ERR_INVALID_ARG_TYPE' });
    }
    for (const signal of [1, {}, 'hi', null, false]) {
      await assert.rejects(once(ee, 'x', { signal }), {
        code: 'ERR_INVALID_ARG_TYPE', message: /^The "options.signal" property must be an instance of AbortSignal/,
      });
    }
    await assert.rejects(once({}, 'x'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "emitter" argument must be an instance of EventEmitter. Received an instance of Object',
    });
  }
  {
    // AbortSignal: already aborted, aborted later, or left behind after the event
    const ee = new EventEmitter();
    await assert.rejects(once(ee, 'x', { signal: AbortSignal.abort('why') }), (e) => {
      assert.strictEqual(e.name, 'AbortError');
      assert.strictEqual(e.code, 'ABORT_ERR');
      assert.strictEqual(e.message, 'The operation was aborted');
      assert.strictEqual(e.cause, 'why');
      return true;
    });
    const ac = new AbortController();
    const p = once(ee, 'x', { signal: ac.signal });
    assert.strictEqual(listenerCount(ac.signal, 'abort'), 1);
    process.nextTick(() => ac.abort());
    await assert.rejects(p, { name: 'AbortError' });
    assert.strictEqual(ee.listenerCount('x'), 0);
    assert.strictEqual(ee.listenerCount('error'), 0);
    const ac2 = new AbortController();
    const p2 = once(ee, 'x', { signal: ac2.signal });
    ee.emit('x', 1);
    assert.deepStrictEqual(await p2, [1]);
    assert.strictEqual(listenerCount(ac2.signal, 'abort'), 0);
  }
  {
    // EventTarget: resolves with the Event; abort listeners resist stopImmediatePropagation
    const et = new EventTarget();
    const ev = new Event('foo');
    process.nextTick(() => et.dispatchEvent(ev));
    const [got] = await once(et, 'foo');
    assert.strictEqual(got, ev);
    const ac = new AbortController();
    ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation(), { once: true });
    process.nextTick(() => ac.abort());
    await assert.rejects(once(et, 'foo', { signal: ac.signal }), { name: 'AbortError' });
    assert.strictEqual(listenerCount(et, 'foo'), 0);
  }
}

// exit code 1 unless main() finishes (a promise that never settles fails too)
process.exitCode = 1;
main().then(() => { process.exitCode = 0; }, (err) => { console.error(err); });
