'use strict';
// fs.cp / fs.cpSync / fsPromises.cp: copies a file, a link or (recursive) a
// tree, with Node's checks (same file, directory onto file, into itself)
// and its SystemErrors. One generator for all three forms (see run.js).

const pathModule = require('path');
const { codes } = require('internal/errors');
const {
  validateObject, validateBoolean, validateFunction,
} = require('internal/validators');
const {
  binding: B, SystemError, throwIf, getValidMode,
} = require('internal/fs/utils');
const { getStats } = require('internal/fs/stats');
const ops = require('internal/fs/ops');

const EEXIST = 17;
const EISDIR = 21;
const EINVAL = 22;
const ENOTDIR = 20;

const kDefaults = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...kDefaults };
  validateObject(options, 'options');
  options = { ...kDefaults, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  options.mode = getValidMode(options.mode, 7, 0);
  if (options.dereference && options.verbatimSymlinks) {
    throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

const kPrefixes = {
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_FIFO_PIPE: 'Cannot copy a FIFO pipe',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_SOCKET: 'Cannot copy a socket file',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot overwrite symlink in subdirectory of self',
  ERR_FS_CP_UNKNOWN: 'Cannot copy an unknown file type',
  ERR_FS_EISDIR: 'Path is a directory',
};

function cpError(key, message, path, errno, code) {
  return new SystemError(key, kPrefixes[key], { message, path, syscall: 'cp', errno, code });
}

// cpSync's own checks throw plain errors with a code and their own
// wording (Node makes them in C++); `sync` is that message.
function checkError(opts, key, message, path, errno, code, sync) {
  if (!opts.sync) return cpError(key, message, path, errno, code);
  const err = new Error(sync);
  err.code = key;
  return err;
}

const withSep = (p) => (p.endsWith(pathModule.sep) ? p : p + pathModule.sep);

// A filter's verdict; an asynchronous filter is awaited, except by cpSync.
function awaitValue(value, then) {
  if (typeof then === 'function') {
    Promise.resolve(value).then((v) => then({ ok: v }), (e) => then({ err: e }));
    return undefined;
  }
  return { err: new codes.ERR_INVALID_RETURN_VALUE('boolean', 'filter', value) };
}

function* runFilter(opts, src, dest) {
  const v = opts.filter(src, dest);
  if (v === null || typeof v?.then !== 'function') return v;
  const r = yield [awaitValue, v];
  if ('err' in r) throw r.err;
  return r.ok;
}

// Stats (bigint when asked) of p, or a negative code.
function* statOf(p, follow, bigint = true) {
  const raw = bigint ? new BigInt64Array(18) : new Float64Array(18);
  const r = yield [follow ? B.stat : B.lstat, p, raw];
  return r < 0 ? r : getStats(raw);
}

function* mustStat(p, follow, bigint = true) {
  const st = yield* statOf(p, follow, bigint);
  return throwIf(st, follow ? 'stat' : 'lstat', p);
}

const areIdentical = (a, b) => b.ino && b.dev && b.ino === a.ino && b.dev === a.dev;

const pathParts = (p) => pathModule.resolve(p).split(pathModule.sep).filter(Boolean);

// Whether dest is src or under it (by the path strings).
function isSrcSubdir(src, dest) {
  const d = pathParts(dest);
  return pathParts(src).every((part, i) => d[i] === part);
}

function* checkPaths(src, dest, opts) {
  if (opts.filter && !(yield* runFilter(opts, src, dest))) return { skipped: true };
  const srcStat = yield* mustStat(src, opts.dereference);
  let destStat = yield* statOf(dest, opts.dereference);
  if (destStat === -2) destStat = null;
  else throwIf(destStat, opts.dereference ? 'stat' : 'lstat', dest);
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw checkError(opts, 'ERR_FS_CP_EINVAL', 'src and dest cannot be the same', dest, EINVAL,
        'EINVAL', `src and dest cannot be the same ${dest}`);
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      const what = `overwrite non-directory ${dest} with directory ${src}`;
      throw checkError(opts, 'ERR_FS_CP_DIR_TO_NON_DIR', `cannot ${what}`, dest, EISDIR, 'EISDIR',
        `Cannot ${what}`);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      const what = `overwrite directory ${dest} with non-directory ${src}`;
      throw checkError(opts, 'ERR_FS_CP_NON_DIR_TO_DIR', `cannot ${what}`, dest, ENOTDIR,
        'ENOTDIR', `Cannot ${what}`);
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw checkError(opts, 'ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`,
      dest, EINVAL, 'EINVAL', `Cannot copy ${withSep(src)} to a subdirectory of self ${dest}`);
  }
  return { srcStat, destStat, skipped: false };
}

// Walks up from dest's parent: none of them may be src itself.
function* checkParentPaths(src, srcStat, dest, opts) {
  const srcParent = pathModule.resolve(pathModule.dirname(src));
  const destParent = pathModule.resolve(pathModule.dirname(dest));
  if (destParent === srcParent || destParent === pathModule.parse(destParent).root) return;
  const st = yield* statOf(destParent, true);
  if (st === -2) return;
  throwIf(st, 'stat', destParent);
  if (areIdentical(srcStat, st)) {
    throw checkError(opts, 'ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`,
      dest, EINVAL, 'EINVAL', `Cannot copy ${withSep(src)} to a subdirectory of self ${dest}`);
  }
  yield* checkParentPaths(src, srcStat, destParent, opts);
}

function* copyEntry(destStat, src, dest, opts) {
  const srcStat = yield* mustStat(src, opts.dereference, false);
  if (srcStat.isDirectory() && opts.recursive) return yield* onDir(srcStat, destStat, src, dest, opts);
  if (srcStat.isDirectory()) {
    throw cpError('ERR_FS_EISDIR', `${src} is a directory (not copied)`, src, EISDIR, 'EISDIR');
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    return yield* onFile(srcStat, destStat, src, dest, opts);
  }
  if (srcStat.isSymbolicLink()) return yield* onLink(destStat, src, dest, opts);
  const kind = srcStat.isSocket() ? ['ERR_FS_CP_SOCKET', 'a socket file'] :
    srcStat.isFIFO() ? ['ERR_FS_CP_FIFO_PIPE', 'a FIFO pipe'] :
      ['ERR_FS_CP_UNKNOWN', 'an unknown file type'];
  throw checkError(opts, kind[0], `cannot copy ${kind[1]}: ${dest}`, dest, EINVAL, 'EINVAL',
    `Cannot copy ${kind[1]}: ${dest}`);
}

function* onFile(srcStat, destStat, src, dest, opts) {
  if (destStat) {
    if (opts.force) {
      yield* ops.unlink(dest);
    } else if (opts.errorOnExist) {
      throw cpError('ERR_FS_CP_EEXIST', `${dest} already exists`, dest, EEXIST, 'EEXIST');
    } else {
      return;
    }
  }
  yield* ops.copyFile(src, dest, opts.mode);
  if (opts.preserveTimestamps) {
    // utimes opens the file: make it writable first
    if ((srcStat.mode & 0o200) === 0) yield* ops.chmod(dest, srcStat.mode | 0o200);
    yield* copyTimes(src, dest);
  }
  yield* ops.chmod(dest, srcStat.mode);
}

// The source's times now (reading it changed its atime).
function* copyTimes(src, dest) {
  const st = yield* mustStat(src, true, false);
  yield* ops.utimes(dest, st.atime, st.mtime);
}

function* onDir(srcStat, destStat, src, dest, opts) {
  if (!destStat) {
    yield* ops.mkdir(dest);
    yield* copyDir(src, dest, opts);
    if (opts.preserveTimestamps) yield* copyTimes(src, dest);
    yield* ops.chmod(dest, srcStat.mode);
    return;
  }
  if (opts.errorOnExist && !opts.force) {
    throw cpError('ERR_FS_CP_EEXIST', `${dest} already exists`, dest, EEXIST, 'EEXIST');
  }
  yield* copyDir(src, dest, opts);
  if (opts.preserveTimestamps) yield* copyTimes(src, dest);
}

function* copyDir(src, dest, opts) {
  const names = throwIf(yield [B.readdir, src, false], 'scandir', src);
  for (const name of names) {
    const srcItem = pathModule.join(src, name);
    const destItem = pathModule.join(dest, name);
    const { destStat, skipped } = yield* checkPaths(srcItem, destItem, opts);
    if (!skipped) yield* copyEntry(destStat, srcItem, destItem, opts);
  }
}

function* onLink(destStat, src, dest, opts) {
  let resolvedSrc = yield* ops.readlink(src);
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(resolvedSrc)) {
    resolvedSrc = pathModule.resolve(pathModule.dirname(src), resolvedSrc);
  }
  const target = yield* statOf(src, true, false);
  const srcIsDir = typeof target !== 'number' && target.isDirectory();
  const type = srcIsDir ? 'dir' : 'file';
  if (!destStat) return yield* ops.symlink(resolvedSrc, dest, type);
  const r = yield [B.readlink, dest];
  if (r === -22 /* EINVAL: dest is no link */) return yield* ops.symlink(resolvedSrc, dest, type);
  let resolvedDest = throwIf(r, 'readlink', dest);
  if (!pathModule.isAbsolute(resolvedDest)) {
    resolvedDest = pathModule.resolve(pathModule.dirname(dest), resolvedDest);
  }
  // a link to the same place is no copy into itself, unless that place
  // holds the destination root
  const sameTarget = srcIsDir && resolvedSrc === resolvedDest &&
    !isSrcSubdir(yield* ops.realpathNative(src), yield* ops.realpathNative(opts.destRoot));
  if (srcIsDir && isSrcSubdir(resolvedSrc, resolvedDest) && !sameTarget) {
    throw cpError('ERR_FS_CP_EINVAL',
      `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, dest, EINVAL,
      'EINVAL');
  }
  // replacing dest when src lies under it would leave a dangling link
  const srcStat = yield* mustStat(src, true, false);
  if (srcStat.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc) && !sameTarget) {
    throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY',
      `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest, EINVAL, 'EINVAL');
  }
  yield* ops.unlink(dest);
  yield* ops.symlink(resolvedSrc, dest, type);
}

// src, dest: validated path strings; opts: from validateCpOptions; sync:
// cpSync's error forms
function* cp(src, dest, opts, sync = false) {
  opts = { ...opts, destRoot: dest, sync };
  const { srcStat, destStat, skipped } = yield* checkPaths(src, dest, opts);
  if (skipped) return;
  yield* checkParentPaths(src, srcStat, dest, opts);
  if (sync && srcStat.isDirectory() && !opts.recursive) {
    throw checkError(opts, 'ERR_FS_EISDIR', '', src, EISDIR, 'EISDIR',
      `Recursive option not enabled, cannot copy a directory: ${withSep(src)}`);
  }
  const parent = pathModule.dirname(dest);
  const st = yield* statOf(parent, true, false);
  if (st === -2) yield* ops.mkdir(parent, { recursive: true });
  else throwIf(st, 'stat', parent);
  yield* copyEntry(destStat, src, dest, opts);
}

module.exports = { cp, validateCpOptions };
