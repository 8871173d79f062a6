'use strict';
// process.emitWarning and the default 'warning' listener's printing:
// "(node:PID) [CODE] Type: message" to stderr, with Node's flags:
// --no-warnings, --no-deprecation, --throw-deprecation, --trace-warnings,
// --trace-deprecation, --disable-warning, --redirect-warnings.

const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
const { validateString } = require('internal/validators');

let hintShown = false;
let disabled;

function isDisabled(warning) {
  if (disabled === undefined) {
    disabled = new Set(require('internal/options').getOptionValue('--disable-warning'));
  }
  return disabled.size > 0 && (disabled.has(warning.code) || disabled.has(warning.name));
}

function programName() {
  const argv0 = process.argv0 || 'node';
  const slash = argv0.lastIndexOf('/');
  return slash === -1 ? argv0 : argv0.slice(slash + 1);
}

// The listener installed unless --no-warnings.
function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  if (isDisabled(warning)) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) msg += warning.stack;
  else msg += typeof warning.toString === 'function' ? warning.toString() : Error.prototype.toString.call(warning);
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !hintShown) {
    hintShown = true;
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`${programName()} ${flag} ...\` to show where the warning was created)`;
  }
  const binding = internalBinding('process');
  const file = require('internal/options').getOptionValue('--redirect-warnings');
  // a file that cannot be written falls back to stderr
  if (file && binding.appendText(file, `${msg}\n`) === 0) return;
  // through process.stderr, as Node's console.error path: code that wraps
  // stderr.write sees warnings too
  const stderr = process.stderr;
  if (stderr && typeof stderr.write === 'function') stderr.write(`${msg}\n`);
  else binding.writeSync(2, `${msg}\n`);
}

function createWarning(message, type, code, ctor, detail) {
  const warning = new Error(message);
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  Error.captureStackTrace(warning, ctor || process.emitWarning);
  return warning;
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    warning = createWarning(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // thrown on a later tick, so warnings emitted before it are printed
    if (process.throwDeprecation) {
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  process.nextTick(() => process.emit('warning', warning));
}

// Printed at once, for a warning about an error that is about to end the
// process (a later tick would never come).
function emitWarningSync(message, type, code) {
  process.emit('warning', createWarning(message, type, code, emitWarningSync));
}

module.exports = { emitWarning, emitWarningSync, onWarning };
