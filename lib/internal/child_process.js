'use strict';
// The parts of child_process shared by its entry points: turning the
// `stdio` option into slot descriptions, signal names, and the synchronous
// run itself on top of internalBinding('spawn_sync').

const binding = internalBinding('spawn_sync');
const {
  ERR_INVALID_ARG_VALUE, ERR_IPC_SYNC_FORK, ERR_UNKNOWN_SIGNAL, ERR_UNKNOWN_ENCODING,
} = require('internal/errors').codes;

const signals = binding.signals;

// 'ignore' / 'pipe' / 'overlapped' / 'inherit' as the three standard slots.
function stdioStringToArray(stdio, channel) {
  let slots;
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe':
      slots = [stdio, stdio, stdio];
      break;
    case 'inherit':
      slots = [0, 1, 2];
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) slots.push(channel);
  return slots;
}

// One { type, fd?, input? } per slot, at least three. Only the synchronous
// form exists here: a stream object counts through its `fd`.
function getValidStdio(stdio, sync) {
  if (typeof stdio === 'string') stdio = stdioStringToArray(stdio);
  else if (!Array.isArray(stdio)) throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  const slots = [];
  for (let i = 0; i < stdio.length; i++) {
    let entry = stdio[i];
    if (entry == null) entry = i < 3 ? 'pipe' : 'ignore';
    if (entry === 'ignore') {
      slots.push({ type: 'ignore' });
    } else if (entry === 'pipe' || entry === 'overlapped' ||
               (typeof entry === 'number' && entry < 0)) {
      slots.push({ type: 'pipe', readable: i === 0, writable: i !== 0 });
    } else if (entry === 'ipc') {
      throw new ERR_IPC_SYNC_FORK();
    } else if (entry === 'inherit') {
      slots.push({ type: 'inherit', fd: i });
    } else if (typeof entry === 'number' || typeof entry?.fd === 'number') {
      slots.push({ type: 'fd', fd: typeof entry === 'number' ? entry : entry.fd });
    } else if (ArrayBuffer.isView(entry) || typeof entry === 'string') {
      // Node accepts data here in the synchronous form but makes no slot of
      // it, so the later slots move down one.
    } else {
      throw new ERR_INVALID_ARG_VALUE('stdio', entry);
    }
  }
  return { stdio: slots, ipc: undefined, ipcFd: undefined };
}

// A signal name or number as a number; ERR_UNKNOWN_SIGNAL otherwise.
function convertToValidSignal(signal) {
  if (typeof signal === 'number') {
    for (const name in signals) if (signals[name] === signal) return signal;
  } else if (typeof signal === 'string') {
    const num = signals[signal.toUpperCase()];
    if (num !== undefined) return num;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

// Node's encoding names, folded to the canonical one; undefined if unknown.
function normalizeEncoding(enc) {
  const e = `${enc}`.toLowerCase();
  switch (e) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': case 'hex': case 'base64': case 'base64url': return e;
    default: return undefined;
  }
}

// `Error: <syscall> <CODE>` with errno, code and syscall, as Node builds it.
function errnoException(errno, syscall) {
  const code = binding.errname(errno);
  const err = new Error(`${syscall} ${code}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

// Runs the child; options are normalized and validated already. Outputs
// come back as strings in `options.encoding`, or as Buffers without one.
function spawnSync(options) {
  const wanted = options.encoding;
  const encoding = normalizeEncoding(wanted);
  const result = binding.spawn({ ...options, encoding });
  if (result.output && wanted !== undefined && encoding === undefined) {
    // Node decodes after the run, so an unknown encoding fails only now,
    // and only on bytes: nothing decodes to '' in any encoding.
    const output = result.output;
    for (let i = 0; i < output.length; i++) {
      if (!output[i]) continue;
      if (output[i].length > 0) throw new ERR_UNKNOWN_ENCODING(wanted);
      output[i] = '';
    }
  }
  if (result.output && wanted === undefined) {
    // raw bytes become Buffers over the same memory
    const { FastBuffer } = require('internal/buffer');
    const output = result.output;
    for (let i = 0; i < output.length; i++) {
      const bytes = output[i];
      if (bytes) output[i] = new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length);
    }
  }
  result.stdout = result.output?.[1];
  result.stderr = result.output?.[2];
  if (result.error) {
    result.error = errnoException(result.error, `spawnSync ${options.file}`);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
  }
  return result;
}

module.exports = {
  getValidStdio, stdioStringToArray, convertToValidSignal, normalizeEncoding, spawnSync,
  signals,
};
