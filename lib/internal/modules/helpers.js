'use strict';
// Small pieces shared by the CommonJS loader: the per-module require
// function, BOM stripping and the node_modules folders above a folder.

const path = require('internal/path/posix');
const { isNormalPosixPath } = require('internal/path/common');
const { validateString } = require('internal/validators');
// (the built-in id table loads on the first require.resolve('node:...'))
const normalizeRequirableId = (id) => require('internal/modules/builtins').normalizeRequirableId(id);

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

const hookState = require('internal/modules/hooks_state');
let hooksModule;
function customizationHooks() {
  if (hooksModule === undefined) hooksModule = require('internal/modules/customization_hooks');
  return hooksModule;
}

function makeRequireFunction(mod, Module) {
  function require(path) {
    return mod.require(path);
  }

  function resolve(request, options) {
    validateString(request, 'request');
    if (hookState.syncActive) {
      const hooks = customizationHooks();
      return hooks.urlToFilename(hooks.resolveRequire(Module, request, mod, false, options).url);
    }
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

const nmChars = 'node_modules';

// Every node_modules folder from `from` up to the root, skipping folders
// that are themselves named node_modules.
const nodeModulePathsCache = new Map();
function nodeModulePaths(from) {
  const cached = nodeModulePathsCache.get(from);
  if (cached !== undefined) return cached.slice();
  const paths = computeNodeModulePaths(from);
  nodeModulePathsCache.set(from, paths);
  return paths.slice();
}

function computeNodeModulePaths(from) {
  // (an absolute plain path is its own resolution: no resolve() at start-up)
  if (from.charCodeAt(0) !== 47 || (from !== '/' && !isNormalPosixPath(from))) {
    from = path.resolve(from);
  }
  if (from === '/') return ['/node_modules'];
  const paths = [];
  let end = from.length;
  while (end > 0) {
    const cut = from.lastIndexOf('/', end - 1);
    const segment = from.slice(cut + 1, end);
    if (segment !== nmChars) paths.push(`${from.slice(0, end)}/node_modules`);
    end = cut;
  }
  paths.push('/node_modules');
  return paths;
}

module.exports = { stripBOM, makeRequireFunction, nodeModulePaths };
