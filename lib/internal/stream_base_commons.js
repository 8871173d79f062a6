'use strict';
// The JS half of stream handles (internalBinding('stream_wrap')): write
// requests, reads delivered to onread, and the errors both produce. A
// stream that owns a handle sets handle[kOwner] to itself.

const { errnoException } = require('internal/errors');

const binding = internalBinding('stream_wrap');
const { UV_EOF } = binding;

const kOwner = Symbol('kOwner');
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');
const kUpdateTimer = Symbol('kUpdateTimer');

let FastBuffer;
let BufferClass;

function owner(handle) {
  return handle[kOwner];
}

// this = the write request: the handle finished a queued write.
function onWriteComplete(status) {
  const stream = owner(this.handle);
  if (stream.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    const err = errnoException(status, 'write');
    if (typeof this.callback === 'function') this.callback(err);
    else stream.destroy(err);
    return;
  }
  stream[kUpdateTimer]?.();
  stream[kAfterAsyncWrite]?.(this);
  if (typeof this.callback === 'function') this.callback(null);
}

function createWriteReq(handle, callback) {
  return { handle, callback, oncomplete: onWriteComplete, async: false, bytes: 0 };
}

function dispatchWrite(handle, req, data, encoding) {
  switch (encoding) {
    case 'buffer':
      return handle.writeBuffer(req, data);
    case 'utf8':
    case 'utf-8':
      return handle.writeUtf8String(req, data);
    case 'latin1':
    case 'binary':
      return handle.writeLatin1String(req, data);
    case 'ascii':
      return handle.writeAsciiString(req, data);
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return handle.writeUcs2String(req, data);
    default:
      BufferClass ??= require('buffer').Buffer;
      return handle.writeBuffer(req, BufferClass.from(data, encoding));
  }
}

// Runs cb now when the write completed at once, else when it completes.
function afterDispatch(req, err, cb) {
  if (err !== 0) {
    cb(errnoException(err, 'write'));
    return;
  }
  if (!req.async) cb(null);
}

function writeGeneric(stream, data, encoding, cb) {
  const req = createWriteReq(stream._handle, cb);
  const err = dispatchWrite(stream._handle, req, data, encoding);
  afterDispatch(req, err, cb);
  return req;
}

// chunks: Buffers (allBuffers) or [{ chunk, encoding }] from _writev.
function writevGeneric(stream, chunks, cb) {
  BufferClass ??= require('buffer').Buffer;
  const buffers = new Array(chunks.length);
  if (chunks.allBuffers) {
    for (let i = 0; i < chunks.length; i++) buffers[i] = chunks[i].chunk;
  } else {
    for (let i = 0; i < chunks.length; i++) {
      const { chunk, encoding } = chunks[i];
      buffers[i] = typeof chunk === 'string' ? BufferClass.from(chunk, encoding) : chunk;
    }
  }
  const req = createWriteReq(stream._handle, cb);
  const err = stream._handle.writev(req, buffers);
  afterDispatch(req, err, cb);
  return req;
}

// handle.onread: this = the handle; bytes arrive as an ArrayBuffer.
function onStreamRead(nread, arrayBuffer) {
  const stream = owner(this);
  if (!stream) return;
  if (nread > 0 && !stream.destroyed) {
    stream[kUpdateTimer]?.();
    FastBuffer ??= require('internal/buffer').FastBuffer;
    if (!stream.push(new FastBuffer(arrayBuffer, 0, nread))) {
      this.reading = false;
      if (!stream.destroyed) {
        const err = this.readStop();
        if (err) stream.destroy(errnoException(err, 'read'));
      }
    }
    return;
  }
  if (nread === 0 || nread > 0) return;
  if (nread !== UV_EOF) {
    stream.destroy(errnoException(nread, 'read'));
    return;
  }
  // The other side ended: stop reading and end the readable side.
  this.reading = false;
  this.readStop();
  if (!stream.readableEnded) {
    stream.push(null);
    stream.read(0);
  }
}

module.exports = {
  kOwner,
  kAfterAsyncWrite,
  kUpdateTimer,
  writeGeneric,
  writevGeneric,
  onStreamRead,
};
