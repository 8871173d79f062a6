'use strict';
// net: Socket, a Duplex stream over a stream handle (for now the pipes of
// child processes and pipes opened from an fd), and the address helpers.
// TCP connections and servers are not here yet: connect(), createServer()
// and friends throw ERR_NOT_IMPLEMENTED.

const stream = require('stream');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_FD_TYPE, ERR_INVALID_HANDLE_TYPE, ERR_NOT_IMPLEMENTED,
  ERR_SOCKET_CLOSED,
} = require('internal/errors').codes;
const { errnoException } = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInt32, validateNumber,
} = require('internal/validators');
const { isIP, isIPv4, isIPv6 } = require('internal/net');
const {
  kOwner, kAfterAsyncWrite, kUpdateTimer, writeGeneric, writevGeneric, onStreamRead,
} = require('internal/stream_base_commons');

const { Buffer } = require('buffer');
const timers = require('timers');

const kTimeout = Symbol('timeout');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 500;

function noop() {}

// A stream handle for an fd: pipes (and Unix sockets) only for now.
function createHandle(fd) {
  const type = internalBinding('process').guessHandleType(fd);
  if (type === 'PIPE') {
    const { Pipe, constants } = internalBinding('pipe_wrap');
    return new Pipe(constants.SOCKET);
  }
  if (type === 'TCP') throw new ERR_NOT_IMPLEMENTED('net.Socket over a TCP fd');
  throw new ERR_INVALID_FD_TYPE(type);
}

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

// After the other side's FIN, writing fails unless half-open was asked for.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const err = new Error('This socket has been ended by the other party');
  err.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, err);
  this.destroy(err);
  return false;
}

function afterShutdown() {
  this.callback();
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  // no half-open sockets unless asked; 'close' is ours to emit
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  stream.Duplex.call(this, options);

  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this._pendingData = null;
  this._pendingEncoding = '';
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  this.server = null;
  this._server = null;

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    validateInt32(options.fd, 'fd', 0);
    this._handle = createHandle(options.fd);
    const err = this._handle.open(options.fd);
    if (err) throw errnoException(err, 'open');
  }
  if (options.onread !== undefined) {
    throw new ERR_NOT_IMPLEMENTED('the net.Socket onread option');
  }

  this.on('end', onReadableStreamEnd);
  if (this._handle) {
    this._handle[kOwner] = this;
    this._handle.onread = onStreamRead;
  }

  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
}
Object.setPrototypeOf(Socket.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(Socket, stream.Duplex);

Object.defineProperties(Socket.prototype, {
  pending: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      return !this._handle || this.connecting;
    },
  },
  readyState: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      if (this.connecting) return 'opening';
      if (this.readable && this.writable) return 'open';
      if (this.readable && !this.writable) return 'readOnly';
      if (!this.readable && this.writable) return 'writeOnly';
      return 'closed';
    },
  },
  bufferSize: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      if (this._handle) return this.writableLength;
      return undefined;
    },
  },
  bytesRead: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      return this._handle ? this._handle.bytesRead : this[kBytesRead];
    },
  },
  bytesWritten: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      let bytes = this._handle ? this._handle.bytesWritten : this[kBytesWritten];
      if (bytes === undefined) return undefined;
      // what is still queued in the stream counts as written, as in Node
      for (const el of this.writableBuffer ?? []) {
        bytes += typeof el.chunk === 'string' ? Buffer.byteLength(el.chunk, el.encoding) :
          el.chunk.length;
      }
      if (Array.isArray(this._pendingData)) {
        for (const el of this._pendingData) {
          bytes += typeof el.chunk === 'string' ? Buffer.byteLength(el.chunk, el.encoding) :
            el.chunk.length;
        }
      } else if (this._pendingData) {
        bytes += typeof this._pendingData === 'string' ?
          Buffer.byteLength(this._pendingData, this._pendingEncoding) : this._pendingData.length;
      }
      return bytes;
    },
  },
  _connecting: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      return this.connecting;
    },
  },
});

Socket.prototype._read = function _read(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

Socket.prototype._final = function _final(cb) {
  if (this.pending) {
    this.once('connect', () => this._final(cb));
    return;
  }
  if (!this._handle) {
    cb();
    return;
  }
  const req = { oncomplete: afterShutdown, handle: this._handle, callback: cb };
  const err = this._handle.shutdown(req);
  if (err === 1 || err === internalBinding('stream_wrap').UV_ENOTCONN) {
    cb();
  } else if (err !== 0) {
    cb(errnoException(err, 'shutdown'));
  }
};

Socket.prototype._writeGeneric = function _writeGeneric(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    this.once('connect', () => this._writeGeneric(writev, data, encoding, cb));
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  this[kUpdateTimer]();
  const req = writev ? writevGeneric(this, data, cb) : writeGeneric(this, data, encoding, cb);
  if (req.async) this[kLastWriteQueueSize] = req.bytes;
};

Socket.prototype._writev = function _writev(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function _write(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype[kAfterAsyncWrite] = function() {
  this[kLastWriteQueueSize] = 0;
};

Socket.prototype[kUpdateTimer] = function() {
  for (let s = this; s !== null; s = s._parent) s[kTimeout]?.refresh();
};

Socket.prototype._unrefTimer = function _unrefTimer() {
  this[kUpdateTimer]();
};

Socket.prototype._destroy = function _destroy(exception, cb) {
  this.connecting = false;
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) clearTimeout(s[kTimeout]);
    s[kTimeout] = null;
  }
  if (this._handle) {
    const isException = !!exception;
    this[kBytesRead] = this._handle.bytesRead;
    this[kBytesWritten] = this._handle.bytesWritten;
    this._handle.close(() => this.emit('close', isException));
    this._handle.onread = noop;
    this._handle = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(() => this.emit('close'));
  }
};

Socket.prototype.end = function end(data, encoding, callback) {
  stream.Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  if (this._handle) throw new ERR_INVALID_HANDLE_TYPE();
  this.destroy(new ERR_SOCKET_CLOSED());
  return this;
};

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this.destroyed) return this;
  validateNumber(msecs, 'msecs', 0);
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (this[kTimeout]) timers.clearTimeout(this[kTimeout]);
  this[kTimeout] = null;
  this.timeout = msecs;
  if (msecs === 0) {
    if (callback !== undefined) this.removeListener('timeout', callback);
  } else {
    this[kTimeout] = timers.setTimeout(() => this._onTimeout(), msecs);
    this[kTimeout].unref();
    if (callback !== undefined) this.once('timeout', callback);
  }
  return this;
};

Socket.prototype._onTimeout = function _onTimeout() {
  this[kTimeout] = null;
  this.emit('timeout');
};

// Pipes have no Nagle algorithm or keep-alive: nothing to set, as in Node.
Socket.prototype.setNoDelay = function setNoDelay(noDelay) {
  return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelay) {
  return this;
};

Socket.prototype.address = function address() {
  return {};
};

Socket.prototype.ref = function ref() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  this._handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  this._handle.unref();
  return this;
};

Socket.prototype.connect = function connect() {
  throw new ERR_NOT_IMPLEMENTED('net.Socket.prototype.connect (TCP and IPC connections)');
};

Socket.prototype._getpeername = function() { return {}; };
Socket.prototype._getsockname = function() { return {}; };
for (const name of ['remoteAddress', 'remoteFamily', 'remotePort', 'localAddress',
  'localPort', 'localFamily']) {
  Object.defineProperty(Socket.prototype, name, {
    __proto__: null, configurable: true, enumerable: false, get() { return undefined; },
  });
}

function notImplemented(name) {
  return function() {
    throw new ERR_NOT_IMPLEMENTED(`net.${name} (TCP and IPC servers and connections)`);
  };
}

function getDefaultAutoSelectFamily() {
  return autoSelectFamily;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamily = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeout;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  // Node's floor: shorter attempts would never let a connection finish
  autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
}

module.exports = {
  Socket,
  Stream: Socket,
  connect: notImplemented('connect'),
  createConnection: notImplemented('createConnection'),
  createServer: notImplemented('createServer'),
  Server: notImplemented('Server'),
  isIP,
  isIPv4,
  isIPv6,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
