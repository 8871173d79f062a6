'use strict';
// The file-system questions the loader asks, with Node's caching: stat
// results are cached only while a top-level require() runs (a module tree
// loading synchronously), real paths are cached for the process.

const fsb = internalBinding('module_fs');

let statCache = null;
const realpathCache = new Map();

// 0 file, 1 directory, negative errno otherwise.
function stat(filename) {
  if (statCache !== null) {
    const cached = statCache.get(filename);
    if (cached !== undefined) return cached;
  }
  const result = fsb.internalModuleStat(filename);
  // misses are not cached: a file may appear while modules load
  if (statCache !== null && result >= 0) statCache.set(filename, result);
  return result;
}

function beginStatCache() {
  statCache = new Map();
}

function endStatCache() {
  statCache = null;
}

// The real path of an existing file: the real path of its folder (cached)
// plus its name, unless the file itself is a symbolic link.
function toRealPath(requestPath) {
  let real = realpathCache.get(requestPath);
  if (real !== undefined) return real;
  const cut = requestPath.lastIndexOf('/');
  const base = requestPath.slice(cut + 1);
  if (cut < 0 || base === '' || base === '.' || base === '..' ||
      fsb.internalModuleIsSymlink(requestPath)) {
    real = fsb.realpath(requestPath);
  } else {
    const dir = cut === 0 ? '/' : requestPath.slice(0, cut);
    let realDir = realpathCache.get(dir);
    if (realDir === undefined) {
      realDir = fsb.realpath(dir);
      realpathCache.set(dir, realDir);
    }
    real = realDir === '/' ? `/${base}` : `${realDir}/${base}`;
  }
  realpathCache.set(requestPath, real);
  return real;
}

function readFileUtf8(filename) {
  return fsb.readFileUtf8(filename);
}

module.exports = { stat, beginStatCache, endStatCache, toRealPath, readFileUtf8 };
