'use strict';
// duplexPair(): two Duplex streams wired to each other — what is written
// to one is read from the other.

const Duplex = require('internal/streams/duplex');

const kCallback = Symbol('Callback');
const kInitOtherSide = Symbol('InitOtherSide');

class DuplexSide extends Duplex {
  #otherSide = null;

  constructor(options) {
    super(options);
    // the pending write callback, released when the other side reads
    this[kCallback] = null;
  }

  [kInitOtherSide](otherSide) {
    if (this.#otherSide !== null) throw new Error('duplexPair: other side already set');
    this.#otherSide = otherSide;
  }

  _read() {
    const callback = this[kCallback];
    if (callback) {
      this[kCallback] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      this.#otherSide.push(chunk);
      this.#otherSide[kCallback] = callback;
    }
  }

  _final(callback) {
    this.#otherSide.on('end', callback);
    this.#otherSide.push(null);
  }

  // The other side closes too, on a later tick (not inside whatever is
  // destroying this one), and without the error, so that it does not
  // surface as a second unhandled 'error'; a clean destroy just ends it.
  _destroy(err, callback) {
    const otherSide = this.#otherSide;
    if (otherSide !== null && !otherSide.destroyed) {
      process.nextTick(closeOtherSide, otherSide, err);
    }
    callback(err);
  }
}

function closeOtherSide(otherSide, err) {
  if (otherSide.destroyed) return;
  if (err) otherSide.destroy();
  else otherSide.push(null);
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kInitOtherSide](side1);
  side1[kInitOtherSide](side0);
  return [side0, side1];
}

module.exports = duplexPair;
