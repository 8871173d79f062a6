'use strict';
// The process methods programs rarely call, loaded on the first call of one
// (internal/process/object defines process.kill etc. to call these).

const codes = () => require('internal/errors').codes;
const {
  validateNumber, validateObject, validateString, validateUint32,
} = require('internal/validators');

const binding = internalBinding('process');

// A Node system error from a negative libuv code: "ENOENT: no such file or
// directory, chdir '/a' -> 'b'" with errno, code, syscall, path, dest.
function uvError({ errno, syscall, path, dest }) {
  const [code, text] = binding.errInfo(errno);
  let msg = `${code}: ${text}, ${syscall}`;
  if (path !== undefined) msg += ` '${path}'`;
  if (dest !== undefined) msg += ` -> '${dest}'`;
  const err = new Error(msg);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  Error.captureStackTrace(err, uvError);
  return err;
}

function checkPrevUsage(prev) {
  validateObject(prev, 'prevValue');
  validateNumber(prev.user, 'prevValue.user');
  if (!(prev.user >= 0 && prev.user <= Number.MAX_SAFE_INTEGER)) {
    throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('prevValue.user', prev.user);
  }
  validateNumber(prev.system, 'prevValue.system');
  if (!(prev.system >= 0 && prev.system <= Number.MAX_SAFE_INTEGER)) {
    throw new (codes().ERR_INVALID_ARG_VALUE.RangeError)('prevValue.system', prev.system);
  }
}

function usage(raw, prev) {
  if (prev === undefined) return { user: raw[0], system: raw[1] };
  checkPrevUsage(prev);
  return { user: raw[0] - prev.user, system: raw[1] - prev.system };
}

function cpuUsage(prevValue) { return usage(binding.cpuUsage(), prevValue); }
function threadCpuUsage(prevValue) { return usage(binding.threadCpuUsage(), prevValue); }

function resourceUsage() {
  const r = binding.resourceUsage();
  return {
    userCPUTime: r[0],
    systemCPUTime: r[1],
    maxRSS: r[2],
    sharedMemorySize: r[3],
    unsharedDataSize: r[4],
    unsharedStackSize: r[5],
    minorPageFault: r[6],
    majorPageFault: r[7],
    swappedOut: r[8],
    fsRead: r[9],
    fsWrite: r[10],
    ipcSent: r[11],
    ipcReceived: r[12],
    signalsCount: r[13],
    voluntaryContextSwitches: r[14],
    involuntaryContextSwitches: r[15],
  };
}

// --- signals ---
let signalNumbers;
function kill(pid, sig) {
  if (pid != (pid | 0)) throw new (codes().ERR_INVALID_ARG_TYPE)('pid', 'number', pid); // eslint-disable-line eqeqeq
  let signal;
  const signals = signalNumbers ??= binding.signals();
  if (sig === undefined) {
    signal = signals.SIGTERM;
  } else if (typeof sig === 'number' && (sig | 0) === sig) {
    signal = sig;
  } else if (typeof sig === 'string' && Object.hasOwn(signals, sig)) {
    signal = signals[sig];
  } else {
    throw new (codes().ERR_UNKNOWN_SIGNAL)(sig);
  }
  const err = binding.kill(pid, signal);
  if (err) {
    // Node's errnoException shape: "kill ESRCH"
    const e = new Error(`kill ${binding.errInfo(err)[0]}`);
    e.errno = err;
    e.code = binding.errInfo(err)[0];
    e.syscall = 'kill';
    Error.captureStackTrace(e, kill);
    throw e;
  }
  return true;
}

// --- files ---
function umask(mask) {
  if (mask === undefined) return binding.umask(undefined);
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('mask', mask,
        'must be a 32-bit unsigned integer or an octal string');
    }
    mask = parseInt(mask, 8);
  }
  validateUint32(mask, 'mask');
  return binding.umask(mask);
}

function chdir(directory) {
  validateString(directory, 'directory');
  const err = binding.chdir(directory);
  if (err) {
    throw uvError({
      errno: err, syscall: 'chdir', path: binding.cwd(), dest: directory,
    });
  }
}

function loadEnvFile(path = '.env') {
  if (typeof path !== 'string') {
    if (typeof URL === 'function' && path instanceof URL) path = require('url').fileURLToPath(path);
    else if (path && typeof path === 'object' && ArrayBuffer.isView(path)) path = String(path);
    else throw new (codes().ERR_INVALID_ARG_TYPE)('path', ['string', 'Buffer', 'URL'], path);
  }
  const err = binding.loadEnvFile(path);
  if (err) throw uvError({ errno: err, syscall: 'open', path });
}

// --- built-in modules ---
function getBuiltinModule(id) {
  validateString(id, 'id');
  const name = id.startsWith('node:') ? id.slice(5) : id;
  if (!require.canBeRequiredByUsers(name)) return undefined;
  if (!id.startsWith('node:') && kSchemeOnly.has(name)) return undefined;
  return require(name);
}
const kSchemeOnly = new Set(['test', 'test/reporters', 'sqlite', 'sea']);

// process.allowedNodeEnvironmentFlags: a read-only Set of the options
// NODE_OPTIONS may carry; has() understands "--x=v", "_" for "-" and the
// flag without its leading dashes, as Node's does.
function makeEnvFlags() {
  const names = require('internal/options').getEnvFlags();
  const aliases = ['-r', '-C', '--debug-port', '--enable-network-family-autoselection',
    '--es-module-specifier-resolution', '--experimental-strip-types',
    '--experimental-test-isolation', '--loader', '--prof-process', '--report-directory',
    '--trace-events-enabled', '--webstorage'];
  const flags = new Set([...names, ...aliases]);
  class NodeEnvironmentFlagsSet extends Set {
    add() { return this; }
    delete() { return false; }
    clear() {}
    has(key) {
      if (typeof key !== 'string') return false;
      key = key.replace(/_/g, '-');
      if (/^--no-/.test(key) && Set.prototype.has.call(this, `--${key.slice(5)}`)) return true;
      const eq = key.indexOf('=');
      if (eq !== -1) key = key.slice(0, eq);
      return Set.prototype.has.call(this, key) ||
        (!key.startsWith('-') && Set.prototype.has.call(this, `--${key}`));
    }
  }
  const set = new NodeEnvironmentFlagsSet();
  for (const f of flags) Set.prototype.add.call(set, f);
  return Object.freeze(set);
}

module.exports = {
  cpuUsage, threadCpuUsage, resourceUsage, kill, umask, chdir, loadEnvFile, getBuiltinModule,
  makeEnvFlags,
};
