'use strict';
// util.debuglog: loggers switched on by NODE_DEBUG (comma-separated names,
// `*` as a wildcard, any case), printing "NAME PID: message" to stderr.

const { format, formatWithOptions, inspect } = require('internal/util/inspect');
const { shouldColorize } = require('internal/util/colors');

// NODE_DEBUG is read once, as Node reads it at startup.
let enabledRe;
function sectionEnabled(name) {
  if (enabledRe === undefined) {
    const env = process.env.NODE_DEBUG;
    enabledRe = null;
    if (env) {
      const alternatives = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*').split(',');
      enabledRe = new RegExp(`^(?:${alternatives.join('|')})$`, 'i');
    }
  }
  return enabledRe !== null && enabledRe.test(name);
}

const loggers = { __proto__: null };
function makeLogger(section, enabled) {
  if (loggers[section] !== undefined) return loggers[section];
  if (!enabled) return (loggers[section] = () => {});
  if (section === 'HTTP' || section === 'HTTP2') {
    process.emitWarning(`Setting the NODE_DEBUG environment variable to '${section.toLowerCase()}' ` +
      'can expose sensitive data (such as passwords, tokens and authentication headers) ' +
      'in the resulting log.');
  }
  const pid = process.pid;
  return (loggers[section] = function debug(...args) {
    const colors = shouldColorize(process.stderr);
    const msg = formatWithOptions({ colors }, ...args);
    process.stderr.write(format('%s %s: %s\n', section, inspect(pid, { colors }), msg));
  });
}

// The returned function decides on first use (so NODE_DEBUG may still
// change before); `callback` then receives the real logger.
function debuglog(section, callback) {
  let enabled;
  let impl;
  const resolve = () => {
    if (impl !== undefined) return;
    section = `${section}`.toUpperCase();
    enabled = sectionEnabled(section);
    impl = makeLogger(section, enabled);
    if (typeof callback === 'function') {
      Object.defineProperty(impl, 'enabled', {
        get() { return enabled; }, configurable: true, enumerable: true,
      });
      callback(impl);
    }
  };
  const logger = (...args) => {
    resolve();
    if (enabled) impl(...args);
  };
  Object.defineProperty(logger, 'enabled', {
    get() {
      if (enabled === undefined) {
        section = `${section}`.toUpperCase();
        enabled = sectionEnabled(section);
      }
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = { debuglog };
