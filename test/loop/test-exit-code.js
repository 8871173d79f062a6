'use strict';
// process.exitCode set along the way reaches 'beforeExit' and 'exit' and is
// the exit status; an 'exit' listener may still change it (here back to 0
// so that the test passes).
const { deepStrictEqual } = require('./harness');

const events = [];
setTimeout(() => {
  process.exitCode = 4;
  events.push('timeout');
}, 1);
process.on('beforeExit', (code) => events.push(`beforeExit ${code}`));
process.on('exit', (code) => {
  events.push(`exit ${code}`);
  deepStrictEqual(events, ['timeout', 'beforeExit 4', 'exit 4']);
  deepStrictEqual(process.exitCode, 4);
  process.exitCode = 0;
});
