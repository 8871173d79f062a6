'use strict';
// A built-in's namespace: every export is there with its value, including
// exports the built-in defines as getters (fs.ReadStream, fs.WriteStream),
// and the namespace's property descriptors are plain data ones.
const assert = require('assert');
const util = require('util');
const fs = require('fs');

import('node:fs').then((ns) => {
  assert.strictEqual(ns.default, fs);
  for (const key of Object.keys(fs)) {
    assert.ok(key in ns, key);
    assert.deepStrictEqual(Object.getOwnPropertyDescriptor(ns, key),
      { value: fs[key], writable: true, enumerable: true, configurable: false }, key);
  }
  assert.strictEqual(ns.ReadStream, fs.ReadStream);
  assert.strictEqual(typeof ns.WriteStream, 'function');
  assert.ok(util.inspect(ns).includes('ReadStream: [Function: ReadStream]'));
  assert.throws(() => { ns.ReadStream = null; }, TypeError);
  assert.strictEqual(Reflect.set(ns, 'WriteStream', null), false);
  assert.strictEqual(ns.WriteStream, fs.WriteStream);
}).then(() => import('node:path')).then((ns) => {
  assert.strictEqual(ns.join, require('path').join);
});
