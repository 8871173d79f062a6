'use strict';
// fs.Dir (fs.opendir): reads a directory a batch of entries at a time over
// a native handle. Asynchronous calls made while one is in flight queue up
// behind it; synchronous ones then fail, as in Node.

const pathModule = require('path');
const { codes } = require('internal/errors');
const { validateFunction, validateUint32, validateBoolean } = require('internal/validators');
const { Buffer } = require('buffer');
const {
  binding: B, throwIf, toPath, toPaths, wantRaw, getOptions, encodeResult,
} = require('internal/fs/utils');
const { Dirent, direntTypeOfMode } = require('internal/fs/stats');
const { runSync, runCallback, runPromise } = require('internal/fs/run');

const { UV_DIRENT_UNKNOWN } = B.constants;

function* openOp(path) {
  const [p, bp] = toPaths(path);
  return throwIf(yield [B.opendir, bp], 'opendir', p);
}

// parent/name for a name that is a string or (raw) bytes
function joinName(parent, name) {
  return typeof name === 'string' ? pathModule.join(parent, name) :
    Buffer.concat([Buffer.from(`${parent}/`), name]);
}

// [name, type, parent] entries from the binding's [names, types], types
// resolved with lstat where the system did not say.
function* entries(r, parent) {
  const [names, types] = r;
  const out = [];
  for (let i = 0; i < names.length; i++) {
    let type = types[i];
    if (type === UV_DIRENT_UNKNOWN) {
      const stat = new Float64Array(18);
      if ((yield [B.lstat, joinName(parent, names[i]), stat]) === 0) {
        type = direntTypeOfMode(stat[1]);
      }
    }
    out.push([names[i], type, parent]);
  }
  return out;
}

function* closeOp(handle) {
  throwIf(yield [B.dirClose, handle], 'closedir');
}

class Dir {
  #handle;
  #path;
  #encoding;
  #buffered = [];
  #closed = false;
  #queue = null; // operations waiting for the one in flight
  #recursive;
  #handleDone = false; // the handle has given all its entries
  #subdirs = []; // recursive: directories met, to be listed after

  constructor(handle, path, options) {
    if (handle == null) throw new codes.ERR_MISSING_ARGS('handle');
    this.#handle = handle;
    this.#path = path;
    this.#encoding = options.encoding;
    this.#recursive = options.recursive === true;
  }

  // The next batch of entries, or null at the end: from the handle, then
  // (recursive) from each subdirectory met, listed whole.
  * #nextBatch() {
    const raw = wantRaw(this.#encoding);
    const top = toPath(this.#path);
    if (!this.#handleDone) {
      const r = throwIf(yield [B.dirRead, this.#handle, raw], 'scandir');
      if (r !== null) return yield* entries(r, top);
      this.#handleDone = true;
    }
    while (this.#subdirs.length > 0) {
      const dir = this.#subdirs.shift();
      const r = throwIf(yield [B.readdir, dir, true, raw], 'scandir', dir);
      if (r[0].length > 0) return yield* entries(r, dir);
    }
    return null;
  }

  // The next buffered entry as a Dirent; a directory is listed later when
  // recursive.
  #take() {
    const [name, type, parent] = this.#buffered.shift();
    const d = new Dirent(encodeResult(name, this.#encoding), type,
      parent === toPath(this.#path) ? this.#path : parent);
    if (this.#recursive && d.isDirectory()) {
      const full = joinName(parent, name);
      this.#subdirs.push(typeof full === 'string' ? full : full.toString());
    }
    return d;
  }

  static #check(dir) {
    if (dir === null || typeof dir !== 'object' || !(#handle in dir)) {
      throw new codes.ERR_INVALID_THIS('Dir');
    }
  }

  get path() {
    Dir.#check(this);
    return this.#path;
  }

  #drainQueue() {
    const queue = this.#queue;
    this.#queue = null;
    for (const op of queue) op();
  }

  #read(callback) {
    if (this.#queue !== null) {
      this.#queue.push(() => this.#read(callback));
      return;
    }
    if (this.#buffered.length > 0) {
      process.nextTick(callback, null, this.#take());
      return;
    }
    this.#queue = [];
    runCallback(this.#nextBatch(), (err, batch) => {
      process.nextTick(() => this.#drainQueue());
      if (err || batch === null) {
        callback(err, batch);
        return;
      }
      this.#buffered = batch;
      callback(null, this.#take());
    });
  }

  read(callback) {
    Dir.#check(this);
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        if (this.#closed) throw new codes.ERR_DIR_CLOSED();
        this.#read((err, d) => (err ? reject(err) : resolve(d)));
      });
    }
    if (this.#closed) throw new codes.ERR_DIR_CLOSED();
    validateFunction(callback, 'callback');
    this.#read(callback);
    return undefined;
  }

  readSync() {
    Dir.#check(this);
    if (this.#closed) throw new codes.ERR_DIR_CLOSED();
    if (this.#queue !== null) throw new codes.ERR_DIR_CONCURRENT_OPERATION();
    if (this.#buffered.length === 0) {
      const batch = runSync(this.#nextBatch(), this.readSync);
      if (batch === null) return null;
      this.#buffered = batch;
    }
    return this.#take();
  }

  close(callback) {
    Dir.#check(this);
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(new codes.ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => {
        this.close((err) => (err ? reject(err) : resolve()));
      });
    }
    validateFunction(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, new codes.ERR_DIR_CLOSED());
      return undefined;
    }
    if (this.#queue !== null) {
      this.#queue.push(() => this.close(callback));
      return undefined;
    }
    this.#closed = true;
    runCallback(closeOp(this.#handle), (err) => callback(err));
    return undefined;
  }

  closeSync() {
    Dir.#check(this);
    if (this.#closed) throw new codes.ERR_DIR_CLOSED();
    if (this.#queue !== null) throw new codes.ERR_DIR_CONCURRENT_OPERATION();
    this.#closed = true;
    runSync(closeOp(this.#handle), this.closeSync);
  }

  async* entries() {
    try {
      for (;;) {
        const d = await this.read();
        if (d === null) break;
        yield d;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }

  async [Symbol.asyncDispose]() {
    if (!this.#closed) await this.close();
  }

  [Symbol.dispose]() {
    if (!this.#closed) this.closeSync();
  }
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) {
    validateUint32(options.bufferSize, 'options.bufferSize', true);
  }
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

// The options are checked once the directory is open (an error then throws
// from the completion, as in Node).
function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  const given = typeof options === 'function' ? undefined : options;
  runCallback(openOp(path), (err, handle) => {
    if (err) {
      callback(err);
      return;
    }
    let dir;
    try {
      dir = new Dir(handle, path, dirOptions(given));
    } catch (e) {
      runSync(closeOp(handle));
      throw e;
    }
    callback(null, dir);
  });
}

function opendirSync(path, options) {
  toPath(path);
  options = dirOptions(options);
  return new Dir(runSync(openOp(path), opendirSync), path, options);
}

// fsPromises.opendir is opendir promisified (so a third argument would be
// taken for the callback, as in Node).
function opendirPromise(...args) {
  return new Promise((resolve, reject) => {
    opendir(...args, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
