'use strict';
// The command-line options (src/cli parses them, NODE_OPTIONS first):
// getOptionValue('--name') gives the last value given, or Node's default
// (booleans, '' for strings, [] for repeatable options, undefined when a
// numeric or V8 option was not given).

let options;

function load() {
  if (options === undefined) options = internalBinding('process').options();
  return options;
}

function getOptionValue(name) {
  return load().values[name];
}

// The names NODE_OPTIONS may carry (process.allowedNodeEnvironmentFlags).
function getEnvFlags() {
  return load().envFlags;
}

module.exports = { getOptionValue, getEnvFlags };
