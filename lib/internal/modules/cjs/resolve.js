'use strict';
// CommonJS resolution: from a require() request and its parent module to a
// file name (Module._resolveFilename and the helpers Node exposes on Module).

const path = require('internal/path/posix');
const { stat, toRealPath } = require('internal/modules/fs_cache');
const packageJsonReader = require('internal/modules/package_json_reader');
const { normalizeRequirableId } = require('internal/modules/builtins');
// package.json "exports"/"imports" resolution loads when a package has them
const packageResolve = () => require('internal/modules/package_resolve');
const { getCjsConditions } = require('internal/modules/conditions');
const { getModuleParent } = require('internal/modules/helpers');
const { nodeModulePaths } = require('internal/modules/helpers');
const { getOptionValue } = require('internal/options');

let codes;
function errors() {
  if (codes === undefined) codes = require('internal/errors').codes;
  return codes;
}

let Module; // set by install()
let getModulePaths; // the global folders (Module._initPaths computes them)

// path.resolve(dir, rest) for the common case of a clean absolute folder and
// a clean relative rest ("./x", "x/y"), without the general normalizer.
const unclean = /(^|\/)\.\.?(\/|$)|\/\/|\/$/;
function resolveIn(dir, rest) {
  if (dir.charCodeAt(0) === 47 && dir.length > 1 && !unclean.test(dir) && rest.length > 0) {
    if (rest.charCodeAt(0) === 46 && rest.charCodeAt(1) === 47) rest = rest.slice(2);
    if (rest.length > 0 && rest.charCodeAt(0) !== 47 && !unclean.test(rest)) return `${dir}/${rest}`;
  }
  return path.resolve(dir, rest);
}

function isRelative(p) {
  if (p.charCodeAt(0) !== 46) return false;
  return p.length === 1 || p === '..' || p.startsWith('./') || p.startsWith('../');
}

function esmNotFound(request, p) {
  const err = new Error(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (p) err.path = p;
  return err;
}

// A resolved "exports"/"imports" target to an existing file, or throws.
function finalizeEsmResolution(resolved, parentPath, pkgPath) {
  const filename = packageResolve().targetToPath(resolved, parentPath);
  const actual = tryFile(filename);
  if (actual) return actual;
  throw esmNotFound(filename, pkgPath);
}

// An existing file's name as the module knows it: its real path, unless
// --preserve-symlinks (--preserve-symlinks-main for the main module) keeps
// the path it was found at.
function fileName(requestPath, isMain) {
  if (getOptionValue(isMain ? '--preserve-symlinks-main' : '--preserve-symlinks') === true) {
    return path.resolve(requestPath);
  }
  return toRealPath(requestPath);
}

function tryFile(requestPath, isMain = false) {
  if (stat(requestPath) !== 0) return undefined;
  return fileName(requestPath, isMain);
}

function tryExtensions(basePath, exts, isMain) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i], isMain);
    if (filename) return filename;
  }
  return false;
}

// A directory: its package.json "main", else index.<ext>.
function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = packageJsonReader.read(path.resolve(requestPath, 'package.json'));
  const main = pkg.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) || tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = pkg.pjsonPath;
      err.requestPath = originalPath;
      throw err;
    }
    process.emitWarning(`Invalid 'main' field in '${pkg.pjsonPath}' of '${main}'. ` +
      'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
  }
  return actual;
}

// name or @scope/name, then the rest: only these consult "exports".
const EXPORTS_PATTERN = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

function resolveExports(nmPath, request, conditions) {
  const m = EXPORTS_PATTERN.exec(request);
  if (m === null) return undefined;
  const pkgPath = resolveIn(nmPath, m[1]);
  const pjsonPath = `${pkgPath}/package.json`;
  const pkg = packageJsonReader.read(pjsonPath);
  if (!pkg.exists || pkg.exports == null) return undefined;
  try {
    return finalizeEsmResolution(
      packageResolve().packageExportsResolve(pjsonPath, `.${m[2] || ''}`, pkg, undefined, conditions), undefined, pkgPath);
  } catch (e) {
    if (e.code === 'ERR_MODULE_NOT_FOUND') throw esmNotFound(request, pjsonPath);
    throw e;
  }
}

function endsWithSlashOrDots(request) {
  const n = request.length;
  if (n === 0) return false;
  const last = request.charCodeAt(n - 1);
  if (last === 47) return true;
  if (last !== 46) return false;
  if (n === 1 || request.charCodeAt(n - 2) === 47) return true;
  return request.charCodeAt(n - 2) === 46 && (n === 2 || request.charCodeAt(n - 3) === 47);
}

function findPath(request, paths, isMain, conditions = getCjsConditions()) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = `${request}\x00${paths.length === 1 ? paths[0] : paths.join('\x00')}`;
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  let exts;
  const trailingSlash = endsWithSlashOrDots(request);
  const insidePath = !(isRelative(request) &&
    (request.startsWith('..') || request.includes('/..')) && path.normalize(request).startsWith('..'));

  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (typeof curPath !== 'string') {
      throw new (errors().ERR_INVALID_ARG_TYPE)('paths', 'array of strings', paths);
    }
    // a search folder that does not exist holds nothing
    if (insidePath && curPath && stat(curPath) < 1) continue;
    if (!absoluteRequest) {
      const exportsResolved = resolveExports(curPath, request, conditions);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = curPath ? resolveIn(curPath, request) : path.resolve(request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = fileName(basePath, isMain);
      if (!filename) {
        if (exts === undefined) exts = Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }
    if (!filename && rc === 1) {
      if (exts === undefined) exts = Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
}

function resolveLookupPaths(request, parent) {
  if (normalizeRequirableId(request)) return null;
  // bare names search node_modules folders and the global folders
  if (request.charCodeAt(0) !== 46 ||
      (request.length > 1 && request.charCodeAt(1) !== 46 && request.charCodeAt(1) !== 47)) {
    let paths;
    if (parent?.paths?.length) {
      paths = parent.paths.concat(getModulePaths());
    } else {
      paths = getModulePaths();
    }
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
}

function trySelfParentPath(parent) {
  if (!parent) return false;
  if (parent.filename) return parent.filename;
  if (parent.id === '<repl>' || parent.id === 'internal/preload') {
    try {
      return `${process.cwd()}/`;
    } catch {
      return false;
    }
  }
  return false;
}

// A package may require itself by its own name through its "exports".
function trySelf(parentPath, request, conditions) {
  if (!parentPath) return false;
  const pkg = packageJsonReader.getNearestParentPackageJSON(parentPath);
  if (pkg === undefined || pkg.exports == null || pkg.name === undefined) return false;
  let expansion;
  if (request === pkg.name) {
    expansion = '.';
  } else if (request.startsWith(`${pkg.name}/`)) {
    expansion = `.${request.slice(pkg.name.length)}`;
  } else {
    return false;
  }
  try {
    return finalizeEsmResolution(
      packageResolve().packageExportsResolve(pkg.pjsonPath, expansion, pkg, parentPath, conditions), parentPath, pkg.pjsonPath);
  } catch (e) {
    if (e.code === 'ERR_MODULE_NOT_FOUND') throw esmNotFound(request, pkg.pjsonPath);
    throw e;
  }
}

function resolveFilename(request, parent, isMain, options) {
  if (normalizeRequirableId(request)) return request;
  const conditions = options?.conditions ? new Set(options.conditions) : getCjsConditions();
  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      if (isRelative(request)) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (let i = 0; i < options.paths.length; i++) {
          fakeParent.paths = nodeModulePaths(options.paths[i]);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (let j = 0; j < lookupPaths.length; j++) {
            if (!paths.includes(lookupPaths[j])) paths.push(lookupPaths[j]);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new (errors().ERR_INVALID_ARG_VALUE)('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request.charCodeAt(0) === 35 && (parent?.filename || parent?.id === '<repl>')) {
    const parentPath = parent?.filename ?? `${process.cwd()}/`;
    const pkg = packageJsonReader.getNearestParentPackageJSON(parentPath);
    if (pkg !== undefined && pkg.imports != null) {
      try {
        return finalizeEsmResolution(packageResolve().packageImportsResolve(request, parentPath, conditions),
          parentPath, pkg.pjsonPath);
      } catch (e) {
        if (e.code === 'ERR_MODULE_NOT_FOUND') throw esmNotFound(request);
        throw e;
      }
    }
  }

  const parentPath = trySelfParentPath(parent);
  const selfResolved = trySelf(parentPath, request, conditions);
  if (selfResolved) {
    const cacheKey = `${request}\x00${paths.length === 1 ? paths[0] : paths.join('\x00')}`;
    Module._pathCache[cacheKey] = selfResolved;
    return selfResolved;
  }

  const filename = Module._findPath(request, paths, isMain, conditions);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = getModuleParent(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
}

// The loader defines Module._findPath, _resolveLookupPaths and
// _resolveFilename to call these once this file has loaded.
function init(M, modulePathsGetter) {
  Module = M;
  getModulePaths = modulePathsGetter;
}

module.exports = {
  init, findPath, resolveLookupPaths, resolveFilename, tryFile, isRelative,
};
