'use strict';
// os: facts about the machine and the user, from libuv (src/bind/os.c).
// A native call that fails returns a negative libuv code; here it becomes
// Node's SystemError (ERR_SYSTEM_ERROR) naming the uv call.

const binding = internalBinding('os');
const { uvErrName, uvErrMessage } = internalBinding('errors');
const { validateInt32 } = require('internal/validators');

let errorCodes;
// The stack starts at the public function `caller`, as in Node.
function systemError(err, syscall, caller) {
  errorCodes ??= require('internal/errors').codes;
  const error = new errorCodes.ERR_SYSTEM_ERROR({
    errno: err, code: uvErrName(err), message: uvErrMessage(err), syscall,
  });
  Error.captureStackTrace(error, caller);
  return error;
}

// A value or a thrown SystemError for a failed call.
function checked(value, syscall, caller) {
  if (typeof value === 'number' && value < 0) throw systemError(value, syscall, caller);
  return value;
}

// Several os functions also convert to their value (`${os.hostname}`), as in Node.
function withPrimitive(fn, name) {
  if (name !== undefined) Object.defineProperty(fn, 'name', { value: name, configurable: true });
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

function uname(caller) {
  return checked(binding.uname(), 'uv_os_uname', caller);
}

const hostname = withPrimitive(() => checked(binding.hostname(), 'uv_os_gethostname', hostname), 'wrappedFn');
const homedir = withPrimitive(() => checked(binding.homedir(), 'uv_os_homedir', homedir), 'wrappedFn');
const uptime = withPrimitive(() => checked(binding.uptime(), 'uv_uptime', uptime), 'wrappedFn');
const freemem = withPrimitive(() => binding.freemem(), '');
const totalmem = withPrimitive(() => binding.totalmem(), '');
const availableParallelism = withPrimitive(() => binding.availableParallelism(), '');
const getOSType = withPrimitive(function getOSType() { return uname(getOSType)[0]; });
const getOSRelease = withPrimitive(function getOSRelease() { return uname(getOSRelease)[1]; });
const getOSVersion = withPrimitive(function getOSVersion() { return uname(getOSVersion)[2]; });
const getMachine = withPrimitive(function getMachine() { return uname(getMachine)[3]; });
const arch = withPrimitive(function arch() { return process.arch; });
const platform = withPrimitive(function platform() { return process.platform; });
const endianness = withPrimitive(function endianness() {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
});

// $TMPDIR, $TMP, $TEMP or /tmp, without a trailing slash
const tmpdir = withPrimitive(function tmpdir() {
  const env = process.env;
  let dir = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (dir.length > 1 && dir.endsWith('/')) dir = dir.slice(0, -1);
  return dir;
});

function loadavg() {
  return binding.loadavg();
}

function cpus() {
  const data = checked(binding.cpus(), 'uv_cpu_info', cpus);
  const result = [];
  for (let i = 0; i < data.length; i += 7) {
    result.push({
      model: data[i],
      speed: data[i + 1],
      times: { user: data[i + 2], nice: data[i + 3], sys: data[i + 4], idle: data[i + 5], irq: data[i + 6] },
    });
  }
  return result;
}

function networkInterfaces() {
  const data = checked(binding.interfaces(), 'uv_interface_addresses', networkInterfaces);
  const result = {};
  for (let i = 0; i < data.length; i += 8) {
    const name = data[i];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: data[i + 7] < 0 ? null : `${data[i + 1]}/${data[i + 7]}`,
    };
    if (data[i + 6] !== -1) entry.scopeid = data[i + 6];
    (result[name] ??= []).push(entry);
  }
  return result;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const out = [0];
  const err = binding.getPriority(pid, out);
  if (err < 0) throw systemError(err, 'uv_os_getpriority', getPriority);
  return out[0];
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const err = binding.setPriority(pid, priority);
  if (err < 0) throw systemError(err, 'uv_os_setpriority', setPriority);
}

// userInfo({ encoding }): names decoded with the encoding ('buffer' keeps
// Buffers; an unknown one means utf8, as in Node).
function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const encoding = options ? options.encoding : undefined;
  const data = checked(binding.userInfo(), 'uv_os_get_passwd', userInfo);
  const { Buffer } = require('buffer');
  const asBuffer = encoding === 'buffer';
  const enc = typeof encoding === 'string' && Buffer.isEncoding(encoding) ? encoding : 'utf8';
  const decode = (ab) => {
    if (ab === null) return null;
    const buf = Buffer.from(ab);
    return asBuffer ? buf : buf.toString(enc);
  };
  const user = { __proto__: null };
  user.uid = data[0];
  user.gid = data[1];
  user.username = decode(data[2]);
  user.homedir = decode(data[3]);
  user.shell = decode(data[4]);
  return user;
}

// os.constants: null-prototype objects; only `signals` is frozen, as in Node.
const constants = binding.constants();
Object.setPrototypeOf(constants, null);
for (const key of ['dlopen', 'errno', 'signals', 'priority']) Object.setPrototypeOf(constants[key], null);
Object.freeze(constants.signals);

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem,
  type: getOSType,
  userInfo,
  uptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
