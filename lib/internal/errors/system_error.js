'use strict';
// SystemError: what Node throws when a libuv call behind a synchronous API
// fails (os.getPriority, os.userInfo ...). The message names the call and
// the error; `info` keeps the context, errno/syscall/path/dest read it live.

const stackApi = require('internal/errors/stack');

class SystemError extends Error {
  constructor(key, prefix, context) {
    super();
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    this.code = key;
    Object.defineProperties(this, {
      name: { value: 'SystemError', enumerable: false, writable: true, configurable: true },
      message: { value: message, enumerable: false, writable: true, configurable: true },
      info: { value: context, enumerable: true, configurable: true, writable: false },
      errno: {
        get() { return context.errno; },
        set(value) { context.errno = value; },
        enumerable: true, configurable: true,
      },
      syscall: {
        get() { return context.syscall; },
        set(value) { context.syscall = value; },
        enumerable: true, configurable: true,
      },
    });
    for (const field of ['path', 'dest']) {
      if (context[field] === undefined) continue;
      Object.defineProperty(this, field, {
        get() { return context[field] != null ? String(context[field]) : context[field]; },
        set(value) { context[field] = value; },
        enumerable: true, configurable: true,
      });
    }
    stackApi.markNodeError(this, `SystemError [${key}]: ${message}`);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // Node shows the getters' values
  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return require('internal/util/inspect').inspect(this, {
      ...options, getters: true, customInspect: false,
    });
  }
}

// The class behind codes[key]: new codes.ERR_SYSTEM_ERROR(context)
function makeSystemErrorWithCode(key, prefix) {
  return class NodeError extends SystemError {
    constructor(context) {
      super(key, prefix, context);
    }
  };
}

module.exports = { SystemError, makeSystemErrorWithCode };
