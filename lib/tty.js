'use strict';
// tty: isatty, and WriteStream, a terminal writer: synchronous writes (as
// Node's are on terminals), window size, colour depth and the cursor
// helpers. It is not yet a stream.Writable/net.Socket (no end, pipe, cork):
// those come with the streams work. Reading a terminal (ReadStream) needs
// streams too and throws ERR_NOT_IMPLEMENTED.

const EventEmitter = require('events');
const { codes } = require('internal/errors');
const { getColorDepth, hasColors } = require('internal/tty');
const { writeChunk } = require('internal/process/stdio');

const binding = internalBinding('process');
const CSI = '\u001b[';

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.guessHandleType(fd) === 'TTY';
}

// A terminal fd, or Node's errors for anything else.
function checkTTY(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new codes.ERR_INVALID_FD(fd);
  if (binding.guessHandleType(fd) !== 'TTY') {
    throw new codes.ERR_TTY_INIT_FAILED({
      errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init',
    });
  }
}

function ReadStream(fd) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd);
  checkTTY(fd);
  throw new codes.ERR_NOT_IMPLEMENTED('tty.ReadStream (reading a terminal)');
}

class WriteStreamImpl extends EventEmitter {
  #fd;

  constructor(fd) {
    checkTTY(fd);
    super();
    this.#fd = fd;
    this._type = 'tty';
    this.writable = true;
    const size = binding.getWindowSize(fd);
    if (size) {
      this.columns = size[0];
      this.rows = size[1];
    }
  }

  write(chunk, encoding, cb) {
    return writeChunk(this, this.#fd, chunk, encoding, cb);
  }

  getColorDepth(env) {
    return getColorDepth(env);
  }

  hasColors(count, env) {
    return hasColors(count, env);
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }

  // Re-reads the window size; 'resize' when it changed.
  _refreshSize() {
    const size = binding.getWindowSize(this.#fd);
    if (!size) return;
    if (size[0] === this.columns && size[1] === this.rows) return;
    this.columns = size[0];
    this.rows = size[1];
    this.emit('resize');
  }

  cursorTo(x, y, cb) {
    if (typeof y === 'function') {
      cb = y;
      y = undefined;
    }
    if (Number.isNaN(x)) throw new codes.ERR_INVALID_ARG_VALUE('x', x);
    if (Number.isNaN(y)) throw new codes.ERR_INVALID_ARG_VALUE('y', y);
    if (typeof x !== 'number') throw new codes.ERR_INVALID_CURSOR_POS();
    const seq = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
    return this.write(seq, cb);
  }

  moveCursor(dx, dy, cb) {
    if (!(dx || dy)) {
      if (typeof cb === 'function') process.nextTick(cb, null);
      return true;
    }
    let seq = '';
    if (dx < 0) seq += `${CSI}${-dx}D`;
    else if (dx > 0) seq += `${CSI}${dx}C`;
    if (dy < 0) seq += `${CSI}${-dy}A`;
    else if (dy > 0) seq += `${CSI}${dy}B`;
    return this.write(seq, cb);
  }

  // dir < 0: to the line's start, > 0: to its end, 0: the whole line
  clearLine(dir, cb) {
    const seq = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
    return this.write(seq, cb);
  }

  clearScreenDown(cb) {
    return this.write(`${CSI}0J`, cb);
  }
}
WriteStreamImpl.prototype.isTTY = true;

// Callable without `new`, as Node's is.
function WriteStream(fd) {
  return Reflect.construct(WriteStreamImpl, [fd], new.target || WriteStream);
}
WriteStream.prototype = WriteStreamImpl.prototype;
Object.defineProperty(WriteStream.prototype, 'constructor', {
  value: WriteStream, writable: true, configurable: true, enumerable: false,
});
Object.setPrototypeOf(WriteStream, EventEmitter);

module.exports = { isatty, ReadStream, WriteStream };
