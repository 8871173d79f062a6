'use strict';
// The Console class: util.format output written line by line to a stdout
// and a stderr stream, with group indentation, counters, timers, tables and
// Node's color rules. The global console (internal/console/global) is built
// from the same prototype with its streams read lazily from `process`.

const { validateInteger, validateObject, validateOneOf } = require('internal/validators');

// loaded when first needed: a console.log of strings needs neither
const codes = () => require('internal/errors').codes;
const shouldColorize = (stream) => require('internal/console/colors').shouldColorize(stream);

let inspectModule;
const lazyInspect = () => (inspectModule ??= require('internal/util/inspect'));

const kMaxGroupIndentation = 1000;

const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndentWidth = Symbol('kGroupIndentWidth');
const kGroupIndent = Symbol('kGroupIndentationString');
const kWrite = Symbol('kWriteToConsole');
const kInspectOptions = Symbol('kGetInspectOptions');
const kFormatOut = Symbol('kFormatForStdout');
const kFormatErr = Symbol('kFormatForStderr');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kBindProperties = Symbol('kBindProperties');
const kToStdout = true;
const kToStderr = false;

// per-instance inspect options: Map stream -> options
const inspectOptionsOf = new WeakMap();

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  // callable without `new`, as in Node
  if (new.target === undefined) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout, stderr = stdout, ignoreErrors = true, colorMode = 'auto', inspectOptions, groupIndentation,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') throw new (codes().ERR_CONSOLE_WRITABLE_STREAM)('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw new (codes().ERR_CONSOLE_WRITABLE_STREAM)('stderr');
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    const perStream = inspectOptions instanceof Map ? inspectOptions
      : new Map([[stdout, inspectOptions], [stderr, inspectOptions]]);
    for (const opts of perStream.values()) {
      if (opts.colors !== undefined && options.colorMode !== undefined) {
        throw new (codes().ERR_INCOMPATIBLE_OPTION_PAIR)('options.inspectOptions.color', 'colorMode');
      }
    }
    inspectOptionsOf.set(this, perStream);
  }
  // methods bound to this instance, looked up through the instance so that
  // subclasses can override them
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

const hidden = { writable: true, enumerable: false, configurable: true };

Object.defineProperty(Console, Symbol.hasInstance, {
  value: function (instance) {
    return instance[kIsConsole];
  },
});
Object.defineProperty(Console[Symbol.hasInstance], 'name', { value: '[Symbol.hasInstance]' });

function noop() {}

// The callback handed to write(): an asynchronous write error is kept from
// becoming an uncaught exception.
function writeErrorHandler(instance, toStdout) {
  return (err) => {
    const stream = toStdout ? instance._stdout : instance._stderr;
    if (err != null && !stream._writableState?.errorEmitted && typeof stream.listenerCount === 'function' &&
        stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

function isStackOverflow(e) {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

const internals = {
  [kBindStreamsEager](stdout, stderr) {
    Object.defineProperties(this, {
      _stdout: { ...hidden, value: stdout },
      _stderr: { ...hidden, value: stderr },
    });
  },

  // the streams are read from `object` (process) on first use
  [kBindStreamsLazy](object) {
    let stdout;
    let stderr;
    Object.defineProperties(this, {
      _stdout: {
        enumerable: false, configurable: true,
        get() { return stdout ||= object.stdout; },
        set(value) { stdout = value; },
      },
      _stderr: {
        enumerable: false, configurable: true,
        get() { return stderr ||= object.stderr; },
        set(value) { stderr = value; },
      },
    });
  },

  [kBindProperties](ignoreErrors, colorMode, groupIndentation = 2) {
    Object.defineProperties(this, {
      _stdoutErrorHandler: { ...hidden, value: writeErrorHandler(this, kToStdout) },
      _stderrErrorHandler: { ...hidden, value: writeErrorHandler(this, kToStderr) },
      _ignoreErrors: { ...hidden, value: Boolean(ignoreErrors) },
      _times: { ...hidden, value: new Map() },
      [kCounts]: { ...hidden, value: new Map() },
      [kColorMode]: { ...hidden, value: colorMode },
      [kIsConsole]: { ...hidden, value: true },
      [kGroupIndentWidth]: { ...hidden, value: groupIndentation },
      [kGroupIndent]: { ...hidden, value: '' },
      [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'console' },
    });
  },

  [kWrite](toStdout, string) {
    const indent = this[kGroupIndent];
    const stream = toStdout ? this._stdout : this._stderr;
    if (indent.length !== 0) {
      if (string.includes('\n')) string = string.replace(/\n/g, `\n${indent}`);
      string = indent + string;
    }
    string += '\n';
    if (this._ignoreErrors === false) return stream.write(string);
    // errors may come synchronously (files, TTYs) or later (pipes)
    // (not needed where no one could see the listener: process.stdout/stderr
    // as nodus made them, with no listeners)
    const emitter = typeof stream.listenerCount === 'function' && typeof stream.once === 'function' &&
      typeof stream.removeListener === 'function' &&
      !(stream._isStdio === true && require('internal/process/stdio').isQuietWriter(stream));
    try {
      if (emitter && stream.listenerCount('error') === 0) stream.once('error', noop);
      stream.write(string, toStdout ? this._stdoutErrorHandler : this._stderrErrorHandler);
    } catch (e) {
      // console output is best effort, but running out of stack is not hidden
      if (isStackOverflow(e)) throw e;
    } finally {
      if (emitter) stream.removeListener('error', noop);
    }
  },

  [kInspectOptions](stream) {
    let color = this[kColorMode];
    if (color === 'auto') color = shouldColorize(stream);
    const perStream = inspectOptionsOf.get(this);
    const options = perStream ? perStream.get(stream) : undefined;
    if (options) {
      if (options.colors === undefined) options.colors = color;
      return options;
    }
    return color ? { colors: true } : {};
  },

  [kFormatOut](args) {
    if (args.length === 1 && typeof args[0] === 'string') return args[0];
    return lazyInspect().formatWithOptions(this[kInspectOptions](this._stdout), ...args);
  },

  [kFormatErr](args) {
    if (args.length === 1 && typeof args[0] === 'string') return args[0];
    return lazyInspect().formatWithOptions(this[kInspectOptions](this._stderr), ...args);
  },
};
for (const key of Reflect.ownKeys(internals)) {
  Object.defineProperty(Console.prototype, key, { ...hidden, value: internals[key] });
}

// dir, the timers and table load on first use (internal/console/methods):
// a console.log of strings needs none of them
let moreMethods;
const more = () => (moreMethods ??= require('internal/console/methods'));

function table(tabularData, properties) {
  return more().table.call(this, tabularData, properties);
}

// --- the public methods ---

const methods = {
  log(...args) {
    this[kWrite](kToStdout, this[kFormatOut](args));
  },

  info(...args) {
    this[kWrite](kToStdout, this[kFormatOut](args));
  },

  debug(...args) {
    this[kWrite](kToStdout, this[kFormatOut](args));
  },

  warn(...args) {
    this[kWrite](kToStderr, this[kFormatErr](args));
  },

  error(...args) {
    this[kWrite](kToStderr, this[kFormatErr](args));
  },

  dir(object, options) {
    return more().dir.call(this, object, options);
  },

  time(label = 'default') {
    return more().time.call(this, label);
  },

  timeEnd(label = 'default') {
    return more().timeEnd.call(this, label);
  },

  timeLog(label = 'default', ...data) {
    return more().timeLog.call(this, label, ...data);
  },

  trace: function trace(...args) {
    const err = { name: 'Trace', message: this[kFormatErr](args) };
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (expression) return;
    if (args.length !== 0 && typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
    else args.unshift('Assertion failed');
    Reflect.apply(this.warn, this, args);
  },

  // only a terminal can be cleared
  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
      this._stdout.write('\u001b[1;1H'); // cursor to the top left
      this._stdout.write('\u001b[0J'); // erase below
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const n = (counts.get(label) ?? 0) + 1;
    counts.set(label, n);
    this.log(`${label}: ${n}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    // the label is looked up as given but deleted as a string, as in Node
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentWidth]);
  },

  groupEnd() {
    const indent = this[kGroupIndent];
    this[kGroupIndent] = indent.slice(0, indent.length - this[kGroupIndentWidth]);
  },

  table,
};
for (const key of Reflect.ownKeys(methods)) Console.prototype[key] = methods[key];
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.groupCollapsed = Console.prototype.group;

module.exports = {
  Console, kBindStreamsLazy, kBindProperties, kWrite, kInspectOptions, kToStdout, lazyInspect,
};
