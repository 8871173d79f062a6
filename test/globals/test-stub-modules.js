'use strict';
// The parts of worker_threads, cluster, url and fetch that exist before
// those modules are built: main-thread facts, and clear errors otherwise.
const assert = require('assert');
const wt = require('worker_threads');
const cluster = require('cluster');

assert.strictEqual(wt.isMainThread, true);
assert.strictEqual(wt.threadId, 0);
assert.strictEqual(wt.parentPort, null);
assert.strictEqual(wt.workerData, null);
assert.deepStrictEqual(wt.resourceLimits, {});
assert.strictEqual(typeof wt.Worker, 'function');
assert.strictEqual(require('node:worker_threads'), wt);

assert.strictEqual(cluster.isPrimary, true);
assert.strictEqual(cluster.isMaster, true);
assert.strictEqual(cluster.isWorker, false);

const url = require('url');
assert.strictEqual(typeof url.pathToFileURL, 'function');
assert.strictEqual(typeof url.fileURLToPath, 'function');

for (const name of ['fetch', 'structuredClone']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(typeof d.value, 'function', name);
  assert.strictEqual(d.enumerable, true, name);
}
assert.strictEqual(fetch.length, 1);
