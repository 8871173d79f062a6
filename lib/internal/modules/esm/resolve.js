'use strict';
// Module specifiers to URLs: Node's ES module resolution. Relative and
// absolute specifiers are URLs resolved against the importer (no extension
// search, directories rejected), "#name" goes through the "imports" of the
// importer's package, bare names through node_modules and "exports"
// (package_resolve.js, shared with CommonJS; only the conditions differ),
// `node:` and bare builtin names are built-ins, and data: URLs stand for
// themselves. Resolved files are real paths (symbolic links followed).

const path = require('internal/path/posix');
const builtins = require('internal/modules/builtins');
const { stat, toRealPath } = require('internal/modules/fs_cache');
const { getEsmConditions } = require('internal/modules/conditions');
const {
  packageResolve, packageImportsResolve,
} = require('internal/modules/package_resolve');
const { pathToFileHref } = require('internal/modules/url_path');
const { getOptionValue } = require('internal/options');

let codes;
function errors() {
  if (codes === undefined) codes = require('internal/errors').codes;
  return codes;
}

let urlModule;
function url() {
  if (urlModule === undefined) urlModule = require('internal/url');
  return urlModule;
}

function urlToPath(href) {
  return url().fileURLToPath(href);
}

function isFile(filename) {
  return stat(filename) === 0;
}

function isRelativeSpecifier(s) {
  if (s[0] !== '.') return false;
  if (s.length === 1 || s[1] === '/') return true;
  return s[1] === '.' && (s.length === 2 || s[2] === '/');
}

function isRelativeOrAbsolute(s) {
  return s !== '' && (s[0] === '/' || isRelativeSpecifier(s));
}

// What error messages call the importer: its path, or its URL when it is
// no file.
function baseName(parentURL) {
  if (parentURL === undefined) return undefined;
  return parentURL.startsWith('file:') ? urlToPath(parentURL) : parentURL;
}

// A package_resolve.js result as a URL object.
function targetURL(resolved) {
  if (resolved.builtin !== undefined) return new (url().URL)(resolved.builtin);
  return new (url().URL)(pathToFileHref(resolved.pkgDir) + resolved.rest);
}

let preserveSymlinks;

// A file: URL must name a file that exists: its real path's URL.
function finalize(resolved, parentURL, isMain) {
  if (/%2f|%5c/i.test(resolved.pathname)) {
    throw new (errors().ERR_INVALID_MODULE_SPECIFIER)(resolved.pathname,
      'must not include encoded "/" or "\\" characters', baseName(parentURL));
  }
  const filename = urlToPath(resolved);
  const kind = stat(filename.length > 1 && filename.endsWith('/') ? filename.slice(0, -1) : filename);
  if (kind === 1) {
    throw new (errors().ERR_UNSUPPORTED_DIR_IMPORT)(filename, baseName(parentURL), resolved.href);
  }
  if (kind !== 0 || filename.endsWith('/')) {
    throw new (errors().ERR_MODULE_NOT_FOUND)(filename, baseName(parentURL), resolved.href);
  }
  if (preserveSymlinks === undefined) {
    preserveSymlinks = {
      all: getOptionValue('--preserve-symlinks') === true,
      main: getOptionValue('--preserve-symlinks-main') === true,
    };
  }
  if (isMain ? preserveSymlinks.main : preserveSymlinks.all) return resolved.href;
  const real = toRealPath(filename);
  return pathToFileHref(real) + resolved.search + resolved.hash;
}

// Node's hint when CommonJS rules would have found the file.
function commonJSHint(specifier, parentURL) {
  if (parentURL === undefined || !parentURL.startsWith('file:')) return undefined;
  try {
    const parent = urlToPath(parentURL);
    const { Module } = require('internal/modules/cjs/loader');
    const tmp = new Module(parent, null);
    tmp.paths = Module._nodeModulePaths(path.dirname(parent));
    let found = Module._resolveFilename(specifier, tmp, false);
    if (isRelativeSpecifier(specifier)) {
      found = path.relative(path.dirname(parent), found);
      if (!found.startsWith('../')) found = `./${found}`;
    } else if (specifier[0] !== '/') {
      const i = found.indexOf(specifier.split('/')[0]);
      if (i !== -1) found = found.slice(i);
    }
    return found;
  } catch {
    return undefined;
  }
}

function resolveSpecifier(specifier, parentURL, conditions, isMain) {
  if (specifier.startsWith('node:')) {
    if (builtins.normalizeRequirableId(specifier) === undefined) {
      throw new (errors().ERR_UNKNOWN_BUILTIN_MODULE)(specifier);
    }
    return specifier;
  }
  if (builtins.canBeRequiredWithoutScheme(specifier)) return `node:${specifier}`;
  const { URL } = url();
  let resolved;
  if (isRelativeOrAbsolute(specifier)) {
    try {
      resolved = new URL(specifier, parentURL);
    } catch {
      throw new (errors().ERR_UNSUPPORTED_RESOLVE_REQUEST)(specifier, parentURL);
    }
  } else if (specifier[0] === '#') {
    resolved = targetURL(packageImportsResolve(specifier, baseName(parentURL), conditions));
  } else if (URL.canParse(specifier)) {
    resolved = new URL(specifier);
  } else {
    if (parentURL === undefined || !parentURL.startsWith('file:')) {
      throw new (errors().ERR_UNSUPPORTED_RESOLVE_REQUEST)(specifier, parentURL);
    }
    resolved = targetURL(packageResolve(specifier, baseName(parentURL), conditions));
  }
  const protocol = resolved.protocol;
  if (protocol === 'node:') {
    if (builtins.normalizeRequirableId(resolved.href) === undefined) {
      throw new (errors().ERR_UNKNOWN_BUILTIN_MODULE)(resolved.href);
    }
    return resolved.href;
  }
  if (protocol === 'data:') return resolved.href;
  if (protocol !== 'file:') {
    throw new (errors().ERR_UNSUPPORTED_ESM_URL_SCHEME)(resolved, ['file', 'data']);
  }
  return finalize(resolved, parentURL, isMain);
}

// The URL that specifier names when imported from parentURL.
function resolve(specifier, parentURL, conditions = getEsmConditions(), isMain = false) {
  try {
    return resolveSpecifier(specifier, parentURL, conditions, isMain);
  } catch (err) {
    if ((err?.code === 'ERR_MODULE_NOT_FOUND' || err?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') &&
        Object.prototype.hasOwnProperty.call(err, 'url') && !specifier.startsWith('file:')) {
      const found = commonJSHint(specifier, parentURL);
      if (found !== undefined) err.message += `\nDid you mean to import ${JSON.stringify(found)}?`;
    }
    throw err;
  }
}

module.exports = { resolve, urlToPath, isFile };
