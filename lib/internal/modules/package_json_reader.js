'use strict';
// Reads package.json files for the loader: only the fields resolution needs,
// each file parsed once per process, and the nearest package.json of a
// directory remembered.

const { stat, readFileUtf8 } = require('internal/modules/fs_cache');

const cache = new Map();       // package.json path -> record
const nearestCache = new Map(); // directory -> record | undefined

const kMissing = Object.freeze({ exists: false });

function invalidConfig(jsonPath, specifier, base) {
  const { ERR_INVALID_PACKAGE_CONFIG } = require('internal/errors').codes;
  // Node's native reader reports a bare "Invalid package config <path>.",
  // naming the import when ES module resolution read it
  if (specifier !== undefined) {
    return new ERR_INVALID_PACKAGE_CONFIG(jsonPath, `"${specifier}" from ${base}.`);
  }
  return new ERR_INVALID_PACKAGE_CONFIG(`${jsonPath}.`);
}

// The record for one package.json path: { exists: false } when there is no
// such file, else { exists, pjsonPath, name, main, exports, imports, type }.
// A file that does not parse throws ERR_INVALID_PACKAGE_CONFIG (naming
// specifier and base, the import that read it, when given).
function read(jsonPath, specifier, base) {
  const cached = cache.get(jsonPath);
  if (cached !== undefined) return cached;
  if (stat(jsonPath) !== 0) {
    cache.set(jsonPath, kMissing);
    return kMissing;
  }
  let parsed;
  try {
    parsed = JSON.parse(readFileUtf8(jsonPath));
  } catch {
    throw invalidConfig(jsonPath, specifier, base);
  }
  const record = {
    __proto__: null,
    exists: true,
    pjsonPath: jsonPath,
    name: undefined,
    main: undefined,
    exports: undefined,
    imports: undefined,
    type: 'none',
  };
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
    if (typeof parsed.name === 'string') record.name = parsed.name;
    if (typeof parsed.main === 'string') record.main = parsed.main;
    if (parsed.exports !== undefined) record.exports = parsed.exports;
    if (parsed.imports !== undefined) record.imports = parsed.imports;
    if (parsed.type === 'module' || parsed.type === 'commonjs') record.type = parsed.type;
  }
  cache.set(jsonPath, record);
  return record;
}

// The nearest package.json at or above dir, not crossing out of a
// node_modules folder; undefined when there is none.
function findFromDir(dir) {
  if (nearestCache.has(dir)) return nearestCache.get(dir);
  let result;
  // like Node: the root folder is not searched, nor above a node_modules
  if (dir !== '/' && dir.slice(dir.lastIndexOf('/') + 1) !== 'node_modules') {
    const record = read(`${dir}/package.json`);
    if (record.exists) {
      result = record;
    } else {
      const cut = dir.lastIndexOf('/');
      result = findFromDir(cut <= 0 ? '/' : dir.slice(0, cut));
    }
  }
  nearestCache.set(dir, result);
  return result;
}

// The package.json that governs the file at checkPath (an absolute path).
function getNearestParentPackageJSON(checkPath) {
  const cut = checkPath.lastIndexOf('/');
  return findFromDir(cut <= 0 ? '/' : checkPath.slice(0, cut));
}

function getPackageType(filename) {
  const pkg = getNearestParentPackageJSON(filename);
  return pkg === undefined ? 'none' : pkg.type;
}

module.exports = { read, getNearestParentPackageJSON, getPackageType };
