'use strict';
// util.inspect of a large nested object (10k entries of mixed arrays,
// objects, strings, numbers and Maps). Prints "BENCH inspect key=value".
const util = require('util');

function build(n) {
  const root = {};
  for (let i = 0; i < n; i++) {
    switch (i % 5) {
      case 0: root[`k${i}`] = [i, i * 1.5, `s${i}`, { a: i, b: [true, null] }]; break;
      case 1: root[`k${i}`] = { name: `item ${i}`, value: i, tags: ['x', 'y'], nested: { deep: { v: i } } }; break;
      case 2: root[`k${i}`] = `a string with 'quotes' and\nnewlines ${i}`; break;
      case 3: root[`k${i}`] = i * 3.25; break;
      default: root[`k${i}`] = new Map([[`m${i}`, i], [i, { x: i }]]);
    }
  }
  return root;
}

const data = build(10000);
let len = 0;
for (let i = 0; i < 3; i++) len += util.inspect(data, { depth: Infinity, maxArrayLength: Infinity }).length;
const runs = 10;
const start = Date.now();
for (let i = 0; i < runs; i++) len += util.inspect(data, { depth: Infinity, maxArrayLength: Infinity }).length;
const ms = (Date.now() - start) / runs;
console.log(`BENCH inspect ms=${ms.toFixed(2)} chars=${len / (runs + 3)}`);
