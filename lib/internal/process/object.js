'use strict';
// The process object's properties and methods, defined in Node's order with
// Node's attributes (the EventEmitter part comes from the bootstrap).
// setupIdentity runs before the EventEmitter fields exist, setupProcess after.

// loaded on the first error: internal/errors is big and startup is not
const codes = () => require('internal/errors').codes;
const { validateInteger } = require('internal/validators');

const binding = internalBinding('process');
const kNodeVersion = '26.12.1';

function readOnly(name, value, enumerable = true, configurable = true) {
  Object.defineProperty(process, name, { value, writable: false, enumerable, configurable });
}
function data(name, value, enumerable = true) {
  Object.defineProperty(process, name, { value, writable: true, enumerable, configurable: true });
}

// Truthful about the API level (node, modules) and about what runs it.
function engineVersions() {
  const versions = {
    node: kNodeVersion,
    nodus: '0.1.0',
    jsc: binding.jscVersion,
    uv: binding.uvVersion,
    modules: '147',
  };
  return versions;
}

function setupIdentity() {
  readOnly('version', `v${kNodeVersion}`);
  const versions = {};
  for (const [k, v] of Object.entries(engineVersions())) {
    Object.defineProperty(versions, k, { value: v, writable: false, enumerable: true, configurable: true });
  }
  readOnly('versions', versions);
  readOnly('arch', 'x64');
  readOnly('platform', 'linux');
  readOnly('release', ({
    name: 'node',
    sourceUrl: `https://nodejs.org/download/release/v${kNodeVersion}/node-v${kNodeVersion}.tar.gz`,
    headersUrl: `https://nodejs.org/download/release/v${kNodeVersion}/node-v${kNodeVersion}-headers.tar.gz`,
  }));
}

// --- env: a Proxy over the native environment object (src/bind/env.c) so
// that descriptors, symbols and defineProperty behave as in Node: every
// variable is a writable, enumerable, configurable string; symbol keys
// cannot be stored; values are converted to strings. ---
function defineError(message) {
  const { E, codes } = require('internal/errors');
  if (codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY === undefined) {
    E('ERR_INVALID_OBJECT_DEFINE_PROPERTY', '%s', TypeError);
  }
  return new codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY(message);
}

function symbolToString() {
  return new TypeError('Cannot convert a Symbol value to a string');
}

function makeEnv(store) {
  const target = {};
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === 'symbol') return Reflect.get(t, key);
      const value = store[key];
      return value !== undefined ? value : Reflect.get(t, key);
    },
    set(t, key, value) {
      if (typeof key === 'symbol' || typeof value === 'symbol') throw symbolToString();
      store[key] = value;
      return true;
    },
    has(t, key) {
      if (typeof key === 'symbol') return Reflect.has(t, key);
      return key in store || Reflect.has(t, key);
    },
    deleteProperty(t, key) {
      if (typeof key !== 'symbol') delete store[key];
      return true;
    },
    ownKeys() {
      return Reflect.ownKeys(store);
    },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key === 'symbol') return undefined;
      const value = store[key];
      if (value === undefined) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(t, key, desc) {
      if ('get' in desc || 'set' in desc) {
        throw defineError(
          "'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      if (!desc.configurable || !desc.writable || !desc.enumerable) {
        throw defineError(
          "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
      }
      if (typeof key === 'symbol' || typeof desc.value === 'symbol') throw symbolToString();
      store[key] = desc.value;
      return true;
    },
  });
}

// --- exit code ---
let exitCode;
function setupExitCode() {
  Object.defineProperty(process, 'exitCode', {
    enumerable: true,
    configurable: false,
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        validateInteger(value, 'code');
      }
      exitCode = code === null ? undefined : code;
    },
  });
}

function exit(code) {
  if (code !== undefined) process.exitCode = code;
  const final = () => (process.exitCode === undefined || process.exitCode === null
    ? 0 : (+process.exitCode | 0));
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', final());
  }
  binding.reallyExit(final());
}

// --- times and usage ---
function hrtime(time) {
  const now = binding.hrtime();
  if (time === undefined) return now;
  if (!Array.isArray(time)) throw new (codes().ERR_INVALID_ARG_TYPE)('time', 'Array', time);
  if (time.length !== 2) throw new (codes().ERR_OUT_OF_RANGE)('time', 2, time.length);
  let sec = now[0] - time[0];
  let nsec = now[1] - time[1];
  if (nsec < 0) {
    sec -= 1;
    nsec += 1e9;
  }
  return [sec, nsec];
}
hrtime.bigint = function bigint() { return binding.hrtimeBigInt(); };

// The methods programs rarely call load on first call
// (internal/process/methods).
let methods;
const lazyMethods = () => (methods ??= require('internal/process/methods'));
function cpuUsage(prevValue) { return lazyMethods().cpuUsage(prevValue); }
function threadCpuUsage(prevValue) { return lazyMethods().threadCpuUsage(prevValue); }
function resourceUsage() { return lazyMethods().resourceUsage(); }
function kill(pid, sig) { return lazyMethods().kill(pid, sig); }
function umask(mask) { return lazyMethods().umask(mask); }
function chdir(directory) { return lazyMethods().chdir(directory); }
function loadEnvFile(path = '.env') { return lazyMethods().loadEnvFile(path); }
function getBuiltinModule(id) { return lazyMethods().getBuiltinModule(id); }
function makeEnvFlags() { return lazyMethods().makeEnvFlags(); }

// heapTotal/heapUsed/external are the engine's heap capacity, heap size and
// extra (non-heap) memory; arrayBuffers is the part of external memory the
// engine reports for array buffers, which it does not count apart: 0.
function memoryUsage() {
  const m = binding.memoryUsage();
  return { rss: m[0], heapTotal: m[1], heapUsed: m[2], external: m[3], arrayBuffers: 0 };
}
memoryUsage.rss = function rss() { return binding.rss(); };

function features() {
  return {
    inspector: false,
    debug: false,
    uv: true,
    ipv6: true,
    tls_alpn: false,
    tls_sni: false,
    tls_ocsp: false,
    tls: false,
    openssl_is_boringssl: false,
    cached_builtins: true,
    require_module: true,
    typescript: false,
  };
}

// The build facts Node's own test harness reads (process.config.variables).
function config() {
  return Object.freeze({
    target_defaults: {
      cflags: [], default_configuration: 'Release', defines: [], include_dirs: [], libraries: [],
    },
    variables: {
      asan: 0,
      coverage: false,
      host_arch: 'x64',
      icu_small: false,
      node_module_version: 147,
      node_prefix: '/',
      node_shared: false,
      node_shared_openssl: false,
      node_use_openssl: false,
      node_use_amaro: false,
      node_use_node_code_cache: false,
      node_use_node_snapshot: false,
      openssl_is_fips: false,
      single_executable_application: false,
      target_arch: 'x64',
      ubsan: 0,
      v8_enable_i18n_support: 1,
      v8_enable_inspector: 0,
      v8_enable_pointer_compression: 0,
      v8_enable_webassembly: 1,
    },
  });
}

// The process flags behind the warning options, and the listener that
// prints warnings (internal/process/warning loads on the first warning).
function setupWarnings() {
  const opt = binding.getOption;
  if (opt('--deprecation') === false) process.noDeprecation = true;
  if (opt('--throw-deprecation')) process.throwDeprecation = true;
  if (opt('--trace-deprecation')) process.traceDeprecation = true;
  if (opt('--trace-warnings')) process.traceProcessWarnings = true;
  if (opt('--warnings') !== false) {
    // what process.on('warning', onWarning) does to a new emitter (no
    // listeners yet, none for 'newListener'), without running it at start-up
    process._events.warning = function onWarning(warning) {
      require('internal/process/warning').onWarning(warning);
    };
    process._eventsCount++;
  }
}

function setupProcess() {
  data('_exiting', false);
  setupExitCode();
  readOnly('config', config());
  data('uptime', function uptime() { return binding.uptime(); });
  data('reallyExit', function reallyExit(code) { binding.reallyExit(code | 0); });
  data('loadEnvFile', loadEnvFile);
  data('cpuUsage', cpuUsage);
  data('threadCpuUsage', threadCpuUsage);
  data('resourceUsage', resourceUsage);
  data('memoryUsage', memoryUsage);
  data('constrainedMemory', function constrainedMemory() { return binding.constrainedMemory(); });
  data('availableMemory', function availableMemory() { return binding.availableMemory(); });
  data('kill', kill);
  data('exit', exit);
  data('hrtime', hrtime);
  for (const name of ['getuid', 'geteuid', 'getgid', 'getegid', 'getgroups']) {
    const fn = binding[name];
    data(name, { [name]() { return fn(); } }[name]);
  }
  let envFlags;
  Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
    enumerable: true,
    configurable: true,
    get() { return envFlags === undefined ? (envFlags = makeEnvFlags()) : envFlags; },
    set(value) {
      Object.defineProperty(this, 'allowedNodeEnvironmentFlags', {
        value, writable: true, enumerable: true, configurable: true,
      });
    },
  });
  readOnly('features', features(), true, false);
  // made on first use (internal/process/finalization), an accessor as in Node
  let finalization;
  Object.defineProperty(process, 'finalization', {
    enumerable: true,
    configurable: true,
    get() { return finalization ??= require('internal/process/finalization').createFinalization(); },
    set(value) { finalization = value; },
  });
  // not a tail call: strict-mode tail calls would drop this frame, and the
  // warning's stack is cut at it
  data('emitWarning', function emitWarning(warning, type, code, ctor) {
    require('internal/process/warning').emitWarning(warning, type, code, ctor);
  });
  data('getBuiltinModule', getBuiltinModule);
  // util.format's text straight to fd 2, past process.stderr (Node's own
  // debugging aid, which some programs and test harnesses use)
  data('_rawDebug', function _rawDebug(...args) {
    binding.writeSync(2, `${require('internal/util/inspect').format(...args)}\n`);
  });
  // made on first use (internal/process/stdio)
  for (const name of ['stdout', 'stdin', 'stderr']) {
    let value;
    const make = `get${name[0].toUpperCase()}${name.slice(1)}`;
    Object.defineProperty(process, name, {
      enumerable: true,
      configurable: true,
      get() { return value === undefined ? (value = require('internal/process/stdio')[make]()) : value; },
    });
  }
  // the old way to start reading stdin
  data('openStdin', function openStdin() {
    process.stdin.resume();
    return process.stdin;
  });
  data('abort', function abort() { binding.abort(); });
  data('umask', umask);
  data('chdir', chdir);
  data('cwd', function cwd() { return binding.cwd(); });
  data('env', makeEnv(binding.env));
  Object.defineProperty(process, 'title', {
    enumerable: true,
    configurable: true,
    get() { return binding.getTitle(); },
    set(title) { binding.setTitle(String(title)); },
  });
  data('argv', binding.argv);
  data('execArgv', binding.execArgv);
  readOnly('pid', binding.pid);
  Object.defineProperty(process, 'ppid', {
    enumerable: true, configurable: true, get() { return binding.ppid(); },
  });
  data('execPath', binding.execPath);
  readOnly('argv0', binding.argv0, true, false);
  setupWarnings();
}

// --- uncaught-exception capture (the bootstrap installs the two methods;
// the uncaught path, internal/process/execution, reads the callback) ---
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
  setupIdentity, setupProcess, setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback, getCaptureCallback,
};
