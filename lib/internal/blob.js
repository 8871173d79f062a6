'use strict';
// Blob: immutable bytes with a MIME type, and the registry behind
// blob:nodedata: URLs (createObjectURL / revokeObjectURL for the URL class,
// resolveObjectURL for buffer). stream() is left out until web streams exist.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS },
} = require('internal/errors');
const { Buffer } = require('buffer');
const { shared } = require('internal/buffer');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

function sequenceError() {
  const err = new TypeError('Value cannot be converted to sequence.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function normalizeType(type) {
  type = `${type}`;
  return /[^\x20-\x7e]/.test(type) ? '' : type.toLowerCase();
}

// The bytes one blob part contributes.
function partBytes(part, endings) {
  if (part instanceof Blob) return blobBytes(part);
  if (shared.isAnyArrayBuffer(part)) return new Uint8Array(part.slice(0));
  if (ArrayBuffer.isView(part)) {
    return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  }
  let s = `${part}`;
  if (endings === 'native') s = s.replace(/\r\n?/g, '\n');
  return Buffer.from(s, 'utf8');
}

let blobBytes;

class Blob {
  #bytes;
  #type;

  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' ||
        typeof sources === 'string') {
      throw sequenceError();
    }
    if (options !== undefined && options !== null &&
        typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    }
    const endings = options?.endings === undefined ? 'transparent' : `${options.endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', options.endings);
    }
    const parts = [];
    let length = 0;
    for (const source of sources) {
      const bytes = partBytes(source, endings);
      parts.push(bytes);
      length += bytes.length;
    }
    const all = new Uint8Array(length);
    let pos = 0;
    for (const p of parts) {
      all.set(p, pos);
      pos += p.length;
    }
    this.#bytes = all;
    this.#type = options?.type === undefined ? '' : normalizeType(options.type);
  }

  static {
    blobBytes = (blob) => blob.#bytes;
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#bytes in self)) {
      throw new ERR_INVALID_THIS('Blob');
    }
  }

  get type() {
    Blob.#check(this);
    return this.#type;
  }

  get size() {
    Blob.#check(this);
    return this.#bytes.length;
  }

  slice(start = 0, end = undefined, contentType = undefined) {
    Blob.#check(this);
    const size = this.#bytes.length;
    const rel = (v, dflt) => {
      if (v === undefined) return dflt;
      v = Math.trunc(+v) || 0;
      return v < 0 ? Math.max(size + v, 0) : Math.min(v, size);
    };
    const from = rel(start, 0);
    const to = rel(end, size);
    const blob = new Blob();
    blob.#bytes = this.#bytes.subarray(from, Math.max(from, to));
    blob.#type = contentType === undefined ? '' : normalizeType(contentType);
    return blob;
  }

  arrayBuffer() {
    try {
      Blob.#check(this);
    } catch (err) {
      return Promise.reject(err);
    }
    return Promise.resolve(this.#bytes.slice().buffer);
  }

  text() {
    try {
      Blob.#check(this);
    } catch (err) {
      return Promise.reject(err);
    }
    let b = this.#bytes;
    // UTF-8 decode drops a leading byte order mark
    if (b.length >= 3 && b[0] === 0xEF && b[1] === 0xBB && b[2] === 0xBF) b = b.subarray(3);
    return Promise.resolve(Buffer.from(b.buffer, b.byteOffset, b.length).utf8Slice());
  }

  bytes() {
    try {
      Blob.#check(this);
    } catch (err) {
      return Promise.reject(err);
    }
    return Promise.resolve(this.#bytes.slice());
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${this.constructor.name} ${inspect(this.#describe(), opts)}`;
  }

  #describe() {
    return { size: this.#bytes.length, type: this.#type };
  }
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  value: 'Blob', configurable: true, enumerable: false, writable: false,
});
for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes']) {
  Object.defineProperty(Blob.prototype, name, { enumerable: true });
}

// --- blob URLs ---

const registry = new Map();

function randomUUID() {
  const hex = [];
  for (let i = 0; i < 16; i++) hex.push(Math.floor(Math.random() * 256));
  hex[6] = (hex[6] & 0x0f) | 0x40;
  hex[8] = (hex[8] & 0x3f) | 0x80;
  const h = hex.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function createObjectURL(blob) {
  if (!(blob instanceof Blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', blob);
  const id = randomUUID();
  registry.set(id, blob.slice(0, blob.size, blob.type));
  return `blob:nodedata:${id}`;
}

function idOf(url) {
  const m = /^blob:([^#?]*)/i.exec(`${url}`);
  if (m === null) return undefined;
  const parts = m[1].split(':');
  if (parts.length !== 2 || parts[0] !== 'nodedata') return undefined;
  return parts[1];
}

function revokeObjectURL(url) {
  const id = idOf(url);
  if (id !== undefined) registry.delete(id);
}

function resolveObjectURL(url) {
  const id = idOf(url);
  if (id === undefined) return undefined;
  const blob = registry.get(id);
  return blob === undefined ? undefined : blob.slice(0, blob.size, blob.type);
}

module.exports = { Blob, createObjectURL, revokeObjectURL, resolveObjectURL };
