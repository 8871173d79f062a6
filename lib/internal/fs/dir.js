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

// The next batch of [name, type] pairs (types resolved with lstat where the
// system did not say), or null at the end; names are bytes when raw.
function* readOp(handle, dirPath, raw) {
  const r = throwIf(yield [B.dirRead, handle, raw], 'scandir');
  if (r === null) return null;
  const [names, types] = r;
  const out = [];
  for (let i = 0; i < names.length; i++) {
    let type = types[i];
    if (type === UV_DIRENT_UNKNOWN) {
      const stat = new Float64Array(18);
      const full = raw ? Buffer.concat([Buffer.from(`${toPath(dirPath)}/`), names[i]]) :
        pathModule.join(toPath(dirPath), names[i]);
      if ((yield [B.lstat, full, stat]) === 0) {
        type = direntTypeOfMode(stat[1]);
      }
    }
    out.push([names[i], type]);
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

  constructor(handle, path, options) {
    if (handle == null) throw new codes.ERR_MISSING_ARGS('handle');
    this.#handle = handle;
    this.#path = path;
    this.#encoding = options.encoding;
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

  #dirent([name, type]) {
    return new Dirent(encodeResult(name, this.#encoding), type, this.#path);
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
      process.nextTick(callback, null, this.#dirent(this.#buffered.shift()));
      return;
    }
    this.#queue = [];
    runCallback(readOp(this.#handle, this.#path, wantRaw(this.#encoding)), (err, batch) => {
      process.nextTick(() => this.#drainQueue());
      if (err || batch === null) {
        callback(err, batch);
        return;
      }
      this.#buffered = batch;
      callback(null, this.#dirent(this.#buffered.shift()));
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
      const batch = runSync(readOp(this.#handle, this.#path, wantRaw(this.#encoding)), this.readSync);
      if (batch === null) return null;
      this.#buffered = batch;
    }
    return this.#dirent(this.#buffered.shift());
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
  if (options.recursive !== undefined) {
    validateBoolean(options.recursive, 'options.recursive');
    if (options.recursive) {
      throw new codes.ERR_NOT_IMPLEMENTED('opendir() with options.recursive');
    }
  }
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
