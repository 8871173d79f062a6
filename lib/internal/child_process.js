'use strict';
// The parts of child_process shared by its entry points: turning the
// `stdio` option into slot descriptions, signal names, the synchronous run
// on top of internalBinding('spawn_sync'), and the ChildProcess class over
// internalBinding('process_wrap').

const binding = internalBinding('spawn_sync');
const EventEmitter = require('events');
const {
  ERR_INVALID_ARG_VALUE, ERR_IPC_SYNC_FORK, ERR_UNKNOWN_SIGNAL, ERR_UNKNOWN_ENCODING,
  ERR_INVALID_SYNC_FORK_INPUT, ERR_NOT_IMPLEMENTED, ERR_IPC_ONE_PIPE,
} = require('internal/errors').codes;
const { errnoException: ErrnoException } = require('internal/errors');
const { validateArray, validateObject, validateOneOf, validateString } =
  require('internal/validators');

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

// One { type, fd?, input?, handle? } per slot, at least three. The
// asynchronous form gives each 'pipe' slot a new Pipe handle (our end of
// the pipe) and hands a stream with a handle over as a 'wrap' slot; a
// stream object without one counts through its `fd`.
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
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
      const slot = { type: 'pipe', readable: i === 0, writable: i !== 0 };
      if (!sync) slot.handle = new (pipeWrap().Pipe)(pipeWrap().constants.SOCKET);
      slots.push(slot);
    } else if (entry === 'ipc') {
      if (sync || ipc !== undefined) {
        cleanupHandles(slots);
        if (sync) throw new ERR_IPC_SYNC_FORK();
        throw new ERR_IPC_ONE_PIPE();
      }
      ipc = new (pipeWrap().Pipe)(pipeWrap().constants.IPC);
      ipcFd = i;
      slots.push({ type: 'pipe', handle: ipc, ipc: true });
    } else if (entry === 'inherit') {
      slots.push({ type: 'inherit', fd: i });
    } else if (typeof entry === 'number' || typeof entry?.fd === 'number') {
      slots.push({ type: 'fd', fd: typeof entry === 'number' ? entry : entry.fd });
    } else if (!sync && isStreamHandle(entry?._handle ?? entry)) {
      const handle = entry._handle ?? entry;
      slots.push({ type: 'wrap', handle, _stdio: entry === handle ? undefined : entry });
    } else if (!sync && (ArrayBuffer.isView(entry) || typeof entry === 'string')) {
      cleanupHandles(slots);
      throw new ERR_INVALID_SYNC_FORK_INPUT(typeof entry === 'string' ? entry :
        require('internal/util/inspect').inspect(entry));
    } else if (ArrayBuffer.isView(entry) || typeof entry === 'string') {
      // Node accepts data here in the synchronous form but makes no slot of
      // it, so the later slots move down one.
    } else {
      cleanupHandles(slots);
      throw new ERR_INVALID_ARG_VALUE('stdio', entry);
    }
  }
  return { stdio: slots, ipc, ipcFd };
}

let pipeWrapBinding;
function pipeWrap() {
  pipeWrapBinding ??= internalBinding('pipe_wrap');
  return pipeWrapBinding;
}

let streamWrapBinding;
function isStreamHandle(h) {
  if (h === null || typeof h !== 'object') return false;
  streamWrapBinding ??= internalBinding('stream_wrap');
  return streamWrapBinding.isStreamHandle(h);
}

// The pipes made for slots before a bad one are closed again.
function cleanupHandles(slots) {
  for (const slot of slots) {
    if (slot.type === 'pipe' && slot.handle) slot.handle.close();
  }
}

// The parent's end of a child's IPC channel counts toward its 'close'.
function setupChildChannel(child, pipe, serialization) {
  const { setupChannel } = require('internal/child_process/channel');
  return setupChannel(child, pipe, serialization, maybeClose);
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
  const result = binding.spawn({ __proto__: null, ...options, encoding });
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

// ---- the asynchronous child: ChildProcess over a Process handle ----

let processWrapBinding;
function processWrap() {
  processWrapBinding ??= internalBinding('process_wrap');
  return processWrapBinding;
}

const { kOwner } = require('internal/stream_base_commons');
const kIsUsedAsStdio = Symbol('kIsUsedAsStdio');

// 'close' comes once the child exited and every readable stdio stream
// closed, whichever is last.
function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

// After exit, output nobody reads is drained so its stream can close.
function flushStdio(child) {
  const stdio = child.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream._readableState?.readableListening ||
        stream[kIsUsedAsStdio]) {
      continue;
    }
    stream.resume();
  }
}

function createSocket(handle, readable) {
  const net = require('net');
  return new net.Socket({ handle, readable });
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = new (processWrap().Process)();
    this._handle[kOwner] = this;
    this._handle.onexit = (exitCode, signalCode) => this._onExit(exitCode, signalCode);
  }

  _onExit(exitCode, signalCode) {
    if (signalCode) this.signalCode = signalCode;
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    this._handle.close();
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
      const err = ErrnoException(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    // stdio gets a chance to be read first: data may still be queued
    process.nextTick(flushStdio, this);
    maybeClose(this);
  }

  spawn(options) {
    validateObject(options, 'options');
    const { stdio, ipc, ipcFd } = getValidStdio(options.stdio || 'pipe', false);
    if (options.serialization !== undefined) {
      validateOneOf(options.serialization, 'options.serialization', ['json', 'advanced']);
    }
    const serialization = options.serialization || 'json';
    if (ipc !== undefined) {
      // the child finds its end of the channel through the environment
      if (options.envPairs === undefined) options.envPairs = [];
      else validateArray(options.envPairs, 'options.envPairs');
      if (serialization !== 'json') {
        cleanupHandles(stdio);
        throw new ERR_NOT_IMPLEMENTED(`the '${serialization}' IPC serialization`);
      }
      options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
      options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
    }
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) {
      this.spawnargs = [];
    } else {
      validateArray(options.args, 'options.args');
      this.spawnargs = options.args;
    }

    const codes = processWrap().codes;
    const err = this._handle.spawn({ __proto__: null, ...options, stdio });
    if (err === codes.UV_EACCES || err === codes.UV_EAGAIN || err === codes.UV_EMFILE ||
        err === codes.UV_ENFILE || err === codes.UV_ENOENT) {
      // failures a program handles at run time arrive as 'error', async
      process.nextTick(() => this._handle?.onexit(err, ''));
      if (err === codes.UV_EMFILE || err === codes.UV_ENFILE) {
        cleanupHandles(stdio);
        return err;
      }
    } else if (err) {
      this._handle.close();
      this._handle = null;
      cleanupHandles(stdio);
      throw ErrnoException(err, 'spawn');
    } else {
      process.nextTick(() => this.emit('spawn'));
    }

    this.pid = this._handle.pid;

    for (let i = 0; i < stdio.length; i++) {
      const slot = stdio[i];
      if (slot.type !== 'pipe' && slot.type !== 'wrap') continue;
      if (slot.ipc) {
        this._closesNeeded++;
        continue;
      }
      if (slot.type === 'wrap') {
        // the child reads it now: we must not
        slot.handle.reading = false;
        slot.handle.readStop();
        const owner = slot._stdio;
        if (owner) {
          owner.pause();
          owner.readableFlowing = false;
          owner._readableState.reading = false;
          owner[kIsUsedAsStdio] = true;
        }
        continue;
      }
      slot.socket = createSocket(this.pid !== 0 ? slot.handle : null, i > 0);
      if (i > 0 && this.pid !== 0) {
        this._closesNeeded++;
        slot.socket.on('close', () => maybeClose(this));
      }
    }

    this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
    this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
    this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
    this.stdio = stdio.map((slot) => (slot.socket === undefined ? null : slot.socket));
    if (ipc !== undefined) setupChildChannel(this, ipc, serialization);
    return err;
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const codes = processWrap().codes;
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === codes.UV_ESRCH) {
        // gone already: nothing to signal
      } else if (err === codes.UV_EINVAL || err === codes.UV_ENOSYS) {
        throw ErrnoException(err, 'kill');
      } else {
        this.emit('error', ErrnoException(err, 'kill'));
      }
    }
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    this._handle?.ref();
  }

  unref() {
    this._handle?.unref();
  }
}

module.exports = {
  ChildProcess, getValidStdio, stdioStringToArray, convertToValidSignal, normalizeEncoding,
  spawnSync, signals,
};
