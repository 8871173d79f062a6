'use strict';
// Runs what the command line asked for: -e/-p code, a script file, or stdin.

function run() {
  const binding = internalBinding('process');
  const { Module } = require('internal/modules/cjs/loader');
  if (binding.evalSource !== undefined) {
    const result = Module._evalScript(binding.evalSource, '[eval]');
    if (binding.printEval) {
      const { inspect } = require('internal/util/inspect');
      process.stdout.write(`${typeof result === 'string' ? result : inspect(result)}\n`);
    }
    return;
  }
  const main = process.argv[1];
  if (main === undefined || main === '-') {
    require('internal/main/stdin').run();
    return;
  }
  const path = require('path');
  process.argv[1] = path.resolve(main);
  Module.runMain(process.argv[1]);
}

module.exports = { run };
