// The first program to run: timers, promises, a required module, process info.
'use strict';
const { greet } = require('./lib/greet');

console.log(greet(process.release.name === 'node' ? 'nodus' : 'world'));
console.log(`node API ${process.version} on ${process.platform}/${process.arch}, pid ${process.pid}`);

process.nextTick(() => console.log('1. process.nextTick runs first'));
Promise.resolve().then(() => console.log('2. then the promise microtasks'));
setImmediate(() => console.log('4. setImmediate, in the check phase'));
setTimeout(() => {
  console.log('3. setTimeout after 5 ms');
}, 5);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
(async () => {
  const start = Date.now();
  await sleep(20);
  console.log(`5. awaited a 20 ms timer (${Date.now() - start >= 20 ? 'on time' : 'early!'})`);
})();

process.on('exit', (code) => console.log(`6. exit event, code ${code}`));
