'use strict';
// events.on: an async iterator of events, ended by return(), 'error',
// close events or an abort; highWaterMark pauses the emitter.
const assert = require('assert');
const { on, EventEmitter, listenerCount } = require('events');

async function main() {
  {
    const ee = new EventEmitter();
    process.nextTick(() => {
      ee.emit('foo', 'bar');
      ee.emit('other', 24);
      ee.emit('foo', 42, 43);
    });
    const got = [];
    for await (const args of on(ee, 'foo')) {
      got.push(args);
      if (got.length === 2) break;
    }
    assert.deepStrictEqual(got, [['bar'], [42, 43]]);
    assert.strictEqual(ee.listenerCount('foo'), 0);
    assert.strictEqual(ee.listenerCount('error'), 0);
  }
  {
    // pending next() calls resolve in order, return() ends the rest
    const ee = new EventEmitter();
    const it = on(ee, 'foo');
    assert.strictEqual(ee.listenerCount('error'), 1);
    process.nextTick(() => {
      ee.emit('foo', 'a');
      ee.emit('foo', 'b');
      it.return();
    });
    const r = await Promise.all([it.next(), it.next(), it.next()]);
    assert.deepStrictEqual(r, [
      { value: ['a'], done: false }, { value: ['b'], done: false }, { value: undefined, done: true },
    ]);
    assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
    assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(it)), Object.prototype);
    assert.strictEqual(it[Symbol.asyncIterator](), it);
  }
  {
    // 'error' rejects the first waiting next(), later ones are done
    const ee = new EventEmitter();
    const it = on(ee, 'foo');
    const err = new Error('kaboom');
    process.nextTick(() => ee.emit('error', err));
    const r = await Promise.allSettled([it.next(), it.next()]);
    assert.deepStrictEqual(r, [
      { status: 'rejected', reason: err },
      { status: 'fulfilled', value: { value: undefined, done: true } },
    ]);
    assert.strictEqual(ee.listenerCount('error'), 0);
    // an error after queued events comes after them
    const it2 = on(ee, 'foo');
    ee.emit('foo', 1);
    ee.emit('error', err);
    assert.deepStrictEqual(await it2.next(), { value: [1], done: false });
    await assert.rejects(it2.next(), (e) => e === err);
    assert.deepStrictEqual(await it2.next(), { value: undefined, done: true });
  }
  {
    // throw() needs an Error, and ends the iteration with it
    const ee = new EventEmitter();
    const it = on(ee, 'foo');
    assert.throws(() => it.throw(), {
      name: 'TypeError',
      message: 'The "EventEmitter.AsyncIterator" property must be an instance of Error. Received undefined',
    });
    const err = new Error('stop');
    ee.emit('foo', 1);
    it.throw(err);
    assert.deepStrictEqual(await it.next(), { value: [1], done: false });
    await assert.rejects(it.next(), (e) => e === err);
    assert.strictEqual(ee.listenerCount('foo'), 0);
  }
  {
    // close events end the iteration
    const ee = new EventEmitter();
    const it = on(ee, 'data', { close: ['end', 'finish'] });
    ee.emit('data', 1);
    ee.emit('finish');
    ee.emit('data', 2);
    const got = [];
    for await (const [v] of it) got.push(v);
    assert.deepStrictEqual(got, [1]);
    assert.deepStrictEqual(ee.eventNames(), []);
  }
  {
    // highWaterMark / lowWaterMark call pause() and resume()
    const ee = new EventEmitter();
    const calls = [];
    ee.pause = () => calls.push('pause');
    ee.resume = () => calls.push('resume');
    const it = on(ee, 'd', { highWaterMark: 2, lowWaterMark: 1 });
    ee.emit('d', 1);
    ee.emit('d', 2);
    assert.deepStrictEqual(calls, []);
    ee.emit('d', 3);
    assert.deepStrictEqual(calls, ['pause']);
    await it.next();
    await it.next();
    assert.deepStrictEqual(calls, ['pause']);
    await it.next();
    assert.deepStrictEqual(calls, ['pause', 'resume']);
    await it.return();
  }
  {
    // validation
    const ee = new EventEmitter();
    assert.throws(() => on({}, 'foo'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "emitter" argument must be an instance of EventEmitter. Received an instance of Object',
    });
    for (const options of [1, 'hi', null, false, Symbol('s')]) {
      assert.throws(() => on(ee, 'foo', options), { code: 'ERR_INVALID_ARG_TYPE' });
    }
    assert.throws(() => on(ee, 'foo', { highWaterMark: 0 }), {
      name: 'RangeError',
      message: 'The value of "options.highWaterMark" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
    });
    assert.throws(() => on(ee, 'foo', { lowWaterMark: 'a' }), {
      message: 'The "options.lowWaterMark" property must be of type number. Received type string (\'a\')',
    });
    assert.throws(() => on(ee, 'foo', { signal: AbortSignal.abort() }), { name: 'AbortError' });
  }
  {
    // abort ends the loop with an AbortError and removes every listener
    const ee = new EventEmitter();
    const ac = new AbortController();
    const it = on(ee, 'foo', { signal: ac.signal });
    assert.strictEqual(listenerCount(ac.signal, 'abort'), 1);
    process.nextTick(() => ac.abort());
    await assert.rejects(it.next(), { name: 'AbortError' });
    assert.strictEqual(listenerCount(ac.signal, 'abort'), 0);
    assert.deepStrictEqual(ee.eventNames(), []);
    const it2 = on(ee, 'foo', { signal: ac.signal === null ? undefined : new AbortController().signal });
    await it2.return();
  }
  {
    // EventTargets yield [event]
    const et = new EventTarget();
    let n = 0;
    const timer = setInterval(() => et.dispatchEvent(new Event('tick')), 1);
    for await (const [event] of on(et, 'tick')) {
      assert.strictEqual(event.type, 'tick');
      if (++n === 3) break;
    }
    clearInterval(timer);
    assert.strictEqual(listenerCount(et, 'tick'), 0);
  }
}

// exit code 1 unless main() finishes (a promise that never settles fails too)
process.exitCode = 1;
main().then(() => { process.exitCode = 0; }, (err) => { console.error(err); });
