'use strict';
// process.setUncaughtExceptionCaptureCallback's state, apart from the
// uncaught-exception path (internal/process/execution), which loads only
// when an exception escapes.

let captureFn = null;

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureFn = null;
    return;
  }
  const {
    ERR_INVALID_ARG_TYPE, ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET,
  } = require('internal/errors').codes;
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  }
  if (captureFn !== null) throw new ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  captureFn = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureFn !== null;
}

function getCaptureCallback() {
  return captureFn;
}

module.exports = {
  setUncaughtExceptionCaptureCallback, hasUncaughtExceptionCaptureCallback, getCaptureCallback,
};
