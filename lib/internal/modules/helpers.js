'use strict';
// Small pieces shared by the CommonJS loader: the per-module require
// function and BOM stripping.

const { validateString } = require('internal/validators');
const { normalizeRequirableId } = require('internal/modules/builtins');

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

function makeRequireFunction(mod, Module) {
  function require(path) {
    return mod.require(path);
  }

  function resolve(request, options) {
    validateString(request, 'request');
    // a `node:` builtin resolves to itself; an unknown one is not found
    if (request.startsWith('node:') &&
        normalizeRequirableId(request) !== undefined) {
      return request;
    }
    return Module._resolveFilename(request, mod, false, options);
  }

  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }

  resolve.paths = paths;
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

module.exports = { stripBOM, makeRequireFunction };
