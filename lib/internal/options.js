'use strict';
// The command-line options (src/cli parses them, NODE_OPTIONS first):
// getOptionValue('--name') gives the last value given, every value of a
// repeatable option, or Node's default (booleans, '' for strings, [] for
// repeatable options, undefined when a numeric or V8 option was not given).

const { getOption, envFlags } = internalBinding('process');

function getOptionValue(name) {
  return getOption(name);
}

// The names NODE_OPTIONS may carry (process.allowedNodeEnvironmentFlags).
function getEnvFlags() {
  return envFlags();
}

module.exports = { getOptionValue, getEnvFlags };
