'use strict';
// The IPC channel between a parent and a forked child: newline-separated
// JSON messages over an IPC Pipe handle. setupChannel(target, pipe) gives
// the target (a ChildProcess, or `process` in the child) send(),
// disconnect(), connected, channel and the 'message' / 'disconnect'
// events. Passing handles along with messages and the 'advanced'
// serialization are not here yet.

const EventEmitter = require('events');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_HANDLE_TYPE, ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED,
  ERR_MISSING_ARGS, ERR_NOT_IMPLEMENTED,
} = require('internal/errors').codes;
const { errnoException } = require('internal/errors');
const { validateObject } = require('internal/validators');
const { kOwner } = require('internal/stream_base_commons');

const kInternalPrefix = 'NODE_';
// target[kChannelHandle]: the pipe, for process.stdin when it is the channel
const kChannelHandle = Symbol('kChannelHandle');

function isHandle(v) {
  return internalBinding('stream_wrap').isStreamHandle(v);
}
const kMaxQueued = 65536 * 2;

// What target.channel is: the pipe's refs, counted so that listeners and
// pending writes keep it ref'd unless the program chose ref()/unref().
class Control extends EventEmitter {
  #pipe;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(pipe) {
    super();
    this.#pipe = pipe;
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#pipe.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#pipe.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#pipe.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#pipe.unref();
  }

  get fd() {
    return this.#pipe ? this.#pipe.fd : undefined;
  }
}

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > kInternalPrefix.length && message.cmd.startsWith(kInternalPrefix);
}

// onClose(target) runs when the other side hung up (the parent counts it
// toward 'close').
function setupChannel(target, pipe, serialization, onClose) {
  if (serialization !== 'json') {
    throw new ERR_NOT_IMPLEMENTED(`the '${serialization}' IPC serialization`);
  }
  const control = new Control(pipe);
  target.channel = control;
  target[kChannelHandle] = pipe;
  target._handleQueue = null;
  target._pendingMessage = null;
  pipe[kOwner] = target;

  const { StringDecoder } = require('string_decoder');
  const { FastBuffer } = require('internal/buffer');
  const decoder = new StringDecoder('utf8');
  // the pipe is let go once: at the other side's EOF or after disconnect();
  // only the EOF counts toward the parent's 'close' (as in Node, a parent
  // that disconnects itself sees no 'close')
  let released = false;
  function release(atEof) {
    if (released) return;
    released = true;
    pipe.onread = () => {};
    pipe.close();
    if (atEof && onClose) onClose(target);
  }
  let pending = '';
  pipe.buffering = false;

  function deliver(message) {
    if (!target.channel) return;
    const event = isInternal(message) ? 'internalMessage' : 'message';
    process.nextTick(() => target.emit(event, message, undefined));
  }

  pipe.onread = function(nread, arrayBuffer) {
    if (nread > 0) {
      const text = decoder.write(new FastBuffer(arrayBuffer, 0, nread));
      const lines = text.split('\n');
      if (lines.length === 1) {
        pending += lines[0];
        pipe.buffering = pending.length !== 0;
        return;
      }
      lines[0] = pending + lines[0];
      pending = lines.pop();
      pipe.buffering = pending.length !== 0;
      for (const line of lines) deliver(JSON.parse(line));
      return;
    }
    if (nread === 0) return;
    // the other side is gone (EOF or an error)
    pipe.buffering = false;
    if (target.connected) target.disconnect();
    release(true);
  };

  target.on('internalMessage', (message) => {
    // handles travel with NODE_HANDLE messages; not supported here
    if (message.cmd === 'NODE_HANDLE') {
      process.nextTick(() => target.emit('error',
        new ERR_NOT_IMPLEMENTED('receiving handles over IPC')));
    }
  });

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const err = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') process.nextTick(callback, err);
    else process.nextTick(() => this.emit('error', err));
    return false;
  };

  target._send = function _send(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'],
                                     message);
    }
    if (typeof options === 'boolean') options = { swallowErrors: options };
    if (handle) {
      const net = require('net');
      if (!(handle instanceof net.Socket) && !isHandle(handle)) {
        throw new ERR_INVALID_HANDLE_TYPE();
      }
      throw new ERR_NOT_IMPLEMENTED('sending handles over IPC');
    }

    const req = {
      handle: pipe,
      oncomplete(status) {
        control.unrefCounted();
        finish(status);
      },
    };
    function finish(status) {
      if (status < 0) {
        const err = errnoException(status, 'write');
        if (typeof callback === 'function') callback(err);
        else if (!options.swallowErrors) target.emit('error', err);
      } else if (typeof callback === 'function') {
        callback(null);
      }
    }
    const err = pipe.writeUtf8String(req, `${JSON.stringify(message)}\n`);
    if (err === 0) {
      if (req.async) control.refCounted();
      else process.nextTick(finish, 0);
    } else if (!options.swallowErrors) {
      const ex = errnoException(err, 'write');
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else process.nextTick(() => this.emit('error', ex));
    }
    // false once the other side is far behind
    return pipe.writeQueueSize < kMaxQueued;
  };

  // connected turns false at disconnect(); channel turns null once the
  // pipe is actually let go (after a message being read completes).
  target.connected = true;

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    this._disconnect();
  };

  target._disconnect = function _disconnect() {
    if (!this.channel) return;
    this.channel = null;
    let fired = false;
    const finish = () => {
      if (fired) return;
      fired = true;
      release(false);
      target.emit('disconnect');
    };
    if (pipe.buffering) {
      this.once('message', finish);
      this.once('internalMessage', finish);
      return;
    }
    process.nextTick(finish);
  };

  // a failed spawn leaves an unconnected pipe: nothing to read then
  pipe.readStart();
  return control;
}

module.exports = { setupChannel, kChannelHandle };
