'use strict';
// process.stdout / stderr / stdin: writers that write synchronously (as
// Node does for files and terminals) and know what their fd is; stdin is a
// readable stream over a pipe or a file.

const EventEmitter = require('events');

const binding = internalBinding('process');

function toBytes(chunk, encoding) {
  if (typeof chunk === 'string') {
    if (!encoding || encoding === 'utf8' || encoding === 'utf-8' || encoding === 'buffer') {
      return chunk;
    }
    // other encodings need Buffer's codecs
    return globalThis.Buffer.from(chunk, encoding);
  }
  return viewBytes(chunk);
}

// (apart from toBytes, which strings take: the engine resolves a function's
// global names when it first runs it, building classes such as ArrayBuffer)
function viewBytes(chunk) {
  if (ArrayBuffer.isView(chunk)) {
    if (chunk instanceof Uint8Array) return chunk;
    return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }
  if (chunk === null) {
    const err = new TypeError('May not write null values to stream');
    err.code = 'ERR_STREAM_NULL_VALUES';
    throw err;
  }
  const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
  throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

// write(chunk[, encoding][, cb]) of a synchronous writer on fd (stdio, and
// tty.WriteStream): errors go to cb and 'error' on the next tick, as a
// stream's would.
function writeChunk(stream, fd, chunk, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = undefined;
  }
  const data = toBytes(chunk, encoding);
  try {
    binding.writeSync(fd, data);
  } catch (sysErr) {
    // Node's shape for stream write failures: "write EPIPE"
    const err = new Error(`write ${sysErr.code}`);
    err.errno = sysErr.errno;
    err.code = sysErr.code;
    err.syscall = 'write';
    process.nextTick(() => {
      if (typeof cb === 'function') cb(err);
      stream.emit('error', err);
    });
    return false;
  }
  if (typeof cb === 'function') process.nextTick(cb, null);
  return true;
}

// process.stdout / stderr. A function-made object with a class's shape
// (prototype chain StdioWriter.prototype -> EventEmitter.prototype): the
// engine's bytecode cache holds no constructor code, and a class would be
// compiled from source at the first `new`, in every start that prints.
function StdioWriter() {}
Object.setPrototypeOf(StdioWriter.prototype, EventEmitter.prototype);
Object.setPrototypeOf(StdioWriter, EventEmitter);

function makeWriter(fd) {
  const stream = Object.create(StdioWriter.prototype);
  EventEmitter.init.call(stream);
  stream.fd = fd;
  stream._type = kTypes[binding.guessHandleType(fd)] || 'fs';
  stream._isStdio = true;
  stream.writable = true;
  if (stream._type === 'tty') {
    stream.isTTY = true;
    const size = binding.getWindowSize(fd);
    stream.columns = size ? size[0] : 80;
    stream.rows = size ? size[1] : 24;
  }
  return stream;
}

Object.defineProperties(StdioWriter.prototype, {
  write: {
    value: function write(chunk, encoding, cb) {
      return writeChunk(this, this.fd, chunk, encoding, cb);
    },
    writable: true, configurable: true, enumerable: false,
  },
  getWindowSize: {
    value: function getWindowSize() {
      const size = binding.getWindowSize(this.fd);
      return size ? [size[0], size[1]] : [this.columns, this.rows];
    },
    writable: true, configurable: true, enumerable: false,
  },
});

const kTypes = { TTY: 'tty', FILE: 'fs', PIPE: 'pipe', TCP: 'pipe', UDP: 'pipe' };

// Whether an 'error' listener added and removed around one write could be
// seen: not on an untouched writer with no listeners (nothing hears
// 'newListener' or 'removeListener', and its write reports errors on a
// later tick, never during the call). console skips the pair then.
const { once, removeListener, listenerCount } = EventEmitter.prototype;
const { write } = StdioWriter.prototype;
function isQuietWriter(stream) {
  return Object.getPrototypeOf(stream) === StdioWriter.prototype && stream._eventsCount === 0 &&
    stream.write === write && stream.once === once && stream.removeListener === removeListener &&
    stream.listenerCount === listenerCount;
}

// stdin: a net.Socket over a pipe or socket, a stream reading a file;
// a terminal is only described for now (reading one needs a tty handle).
function makeStdin() {
  const type = binding.guessHandleType(0);
  let stdin;
  if (type === 'PIPE' || type === 'TCP') {
    const net = require('net');
    if (process.channel && process.channel.fd === 0) {
      // fd 0 is the IPC channel already open: share its handle
      const { kChannelHandle } = require('internal/child_process/channel');
      stdin = new net.Socket({
        handle: process[kChannelHandle], readable: true, writable: false, manualStart: true,
      });
    } else {
      stdin = new net.Socket({ fd: 0, readable: true, writable: false, manualStart: true });
    }
    // it cannot be end()ed
    stdin._writableState.ended = true;
  } else if (type === 'FILE') {
    stdin = makeFileStdin();
  } else {
    stdin = { fd: 0 };
    if (type === 'TTY') stdin.isTTY = true;
    return stdin;
  }
  stdin.fd = 0;
  // it starts paused: reading begins when someone reads
  if (stdin._handle) {
    stdin._handle.reading = false;
    stdin._readableState.reading = false;
    stdin._handle.readStop();
  }
  // after pause(), stop reading so the process can exit
  stdin.on('pause', () => process.nextTick(() => {
    const handle = stdin._handle;
    if (handle && handle.reading && !stdin.readableFlowing) {
      stdin._readableState.reading = false;
      handle.reading = false;
      handle.readStop();
    }
  }));
  return stdin;
}

// A file (or a device such as /dev/null) as stdin: read in chunks when
// asked, synchronously (local files do not block for long).
function makeFileStdin() {
  const { Readable } = require('stream');
  const fs = require('fs');
  const { Buffer } = require('buffer');
  return new Readable({
    highWaterMark: 65536,
    read(size) {
      const buf = Buffer.allocUnsafe(65536);
      let n;
      try {
        n = fs.readSync(0, buf, 0, buf.length, null);
      } catch (err) {
        this.destroy(err);
        return;
      }
      this.push(n > 0 ? buf.subarray(0, n) : null);
    },
  });
}

module.exports = {
  isQuietWriter,
  writeChunk,
  getStdout: () => makeWriter(1),
  getStdin: makeStdin,
  getStderr: () => makeWriter(2),
};
