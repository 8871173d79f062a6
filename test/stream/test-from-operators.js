'use strict';
// Readable.from, the Readable operators (map with concurrency, filter,
// forEach, toArray, some, find, every, flatMap, drop, take, reduce),
// compose, Duplex.from, duplexPair and async iteration options.
const assert = require('assert');
const { Readable, Duplex, PassThrough, compose, duplexPair } = require('stream');

(async () => {
  // from: arrays, strings and buffers as one chunk, async iterables
  assert.deepStrictEqual(await Readable.from([1, 2, 3]).toArray(), [1, 2, 3]);
  assert.deepStrictEqual(await Readable.from('abc').toArray(), ['abc']);
  const buf = Buffer.from('xy');
  assert.deepStrictEqual(await Readable.from(buf).toArray(), [buf]);
  async function* gen() { yield 'a'; yield 'b'; }
  assert.deepStrictEqual(await Readable.from(gen()).toArray(), ['a', 'b']);
  // promises from a sync iterator are awaited
  assert.deepStrictEqual(await Readable.from([Promise.resolve(1), 2]).toArray(), [1, 2]);
  assert.strictEqual(Readable.from([]).readableObjectMode, true);
  assert.strictEqual(Readable.from([], { objectMode: false }).readableObjectMode, false);
  assert.throws(() => Readable.from(5), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(Readable.from([null]).toArray(), { code: 'ERR_STREAM_NULL_VALUES' });

  // map keeps order under concurrency
  const delays = [30, 10, 20];
  const started = [];
  const mapped = await Readable.from(delays).map(async (ms) => {
    started.push(ms);
    await new Promise((r) => setTimeout(r, ms));
    return ms * 2;
  }, { concurrency: 3 }).toArray();
  assert.deepStrictEqual(mapped, [60, 20, 40]);
  assert.deepStrictEqual(started, [30, 10, 20]);

  const nums = () => Readable.from([1, 2, 3, 4, 5]);
  assert.deepStrictEqual(await nums().filter((x) => x % 2).toArray(), [1, 3, 5]);
  assert.deepStrictEqual(await nums().drop(2).toArray(), [3, 4, 5]);
  assert.deepStrictEqual(await nums().take(2).toArray(), [1, 2]);
  assert.deepStrictEqual(await nums().flatMap((x) => [x, x]).take(3).toArray(), [1, 1, 2]);
  assert.strictEqual(await nums().some((x) => x > 4), true);
  assert.strictEqual(await nums().every((x) => x > 4), false);
  assert.strictEqual(await nums().find((x) => x > 2), 3);
  assert.strictEqual(await nums().reduce((a, b) => a + b), 15);
  assert.strictEqual(await nums().reduce((a, b) => a + b, 10), 25);
  await assert.rejects(Readable.from([]).reduce((a, b) => a + b), {
    code: 'ERR_MISSING_ARGS',
    message: 'Reduce of an empty stream requires an initial value',
  });
  const seen = [];
  assert.strictEqual(await nums().forEach((x) => { seen.push(x); }), undefined);
  assert.deepStrictEqual(seen, [1, 2, 3, 4, 5]);
  assert.ok(nums().map((x) => x) instanceof Readable);
  assert.throws(() => nums().map(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => nums().map((x) => x, { concurrency: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => nums().drop(-1), { code: 'ERR_OUT_OF_RANGE' });
  assert.strictEqual(Readable.prototype.asIndexedPairs, undefined);

  // an aborted signal rejects toArray
  await assert.rejects(nums().map((x) => x, { signal: AbortSignal.abort() }).toArray(),
    { name: 'AbortError' });

  // compose: generator transforms joined into one Duplex
  const upper = compose(async function* (src) {
    for await (const c of src) yield String(c).toUpperCase();
  }, new PassThrough({ objectMode: true }));
  upper.end('hi');
  assert.deepStrictEqual(await upper.toArray(), ['HI']);

  // Duplex.from a { readable, writable } pair and from a promise
  const pt = new PassThrough();
  const d = Duplex.from({ readable: pt, writable: pt });
  d.end('pair');
  assert.strictEqual(Buffer.concat(await d.toArray()).toString(), 'pair');
  assert.deepStrictEqual(await Duplex.from(Promise.resolve('p')).toArray(), ['p']);

  // duplexPair: what one side writes, the other reads
  const [a, b] = duplexPair();
  a.end('ping');
  assert.strictEqual(Buffer.concat(await b.toArray()).toString(), 'ping');

  // iterator({ destroyOnReturn: false }) leaves the stream usable
  const r = Readable.from([1, 2, 3]);
  for await (const x of r.iterator({ destroyOnReturn: false })) {
    assert.strictEqual(x, 1);
    break;
  }
  assert.strictEqual(r.destroyed, false);
  assert.deepStrictEqual(await r.toArray(), [2, 3]);
})().then(() => {}, (e) => { console.error(e); process.exitCode = 1; });
