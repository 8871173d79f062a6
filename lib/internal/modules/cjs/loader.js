'use strict';
// CommonJS: Module, require, and Node's resolution algorithm.

const path = require('path');
const fsb = internalBinding('fs');
const { compileFunction, runInThisContext } = internalBinding('contextify');

const kWrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  Object.defineProperty(this, 'exports', { value: {}, writable: true, enumerable: true, configurable: true });
  this.filename = null;
  this.loaded = false;
  this.children = [];
  if (parent && parent.children) parent.children.push(this);
  Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module.builtinModules = [];

function stat(p) {
  return fsb.internalModuleStat(p);
}

function tryFile(p) {
  if (stat(p) !== 0) return false;
  try {
    return fsb.realpath(p);
  } catch {
    return p;
  }
}

function tryExtensions(p, exts) {
  for (const ext of exts) {
    const f = tryFile(p + ext);
    if (f) return f;
  }
  return false;
}

const packageJsonCache = new Map();
function readPackage(dir) {
  const jsonPath = path.join(dir, 'package.json');
  if (packageJsonCache.has(jsonPath)) return packageJsonCache.get(jsonPath);
  let result = false;
  if (stat(jsonPath) === 0) {
    const src = fsb.readFileUtf8(jsonPath);
    try {
      result = JSON.parse(src);
    } catch (e) {
      e.path = jsonPath;
      e.message = `Error parsing ${jsonPath}: ${e.message}`;
      throw e;
    }
  }
  packageJsonCache.set(jsonPath, result);
  return result;
}

function tryPackage(requestPath, exts) {
  const pkg = readPackage(requestPath);
  const main = pkg && typeof pkg.main === 'string' ? pkg.main : undefined;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts);
  const filename = path.resolve(requestPath, main);
  return tryFile(filename) || tryExtensions(filename, exts) ||
    tryExtensions(path.resolve(filename, 'index'), exts) ||
    tryExtensions(path.resolve(requestPath, 'index'), exts);
}

Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/') || '';
    paths.push(`${dir}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
};

Module._findPath = function _findPath(request, paths) {
  const exts = Object.keys(Module._extensions);
  const absolute = path.isAbsolute(request);
  if (absolute) paths = [''];
  const trailingSlash = request.endsWith('/');
  for (const dir of paths) {
    const basePath = absolute ? request : path.resolve(dir, request);
    const rc = stat(basePath);
    let filename;
    if (!trailingSlash) {
      if (rc === 0) filename = tryFile(basePath);
      if (!filename) filename = tryExtensions(basePath, exts);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, exts);
    if (filename) return filename;
  }
  return false;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (request[0] !== '.' || (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    let paths = parent && parent.paths ? parent.paths : [];
    paths = paths.concat(Module.globalPaths);
    return paths.length ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

Module._resolveFilename = function _resolveFilename(request, parent) {
  if (isBuiltin(request)) return request;
  const paths = Module._resolveLookupPaths(request, parent);
  const filename = Module._findPath(request, paths || []);
  if (filename) return filename;
  const requireStack = [];
  for (let c = parent; c; c = c.parent) requireStack.push(c.filename || c.id);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

function isBuiltin(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  return require.canBeRequiredByUsers(id);
}

Module._load = function _load(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!require.canBeRequiredByUsers(id)) {
      const err = new Error(`No such built-in module: ${request}`);
      err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw err;
    }
    return require(id);
  }
  if (require.canBeRequiredByUsers(request)) return require(request);
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) return cached.exports;
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) delete Module._cache[filename];
  }
  return module.exports;
};

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  let ext = path.extname(filename);
  if (!Module._extensions[ext]) ext = '.js';
  Module._extensions[ext](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require_(id) {
  if (typeof id !== 'string') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('id', 'string', id);
  }
  return Module._load(id, this, false);
};

function stripShebang(content) {
  if (content.charCodeAt(0) === 35 && content.charCodeAt(1) === 33) {
    // keep the line so line numbers stay true
    return `//${content.slice(2)}`;
  }
  return content;
}

function makeRequire(module) {
  const req = function require(id) { return module.require(id); };
  req.resolve = function resolve(request) { return Module._resolveFilename(request, module); };
  req.main = process.mainModule;
  req.extensions = Module._extensions;
  req.cache = Module._cache;
  return req;
}

Module.prototype._compile = function _compile(content, filename) {
  const fn = compileFunction(stripShebang(content), filename, kWrapperParams);
  const dirname = path.dirname(filename);
  const req = makeRequire(this);
  return fn.call(this.exports, this.exports, req, this, filename, dirname);
};

Module._extensions['.js'] = function (module, filename) {
  module._compile(fsb.readFileUtf8(filename), filename);
};
Module._extensions['.json'] = function (module, filename) {
  const content = fsb.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};
Module._extensions['.node'] = function (module, filename) {
  const err = new Error(`Cannot load native addon ${filename}: nodus does not support .node addons`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

Module.runMain = function runMain(main) {
  Module._load(main, null, true);
};

Module._evalScript = function _evalScript(source, name) {
  const module = new Module(name);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  const req = makeRequire(module);
  globalThis.module = module;
  globalThis.require = req;
  globalThis.exports = module.exports;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  return runInThisContext(source, name);
};

Module.Module = Module;

module.exports = { Module };
