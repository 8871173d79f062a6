'use strict';
// CommonJS: the Module class, require(), the module cache and the file-kind
// handlers (Module._extensions). Resolution lives in ./resolve.js.

const path = require('internal/path/posix');
const { isNormalPosixPath } = require('internal/path/common');
const { compileFunction, runInThisContext } = internalBinding('contextify');
const { validateString } = require('internal/validators');
const fsCache = require('internal/modules/fs_cache');
const packageJsonReader = require('internal/modules/package_json_reader');
// the built-in id table and file: URLs are needed by a require of a
// built-in or by import(), not by a start: loaded on first use
let builtinsModule;
const builtins = () => (builtinsModule ??= require('internal/modules/builtins'));
let urlPathModule;
const pathToFileHref = (p) => (urlPathModule ??= require('internal/modules/url_path')).pathToFileHref(p);
const helpers = require('internal/modules/helpers');
const { stripBOM, makeRequireFunction, nodeModulePaths, getModuleParent, setModuleParent } = helpers;
// (internal/options's getOptionValue is this binding call)
const { getOption: getOptionValue } = internalBinding('process');
// --enable-source-maps: the map cache, loaded only then (null when off)
let sourceMaps;
function sourceMapCache() {
  if (sourceMaps === undefined) {
    sourceMaps = getOptionValue('--enable-source-maps') === true ?
      require('internal/source_map/source_map_cache') : null;
  }
  return sourceMaps;
}
const { hookState } = helpers;
let hooksModule; // customization_hooks.js, loaded once some are registered
const hooks = () => (hooksModule ??= require('internal/modules/customization_hooks'));

let codes;
function errors() {
  if (codes === undefined) codes = require('internal/errors').codes;
  return codes;
}

const kWrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];

let requireDepth = 0;
let isPreloading = false;
// parent directory + request -> filename, for repeated requires of the same
// request from one folder; entries die with the Module._cache entry
const relativeResolveCache = { __proto__: null };

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  setModuleParent(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

// A Module made without `new` (what `new Module` makes): the engine's
// bytecode cache holds no constructor code, so the first `new Module` would
// compile it from source, costing every start.
function newModule(id, parent) {
  const module = Object.create(Module.prototype);
  Module.call(module, id, parent);
  return module;
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
// made on first read (a frozen array of every public id costs start-up
// time most programs never spend), then a data property as in Node
Object.defineProperty(Module, 'builtinModules', {
  enumerable: true,
  configurable: true,
  get() {
    const value = builtins().getBuiltinModules();
    Object.defineProperty(Module, 'builtinModules', { value, writable: true, enumerable: true, configurable: true });
    return value;
  },
  set(value) {
    Object.defineProperty(Module, 'builtinModules', { value, writable: true, enumerable: true, configurable: true });
  },
});
Module.isBuiltin = function isBuiltin(moduleName) {
  return builtins().isBuiltin(moduleName);
};

// Resolution (./resolve.js) loads on the first require() or resolve() that
// needs it: a main script given as a file path needs none. These stay the
// functions called (through Module, so that patches apply) after it loads.
let modulePaths = [];
let resolveModule;
function lazyResolve() {
  if (resolveModule === undefined) {
    resolveModule = require('internal/modules/cjs/resolve');
    resolveModule.init(Module, () => modulePaths);
  }
  return resolveModule;
}
// (plain calls, no `arguments`: these run for every require)
Module._findPath = function findPath(request, paths, isMain, conditions) {
  return (resolveModule ?? lazyResolve()).findPath(request, paths, isMain, conditions);
};
Object.defineProperty(Module._findPath, 'length', { value: 3 }); // conditions is optional
Module._nodeModulePaths = nodeModulePaths;
Module._resolveLookupPaths = function resolveLookupPaths(request, parent) {
  return (resolveModule ?? lazyResolve()).resolveLookupPaths(request, parent);
};
Module._resolveFilename = function resolveFilename(request, parent, isMain, options) {
  return (resolveModule ?? lazyResolve()).resolveFilename(request, parent, isMain, options);
};
// Module.globalPaths: NODE_PATH, then ~/.node_modules, ~/.node_libraries
// and <prefix>/lib/node.
const startEnv = process.env;
Module._initPaths = function initPaths() {
  // process.env as nodus made it reads the native environment: read that
  // directly (its Proxy's traps cost start-up time)
  const env = process.env === startEnv ? internalBinding('process').env : process.env || {};
  const homeDir = env.HOME;
  const nodePath = env.NODE_PATH;
  // execPath is absolute and normalized already: its grandparent is a
  // slice (path.resolve's character loop is slow before the JIT warms up)
  const exe = process.execPath;
  const parent = exe.slice(0, exe.lastIndexOf('/'));
  const prefixDir = isNormalAbsolute(exe) ? parent.slice(0, parent.lastIndexOf('/')) || '/'
    : path.resolve(exe, '..', '..');
  const paths = [prefixDir === '/' ? '/lib/node' : `${prefixDir}/lib/node`];
  if (homeDir) {
    const home = isNormalAbsolute(homeDir) && homeDir !== '/' ? homeDir : undefined;
    paths.unshift(home ? `${home}/.node_libraries` : path.resolve(homeDir, '.node_libraries'));
    paths.unshift(home ? `${home}/.node_modules` : path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) paths.unshift(...nodePath.split(path.delimiter).filter(Boolean));
  modulePaths = paths;
  Module.globalPaths = modulePaths.slice();
};

// an absolute path that path.resolve would return unchanged
function isNormalAbsolute(p) {
  return p.charCodeAt(0) === 47 && (p === '/' || isNormalPosixPath(p));
}

// --- the wrapper, patchable like Node's ---
let patched = false;
let wrap = function wrap(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};
const wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
let wrapperProxy = new Proxy(wrapper, {
  set(target, property, value, receiver) {
    patched = true;
    return Reflect.set(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    patched = true;
    return Reflect.defineProperty(target, property, descriptor);
  },
});
Object.defineProperty(Module, 'wrap', {
  get() { return wrap; },
  set(value) {
    patched = true;
    wrap = value;
  },
  configurable: true,
});
Object.defineProperty(Module, 'wrapper', {
  get() { return wrapperProxy; },
  set(value) {
    patched = true;
    wrapperProxy = value;
  },
  configurable: true,
});

Object.defineProperty(Module.prototype, 'isPreloading', {
  get() { return isPreloading; },
  configurable: true,
});
Object.defineProperty(Module.prototype, 'parent', {
  get() { return getModuleParent(this); },
  set(value) { setModuleParent(this, value); },
  configurable: true,
});

// --- circular requires: a partial exports object warns on missing keys ---
function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports ` +
    'inside circular dependency');
}
const CircularRequirePrototypeWarningProxy = new Proxy({}, {
  get(target, prop) {
    // transpiled ES modules probe __esModule; that is not a mistake
    if (prop in target || prop === '__esModule') return target[prop];
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Object.getOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

const kLoadingESM = Symbol('kLoadingESM');

function esmCycleError(module, parent) {
  return new (errors().ERR_REQUIRE_CYCLE_MODULE)(`Cannot require() ES Module ${module.filename ?? module.id} in a cycle.` +
    `${parent?.filename ? ` (from ${parent.filename})` : ''} A cycle involving require(esm) is not ` +
    'allowed to maintain invariants mandated by the ECMAScript specification. Try making at least ' +
    'part of the dependency in the graph lazily loaded.');
}

function getExportsForCircularRequire(module, parent) {
  if (module[kLoadingESM] === true) throw esmCycleError(module, parent);
  const exp = module.exports;
  if (exp && Object.getPrototypeOf(exp) === Object.prototype && !exp.__esModule) {
    Object.setPrototypeOf(exp, CircularRequirePrototypeWarningProxy);
  }
  return exp;
}

// --- loading ---
Module._load = function _load(request, parent, isMain) {
  // registerHooks() hooks (customization_hooks.js) resolve and load
  if (hookState.syncActive) {
    return hooks().requireWithHooks(Module, request, parent, isMain, (f, p, m) => loadResolved(f, p, m, undefined));
  }
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule, parent);
        return cachedModule.exports;
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }

  if (request.startsWith('node:')) {
    const id = builtins().normalizeRequirableId(request);
    if (id === undefined) throw new (errors().ERR_UNKNOWN_BUILTIN_MODULE)(request);
    return builtins().loadBuiltin(id);
  }

  const filename = Module._resolveFilename(request, parent, isMain);
  return loadResolved(filename, parent, isMain, relResolveCacheIdentifier);
};

// The rest of Module._load, once the request is a file name.
function loadResolved(filename, parent, isMain, relResolveCacheIdentifier) {
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule, parent);
    return cachedModule.exports;
  }

  // (a file name is a path: only a bare id can name a built-in)
  if (filename.charCodeAt(0) !== 47 && builtins().canBeRequiredWithoutScheme(filename)) {
    return builtins().loadBuiltin(filename);
  }

  const module = newModule(filename, parent);
  if (isMain) {
    setOwnProperty(process, 'mainModule', module);
    setOwnProperty(module.require, 'main', process.mainModule);
    module.id = '.';
  }
  Module._cache[filename] = module;
  if (parent !== undefined) relativeResolveCache[relResolveCacheIdentifier] = filename;

  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined) {
        delete relativeResolveCache[relResolveCacheIdentifier];
        const children = parent?.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    } else if (module.exports && Object.getPrototypeOf(module.exports) === CircularRequirePrototypeWarningProxy) {
      Object.setPrototypeOf(module.exports, Object.prototype);
    }
  }
  return module.exports;
}

function setOwnProperty(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

// The longest registered extension of the file name (".test.js" before
// ".js"); ".js" when none is registered.
function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue; // dotfiles have no extension
    const ext = name.slice(index);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module.prototype.load = function load(filename) {
  if (this.loaded) throw new Error(`Module already loaded: ${this.id}`);
  this.filename ??= filename;
  this.paths ??= Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') {
    throw new (errors().ERR_INVALID_ARG_VALUE)('id', id, 'must be a non-empty string');
  }
  requireDepth++;
  try {
    return Module._load(id, this, false);
  } finally {
    requireDepth--;
  }
};

// A shebang line stays as a comment so line numbers hold.
function stripShebang(content) {
  if (content.charCodeAt(0) === 35 && content.charCodeAt(1) === 33) return `//${content.slice(2)}`;
  return content;
}

let esmLoader;
function esm() {
  if (esmLoader === undefined) esmLoader = require('internal/modules/esm/loader');
  return esmLoader;
}

function requireEsmError(module, filename, hasEsmSyntax, pjsonPath) {
  const parent = getModuleParent(module);
  return new (errors().ERR_REQUIRE_ESM)(filename, hasEsmSyntax, parent?.filename, pjsonPath);
}

// import() calls rewritten (esm/loader.js), or undefined; the ES module
// loader loads only for code that may call import()
function rewriteDynamicImports(code) {
  return code.includes('import') ? esm().rewriteDynamicImports(code) : undefined;
}

// The compiled wrapper; import() calls in the code go to an added last
// parameter (see esm/loader.js rewriteDynamicImports), importName tells.
function wrapSafe(filename, content, module) {
  if (patched) {
    return { fn: runInThisContext(Module.wrap(content), filename), importName: undefined };
  }
  const dyn = rewriteDynamicImports(content);
  try {
    if (dyn === undefined) {
      return { fn: compileFunction(stripShebang(content), filename, kWrapperParams), importName: undefined };
    }
    return {
      fn: compileFunction(stripShebang(dyn.code), filename, [...kWrapperParams, dyn.name]),
      importName: dyn.name,
    };
  } catch (err) {
    if (err instanceof SyntaxError) err.message = v8SyntaxMessage(err, content);
    throw require('internal/process/execution').decorateSyntaxError(err, filename, content);
  }
}

// V8's words where the engine's differ for ES module syntax in a script.
function v8ModuleSyntaxMessage(message) {
  if (message === "Unexpected keyword 'export'") return "Unexpected token 'export'";
  if (message.endsWith('. import call expects one or two arguments.')) {
    return 'Cannot use import statement outside a module';
  }
  if (message === 'import.meta is only valid inside modules.') return "Cannot use 'import.meta' outside a module";
  return message;
}

// The engine's message for a syntax error in V8's words: the module
// syntax ones, else the message of nodus's own parser (the ES module
// transform, which words its errors as V8 does) when it stops at the same
// token the engine names ("Unexpected identifier 'bar'. Expected ')' to
// end an argument list." -> "missing ) after argument list").
const engineTokenRegEx = /^Unexpected (identifier|keyword|token|number|string literal) (['"])(.*?)\2/;
function v8SyntaxMessage(err, source) {
  const message = v8ModuleSyntaxMessage(err.message);
  if (message !== err.message || typeof err.line !== 'number' || typeof source !== 'string') return message;
  const m = engineTokenRegEx.exec(message);
  if (m === null) return message;
  const t = internalBinding('esm').transform(source.startsWith('#!') ? `//${source.slice(2)}` : source);
  if (t.error === undefined || t.line !== err.line) return message;
  const text = source.split(/\r\n|[\n\r\u2028\u2029]/)[t.line - 1];
  const token = m[1] === 'string literal' ? `${m[2]}${m[3]}${m[2]}` : m[3];
  return text !== undefined && text.startsWith(token, t.column) ? t.error : message;
}

// Node's hint, printed before the error, when CommonJS could not compile
// a file that has ES module syntax.
function warnModuleSyntax(filename) {
  require('internal/process/warning').emitWarningSync(`Failed to load the ES module: ${filename}. ` +
    'Make sure to set "type": "module" in the nearest package.json file or use the .mjs extension.');
}

// ES module syntax in a file CommonJS may not run: require(esm) (or the
// main entry point, which may use top-level await).
function loadESM(module, filename) {
  if (process.mainModule !== module && getOptionValue('--experimental-require-module') === false) {
    const pkg = filename.endsWith('.mjs') ? undefined : packageJsonReader.getNearestParentPackageJSON(filename);
    if (pkg?.type !== 'module') throw requireEsmError(module, filename, true, undefined);
    const hasEsmSyntax = esm().detectModule(fsCache.readFileUtf8(filename)) !== undefined;
    throw requireEsmError(module, filename, hasEsmSyntax, pkg.pjsonPath);
  }
  if (process.mainModule === module) {
    esm().runEntryPoint(filename, 'module');
    return;
  }
  warnRequireModule(module);
  module[kLoadingESM] = true;
  try {
    module.exports = esm().requireESM(filename, getModuleParent(module), 'module');
  } finally {
    module[kLoadingESM] = false;
  }
}

// --trace-require-module=all|no-node-modules: one ExperimentalWarning, for
// the first require() of an ES module (outside node_modules).
let traceRequireModule;
function warnRequireModule(module) {
  traceRequireModule ??= getOptionValue('--trace-require-module');
  if (!traceRequireModule || traceRequireModule === 'warned') return;
  const parent = getModuleParent(module);
  if (traceRequireModule === 'no-node-modules' &&
      (parent == null || `${parent.filename}`.includes('/node_modules/'))) return;
  traceRequireModule = 'warned';
  let prefix = '';
  let from = parent?.filename || parent?.id;
  const to = module.id || module.filename;
  if (from === 'internal/preload') from = '--require';
  else if (from === '<repl>') from = 'The REPL';
  else if (from === '.') from = 'The entry point';
  else if (from) from = `CommonJS module ${from}`;
  if (from && to) prefix = `${from} is loading ES Module ${to} using require().\n`;
  process.emitWarning(`${prefix}Support for loading ES Module in require() is an experimental feature ` +
    'and might change at any time', { type: 'ExperimentalWarning', ctor: parent?.require });
}

// format: 'commonjs', or 'detect' (a .js file of no package type: one that
// only parses as an ES module is loaded as one)
Module.prototype._compile = function _compile(content, filename, format) {
  sourceMapCache()?.maybeCacheSourceMap(filename, content);
  let wrapped;
  try {
    wrapped = wrapSafe(filename, content, this);
  } catch (err) {
    if (err instanceof SyntaxError && esm().detectModule(content, err) !== undefined) {
      // a file of no package type runs as the module it is, unless
      // require(esm) is off and it is not the main module
      if (format === 'detect' && (process.mainModule === this ||
          getOptionValue('--experimental-require-module') !== false)) {
        loadESM(this, filename);
        return undefined;
      }
      warnModuleSyntax(filename);
    }
    throw err;
  }
  const compiledWrapper = wrapped.fn;
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this, Module);
  const exports = this.exports;
  const topLevel = requireDepth === 0;
  const args = [exports, require, this, filename, dirname];
  if (wrapped.importName !== undefined) args.push(esm().importFunction(pathToFileHref(filename)));
  if (topLevel) fsCache.beginStatCache();
  try {
    return Reflect.apply(compiledWrapper, exports, args);
  } finally {
    if (topLevel) fsCache.endStatCache();
  }
};

Module._extensions['.js'] = function (module, filename) {
  let format = 'commonjs';
  if (filename.endsWith('.mjs')) {
    format = 'module';
  } else if (!filename.endsWith('.cjs')) {
    const type = packageJsonReader.getPackageType(filename);
    if (type === 'module' && (filename.endsWith('.js') || path.extname(filename) === '')) format = 'module';
    else if (type === 'none') format = 'detect';
  }
  if (format === 'module') {
    loadESM(module, filename);
    return;
  }
  module._compile(fsCache.readFileUtf8(filename), filename, format);
};

Module._extensions['.json'] = function (module, filename) {
  const content = fsCache.readFileUtf8(filename);
  try {
    setOwnProperty(module, 'exports', JSON.parse(stripBOM(content)));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function (module, filename) {
  throw new (errors().ERR_DLOPEN_FAILED)(
    `${filename}: nodus cannot load native addons (.node files); use a JavaScript or WebAssembly build of this package`);
};

// --- createRequire ---
const createRequireError = 'must be a file URL object, file URL string, or absolute path string';

function createRequireFromPath(filename) {
  const proxyPath = filename.endsWith('/') ? path.join(filename, 'noop.js') : filename;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m, Module);
}

function createRequire(filename) {
  const { isURL, fileURLToPath } = require('internal/modules/url_path');
  let filepath;
  if (isURL(filename) || (typeof filename === 'string' && !path.isAbsolute(filename))) {
    try {
      filepath = fileURLToPath(filename);
    } catch {
      throw new (errors().ERR_INVALID_ARG_VALUE)('filename', filename, createRequireError);
    }
  } else if (typeof filename !== 'string') {
    throw new (errors().ERR_INVALID_ARG_VALUE)('filename', filename, createRequireError);
  } else {
    filepath = filename;
  }
  return createRequireFromPath(filepath);
}
Module.createRequire = createRequire;

// --- entry points ---
// The main script: process.argv[1] unless given.
Module.runMain = function runMain(main = process.argv[1]) {
  // module.register() hooks see the main entry point, whatever its format
  if (hookState.async.length > 0) {
    require('internal/modules/esm/loader').runEntryPoint(path.resolve(main), undefined);
    return;
  }
  const fast = mainFilename(main);
  const resolved = fast ?? Module._findPath(path.resolve(main), null, true);
  // under "type": "module" every file but .cjs is the ES loader's (which
  // refuses extensions it does not know)
  if (resolved && (resolved.endsWith('.mjs') || resolved.endsWith('.wasm') ||
      (!resolved.endsWith('.cjs') && packageJsonReader.getPackageType(resolved) === 'module'))) {
    require('internal/modules/esm/loader').runEntryPoint(resolved);
    return;
  }
  if (fast !== undefined) loadResolved(fast, null, true, undefined);
  else Module._load(main, null, true);
};

// The main script's file name without the resolver when nothing can tell
// the difference: an absolute path to an existing file, nothing patched
// (-r preloads may patch the loader), nothing cached under it. This is what
// findPath and _resolveFilename would answer, cached as findPath does.
const originals = {
  load: Module._load, resolveFilename: Module._resolveFilename, findPath: Module._findPath,
};
function mainFilename(main) {
  if (typeof main !== 'string' || main.charCodeAt(0) !== 47 || endsWithSep(main) ||
      Module._load !== originals.load || Module._resolveFilename !== originals.resolveFilename ||
      Module._findPath !== originals.findPath || fsCache.stat(main) !== 0) return undefined;
  const cacheKey = `${main}\x00`;
  if (Module._pathCache[cacheKey] !== undefined) return undefined;
  const filename = getOptionValue('--preserve-symlinks-main') === true ? path.resolve(main) : fsCache.toRealPath(main);
  if (Module._cache[filename] !== undefined) return undefined;
  Module._pathCache[cacheKey] = filename;
  return filename;
}

// "x/", "x/.", "x/..": findPath looks for a folder there, not a file
function endsWithSep(p) {
  return p.endsWith('/') || p.endsWith('/.') || p.endsWith('/..');
}

// -r / --require: loaded before the main script, from the current folder.
Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  isPreloading = true;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') {
      isPreloading = false;
      throw e;
    }
  }
  try {
    for (let n = 0; n < requests.length; n++) parent.require(requests[n]);
  } finally {
    isPreloading = false;
  }
};

// Builtin ES module namespaces would mirror changed builtin exports here;
// nodus has no ES module namespaces yet, so there is nothing to update.
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};

Module.findPackageJSON = function findPackageJSON(specifier, base) {
  return Reflect.apply(require('internal/modules/find_package_json').findPackageJSON, undefined, arguments);
};

// -e / -p: the code runs as a script with require, module and exports of a
// module named [eval] in the current folder.
Object.defineProperty(Module, '_evalScript', {
  value: function _evalScript(source, name) {
    const module = new Module(name);
    module.filename = path.join(process.cwd(), name);
    module.paths = Module._nodeModulePaths(process.cwd());
    const req = makeRequireFunction(module, Module);
    globalThis.module = module;
    globalThis.require = req;
    globalThis.exports = module.exports;
    globalThis.__filename = name;
    globalThis.__dirname = '.';
    // import() in the code goes to a global function named as the rewrite
    // chose (the code's own names cannot collide with it)
    const dyn = rewriteDynamicImports(source);
    if (dyn !== undefined) {
      Object.defineProperty(globalThis, dyn.name, {
        value: esm().importFunction(pathToFileHref(path.join(process.cwd(), name))),
        writable: true, configurable: true, enumerable: false,
      });
    }
    try {
      return runInThisContext(dyn === undefined ? source : dyn.code, name);
    } catch (err) {
      if (err instanceof SyntaxError) err.message = v8SyntaxMessage(err, source);
      throw require('internal/process/execution').decorateSyntaxError(err, name, source);
    }
  },
  writable: true,
  configurable: true,
});

Object.defineProperty(Module.prototype, 'constructor', {
  get() { return Module; },
  configurable: false,
  enumerable: false,
});

Module.Module = Module;
Module._initPaths();

module.exports = { Module, findLongestRegisteredExtension };
