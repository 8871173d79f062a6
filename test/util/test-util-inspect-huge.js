'use strict';
// A deeply nested circular structure at depth Infinity: inspect stops
// expanding once the text grows huge instead of running out of memory.
const assert = require('assert');
const util = require('util');

let last = {};
const obj = last;
for (let i = 0; i < 1000; i++) {
  last.next = { circular: obj, last, obj: { a: 1, b: 2, c: true } };
  last = last.next;
  obj[i] = last;
}
const start = Date.now();
const out = util.inspect(obj, { depth: Infinity });
assert.ok(out.startsWith('<ref *1> {'));
assert.ok(out.length > 2 ** 27);
assert.ok(Date.now() - start < 20000);
