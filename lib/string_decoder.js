'use strict';
// StringDecoder: bytes to strings across chunk boundaries. A character split
// between writes is held (up to 4 bytes) until it completes; a held UTF-8
// sequence interrupted by a non-continuation byte, or still incomplete at
// end(), decodes on its own (U+FFFD as needed). Decoding is Buffer's (C).

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING } } = require('internal/errors');
const { Buffer } = require('buffer');
const { FastBuffer, shared } = require('internal/buffer');

const kState = Symbol('kState');

function toBytes(buf) {
  if (shared.isUint8Array(buf)) return buf;
  if (ArrayBuffer.isView(buf)) return new FastBuffer(buf.buffer, buf.byteOffset, buf.byteLength);
  throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
}

function decode(bytes, encoding, start, end) {
  return Buffer.prototype.toString.call(bytes, encoding, start, end);
}

// How many bytes the UTF-8 sequence led by `byte` has; -1 for a
// continuation byte, -2 for a byte that never starts one.
function utf8SequenceLength(byte) {
  if (byte <= 0x7F) return 0;
  if (byte >> 5 === 0x06) return 2;
  if (byte >> 4 === 0x0E) return 3;
  if (byte >> 3 === 0x1E) return 4;
  return byte >> 6 === 0x02 ? -1 : -2;
}

// Looks at the last three bytes for a sequence cut short; sets lastNeed and
// returns the cut sequence's full length (0 when nothing is cut).
function utf8CheckIncomplete(state, buf, i) {
  let j = buf.length - 1;
  for (let back = 1; back <= 3; back++, j--) {
    if (j < i) return 0;
    const nb = utf8SequenceLength(buf[j]);
    if (nb >= 0) {
      if (nb > back) {
        state.lastNeed = nb - back;
        return nb;
      }
      return 0;
    }
    if (nb === -2) return 0;
  }
  return 0;
}

// A plain function as in Node, so StringDecoder.call(obj) initialises obj.
function StringDecoder(encoding) {
  const normalized = shared.normalizeEncoding(encoding);
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = normalized;
  Object.defineProperty(this, kState, {
    value: { lastChar: Buffer.alloc(4), lastNeed: 0, lastTotal: 0 },
  });
}

const methods = {
  write(buf) {
    if (typeof buf === 'string') return buf;
    buf = toBytes(buf);
    const state = this[kState];
    if (state === undefined) throw new ERR_INVALID_THIS('StringDecoder');
    let r = '';
    let i = 0;
    if (state.lastNeed) {
      r = fillLast(this, state, buf);
      if (r === undefined) return '';
      i = state.lastNeed;
      state.lastNeed = 0;
    }
    if (i < buf.length) return r + this.text(buf, i);
    return r;
  },

  end(buf) {
    let r = '';
    if (typeof buf === 'string') {
      r = buf;
    } else if (buf !== undefined) {
      const bytes = toBytes(buf);
      if (bytes.length) r = this.write(bytes);
    }
    const state = this[kState];
    let tail = '';
    if (state.lastNeed) {
      switch (this.encoding) {
        case 'utf8':
        case 'utf16le':
          tail = decode(state.lastChar, this.encoding, 0, state.lastTotal - state.lastNeed);
          break;
        case 'base64':
        case 'base64url':
          tail = decode(state.lastChar, this.encoding, 0, 3 - state.lastNeed);
          break;
      }
    }
    state.lastNeed = 0;
    state.lastTotal = 0;
    return r + tail;
  },

  // Decodes buf from offset i, holding back a character cut at its end.
  text(buf, i) {
    buf = toBytes(buf);
    const state = this[kState];
    const enc = this.encoding;
    if (enc === 'utf8') {
      const total = utf8CheckIncomplete(state, buf, i);
      if (!state.lastNeed) return decode(buf, 'utf8', i);
      state.lastTotal = total;
      const end = buf.length - (total - state.lastNeed);
      state.lastChar.set(buf.subarray(end), 0);
      return decode(buf, 'utf8', i, end);
    }
    if (enc === 'utf16le') {
      if ((buf.length - i) % 2 === 0) {
        const r = decode(buf, 'utf16le', i);
        if (r) {
          const c = r.charCodeAt(r.length - 1);
          if (c >= 0xD800 && c <= 0xDBFF) {
            state.lastNeed = 2;
            state.lastTotal = 4;
            state.lastChar[0] = buf[buf.length - 2];
            state.lastChar[1] = buf[buf.length - 1];
            return r.slice(0, -1);
          }
        }
        return r;
      }
      state.lastNeed = 1;
      state.lastTotal = 2;
      state.lastChar[0] = buf[buf.length - 1];
      return decode(buf, 'utf16le', i, buf.length - 1);
    }
    if (enc === 'base64' || enc === 'base64url') {
      const n = (buf.length - i) % 3;
      if (n === 0) return decode(buf, enc, i);
      state.lastNeed = 3 - n;
      state.lastTotal = 3;
      if (n === 1) {
        state.lastChar[0] = buf[buf.length - 1];
      } else {
        state.lastChar[0] = buf[buf.length - 2];
        state.lastChar[1] = buf[buf.length - 1];
      }
      return decode(buf, enc, i, buf.length - n);
    }
    return decode(buf, enc, i);
  },
};
for (const name of Object.keys(methods)) {
  Object.defineProperty(StringDecoder.prototype, name, {
    value: methods[name], writable: true, enumerable: true, configurable: true,
  });
}
for (const name of ['lastChar', 'lastNeed', 'lastTotal']) {
  Object.defineProperty(StringDecoder.prototype, name, {
    get() { return this[kState][name]; }, enumerable: true, configurable: true,
  });
}

// Completes a held character from the start of buf. Returns its string,
// '\ufffd' when buf breaks it, or undefined when buf still isn't enough.
function fillLast(decoder, state, buf) {
  const p = state.lastTotal - state.lastNeed;
  if (decoder.encoding === 'utf8') {
    for (let k = 0; k < state.lastNeed && k < buf.length && k < 3; k++) {
      if ((buf[k] & 0xC0) !== 0x80) {
        // Broken: the held bytes and the k taken decode on their own (one
        // or more U+FFFD, as a whole-buffer decode gives).
        state.lastChar.set(buf.subarray(0, k), p);
        state.lastNeed = k;
        return decode(state.lastChar, 'utf8', 0, p + k);
      }
    }
  }
  if (state.lastNeed <= buf.length) {
    state.lastChar.set(buf.subarray(0, state.lastNeed), p);
    return decode(state.lastChar, decoder.encoding, 0, state.lastTotal);
  }
  state.lastChar.set(buf, p);
  state.lastNeed -= buf.length;
  return undefined;
}

module.exports = { StringDecoder };
