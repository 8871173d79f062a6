'use strict';
// Small pieces shared by the module loaders: the per-module require
// function, BOM stripping, the node_modules folders above a folder, each
// module's parent, and whether customization hooks are registered.

const path = require('internal/path/posix');
const { isNormalPosixPath } = require('internal/path/common');
const { validateString } = require('internal/validators');
// (the built-in id table loads on the first require.resolve('node:...'))
const normalizeRequirableId = (id) => require('internal/modules/builtins').normalizeRequirableId(id);

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

// Whether module customization hooks are registered, read by the loaders on
// every resolution: a start that registers none never loads the hooks code
// (customization_hooks.js, loader_hooks.js), which updates this.
// async: register() entries; syncActive: registerHooks() has some.
const hookState = { active: false, syncActive: false, async: [] };

// Which module first required a module (module.parent). Kept outside the
// module object so it shows in neither Object.keys nor inspect, as in Node.
const parents = new WeakMap();

function getModuleParent(module) {
  return parents.get(module);
}

function setModuleParent(module, parent) {
  parents.set(module, parent);
}
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

module.exports = {
  stripBOM, makeRequireFunction, nodeModulePaths, hookState, getModuleParent, setModuleParent,
};
