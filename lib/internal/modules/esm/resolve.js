'use strict';
// Module specifiers to URLs. This first version resolves what a tree of
// .mjs files needs: relative and absolute paths, file: URLs and built-ins
// (`node:fs`, `fs`). Package names (the exports/imports maps, conditions)
// are not resolved yet and throw ERR_NOT_IMPLEMENTED.

const path = require('internal/path/posix');
const builtins = require('internal/modules/builtins');
const { pathToFileHref, fileURLToPath } = require('internal/modules/url_path');
const fsBinding = internalBinding('fs');

let codes;
function errors() {
  if (codes === undefined) codes = require('internal/errors').codes;
  return codes;
}

function urlToPath(url) {
  return fileURLToPath(url);
}

function isFile(filename) {
  try {
    return fsBinding.internalModuleStat(filename) === 0;
  } catch {
    return false;
  }
}

function statKind(filename) {
  try {
    return fsBinding.internalModuleStat(filename);
  } catch {
    return -1;
  }
}

// Node's rule: the path part of a relative specifier is resolved as a URL
// path, so "./a%20b.mjs" names "a b.mjs" and "?query" / "#hash" are kept in
// the URL but not in the file name.
function resolve(specifier, parentURL) {
  if (specifier.startsWith('node:')) {
    const id = specifier.slice(5);
    if (!builtins.canBeRequiredWithoutScheme(id) && builtins.normalizeRequirableId(specifier) === undefined) {
      throw new (errors().ERR_UNKNOWN_BUILTIN_MODULE)(specifier);
    }
    return specifier;
  }
  if (builtins.canBeRequiredWithoutScheme(specifier)) return `node:${specifier}`;
  let url;
  if (specifier.startsWith('file:')) {
    url = specifier;
  } else if (specifier[0] === '/' || specifier.startsWith('./') || specifier.startsWith('../') ||
      specifier === '.' || specifier === '..') {
    const parentPath = urlToPath(parentURL.replace(/[?#].*$/, ''));
    const m = /^([^?#]*)(.*)$/s.exec(specifier);
    const decoded = decodeURIComponent(m[1]);
    let filename = specifier[0] === '/' ? path.resolve(decoded)
      : path.resolve(path.dirname(parentPath), decoded);
    if (m[1].endsWith('/') && !filename.endsWith('/')) filename += '/';
    url = pathToFileHref(filename) + m[2];
  } else if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier)) {
    const scheme = specifier.slice(0, specifier.indexOf(':') + 1);
    const err = new (errors().ERR_NOT_IMPLEMENTED)(`ES module URL scheme ${scheme}`);
    throw err;
  } else {
    throw new (errors().ERR_NOT_IMPLEMENTED)(
      `ES module package resolution ('${specifier}' imported from ${urlToPath(parentURL)})`);
  }
  const filename = urlToPath(url.replace(/[?#].*$/, ''));
  const kind = statKind(filename);
  if (kind === 1) {
    const err = new Error(`Directory import '${filename}' is not supported resolving ES modules imported from ${urlToPath(parentURL)}`);
    err.code = 'ERR_UNSUPPORTED_DIR_IMPORT';
    err.url = url;
    throw err;
  }
  if (kind !== 0) {
    const err = new (errors().ERR_MODULE_NOT_FOUND)(filename, urlToPath(parentURL), url);
    err.url = url;
    throw err;
  }
  return url;
}

module.exports = { resolve, urlToPath, isFile };
