'use strict';
// Module customization hooks: module.registerHooks() (synchronous resolve
// and load hooks, for require() and import alike) and module.register() /
// --experimental-loader (asynchronous initialize, resolve and load hooks).
//
// Node runs the asynchronous hooks on a separate thread. nodus runs them on
// the main thread: before the ES module loader (which is synchronous) links
// a graph, prepareImport() walks it through the asynchronous chain and
// remembers every answer; the loader then reads those answers at its hook
// points (resolveImport, loadImport). What a typical loader observes is
// the same; the differences are listed in README-hooks.md.

let codes;
function errors() {
  if (codes === undefined) codes = require('internal/errors').codes;
  return codes;
}

// state.sync: registerHooks() entries; state.async: register() entries.
// state.active tells the loaders whether to look here at all.
const { hookState: state } = require('internal/modules/helpers');
const syncResolve = [];
const syncLoad = [];

function refresh() {
  state.syncActive = syncResolve.length > 0 || syncLoad.length > 0;
  state.active = state.syncActive || state.async.length > 0;
}

// --- registerHooks ---

class ModuleHooks {
  constructor(resolve, load) {
    this.resolve = resolve;
    this.load = load;
    if (resolve !== undefined) syncResolve.push(this);
    if (load !== undefined) syncLoad.push(this);
    refresh();
    Object.freeze(this);
  }

  deregister() {
    let i = syncResolve.indexOf(this);
    if (i !== -1) syncResolve.splice(i, 1);
    i = syncLoad.indexOf(this);
    if (i !== -1) syncLoad.splice(i, 1);
    refresh();
  }
}

function registerHooks(hooks) {
  const { validateFunction } = require('internal/validators');
  const { resolve, load } = hooks;
  if (resolve) validateFunction(resolve, 'hooks.resolve');
  if (load) validateFunction(load, 'hooks.load');
  return new ModuleHooks(resolve || undefined, load || undefined);
}

function isBinary(v) {
  return ArrayBuffer.isView(v) || v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

function checkResolved(result, name) {
  const { url, format, importAttributes } = result;
  if (typeof url !== 'string') {
    throw new (errors().ERR_INVALID_RETURN_PROPERTY_VALUE)('a URL string', name, 'url', url);
  }
  if (format && typeof format !== 'string') {
    throw new (errors().ERR_INVALID_RETURN_PROPERTY_VALUE)('a string', name, 'format', format);
  }
  if (importAttributes && typeof importAttributes !== 'object') {
    throw new (errors().ERR_INVALID_RETURN_PROPERTY_VALUE)('an object', name, 'importAttributes', importAttributes);
  }
  return { __proto__: null, url, format, importAttributes };
}

function checkLoaded(url, result, name) {
  const { source, format } = result;
  // a builtin's source is never used: any value passes
  if (!url.startsWith('node:') && typeof source !== 'string' && !isBinary(source)) {
    throw new (errors().ERR_INVALID_RETURN_PROPERTY_VALUE)('a string, an ArrayBuffer, or a TypedArray',
      name, 'source', source);
  }
  if (format !== undefined && typeof format !== 'string') {
    throw new (errors().ERR_INVALID_RETURN_PROPERTY_VALUE)('a string', name, 'format', format);
  }
  return { __proto__: null, format, source };
}

// Runs the synchronous chain, newest hook first. The context every step
// sees is one object: what a hook passes to next() is merged into it. A
// hook that returns without calling next() must say shortCircuit: true.
function runSync(list, name, first, context, defaultStep, check) {
  let lastRun = list.length;
  const step = (index, fn, next) => function nextStep(arg, ctx) {
    lastRun = index;
    if (ctx && ctx !== context) Object.assign(context, ctx);
    const result = fn(arg, context, next);
    if (index > 0 && lastRun === index && !result.shortCircuit) {
      throw new (errors().ERR_INVALID_RETURN_PROPERTY_VALUE)('true', name, 'shortCircuit', result.shortCircuit);
    }
    return check(arg, result);
  };
  let next = step(0, defaultStep, undefined);
  for (let i = 0; i < list.length; i++) next = step(i + 1, list[i][name], next);
  return next(first, context);
}

function resolveSync(specifier, context, defaultResolve) {
  if (syncResolve.length === 0) return defaultResolve(specifier, context);
  return runSync(syncResolve, 'resolve', specifier, context, defaultResolve,
    (arg, r) => checkResolved(r, 'resolve'));
}

// text formats get their binary source decoded
const kTextFormats = new Set([undefined, null, 'module', 'commonjs', 'json',
  'module-typescript', 'commonjs-typescript', 'typescript']);
function decode(result) {
  if (isBinary(result.source) && kTextFormats.has(result.format)) {
    result.source = new (require('internal/encoding').TextDecoder)().decode(result.source);
  }
  return result;
}

function loadSync(url, context, defaultLoad) {
  if (syncLoad.length === 0) return defaultLoad(url, context);
  return decode(runSync(syncLoad, 'load', url, context, defaultLoad,
    (arg, r) => checkLoaded(arg, r, 'load')));
}

// --- CommonJS: require() through the hooks ---

function filenameToURL(filename) {
  const builtins = require('internal/modules/builtins');
  if (!filename) return filename;
  const id = builtins.normalizeRequirableId(filename);
  if (id !== undefined) return `node:${id}`;
  if (filename.startsWith('/')) return require('internal/modules/url_path').pathToFileHref(filename);
  return filename;
}

function urlToFilename(url) {
  const builtins = require('internal/modules/builtins');
  if (!url) return url;
  const id = builtins.normalizeRequirableId(url);
  if (id !== undefined) return id;
  if (url.startsWith('file://')) return require('internal/url').fileURLToPath(url);
  return url;
}

function cjsParentURL(parent) {
  if (parent?.filename) return filenameToURL(parent.filename);
  return undefined;
}

// require.resolve() and require(): the URL the resolve hooks give.
function resolveRequire(Module, request, parent, isMain, options) {
  const conditions = cjsConditions();
  const context = { parentURL: cjsParentURL(parent), conditions };
  const defaultResolve = (specifier, ctx) => {
    const opts = options ? { ...options } : {};
    if (ctx.conditions !== conditions) opts.conditions = ctx.conditions;
    const filename = specifier.startsWith('node:') &&
        require('internal/modules/builtins').normalizeRequirableId(specifier) !== undefined
      ? specifier : Module._resolveFilename(specifier, parent, isMain, opts.conditions || options ? opts : undefined);
    return { url: filenameToURL(filename), format: undefined };
  };
  return resolveSync(request, context, defaultResolve);
}

// require's conditions in the order Node lists them to hooks
function cjsConditions() {
  const list = [...require('internal/modules/conditions').getCjsConditions()];
  const i = list.indexOf('module-sync');
  const j = list.indexOf('node-addons');
  if (i !== -1 && j > i) {
    list[i] = 'node-addons';
    list[j] = 'module-sync';
  }
  return list;
}

function cjsFormat(filename) {
  if (filename.endsWith('.json')) return 'json';
  if (filename.endsWith('.node')) return 'addon';
  if (filename.endsWith('.mjs')) return 'module';
  if (filename.endsWith('.wasm')) return 'wasm';
  if (filename.endsWith('.cjs')) return 'commonjs';
  const type = require('internal/modules/package_json_reader').getPackageType(filename);
  if (type === 'module' && (filename.endsWith('.js') || !/\.[^/]*$/.test(filename))) return 'module';
  return 'commonjs';
}

// Module._load when hooks are registered: resolve and load through them,
// then run what they gave.
function requireWithHooks(Module, request, parent, isMain, loadResolved) {
  const builtins = require('internal/modules/builtins');
  const resolved = resolveRequire(Module, request, parent, isMain, undefined);
  const url = resolved.url;
  const filename = urlToFilename(url);
  const cached = Module._cache[filename];
  if (cached !== undefined && syncLoad.length === 0) return loadResolved(filename, parent, isMain);
  if (cached !== undefined) {
    if (!cached.loaded) return cached.exports;
    return cached.exports;
  }
  const isBuiltin = url.startsWith('node:');
  if (isBuiltin && builtins.normalizeRequirableId(url) === undefined) {
    throw new (errors().ERR_UNKNOWN_BUILTIN_MODULE)(url);
  }
  if (syncLoad.length === 0) {
    if (isBuiltin) return builtins.loadBuiltin(builtins.normalizeRequirableId(url));
    return loadResolved(filename, parent, isMain);
  }
  const conditions = cjsConditions();
  const format = isBuiltin ? 'builtin' : (resolved.format ?? (url.startsWith('file:') ? cjsFormat(filename) : undefined));
  const loaded = loadSync(url, { format, conditions }, (u, ctx) => {
    if (u.startsWith('node:')) return { format: 'builtin', source: null };
    if (!u.startsWith('file:')) {
      throw new (errors().ERR_UNSUPPORTED_ESM_URL_SCHEME ?? errors().ERR_INVALID_URL)(u);
    }
    const f = urlToFilename(u);
    return { format: ctx.format ?? cjsFormat(f), source: require('fs').readFileSync(f, 'utf8') };
  });
  if (loaded.format === 'builtin') return builtins.loadBuiltin(builtins.normalizeRequirableId(url));
  return runLoaded(Module, filename, parent, isMain, loaded);
}

// A module whose source a load hook gave: compiled as its format says,
// cached under its file name as require() caches.
function runLoaded(Module, filename, parent, isMain, loaded) {
  const source = loaded.source;
  let format = loaded.format;
  if (format == null) {
    // no format: the syntax decides, as for a .js file of no package type
    const text = typeof source === 'string' ? source : `${source}`;
    format = require('internal/modules/esm/loader').detectModule(text) === undefined ? 'commonjs' : 'module';
    if (format === 'module') loaded = { format, source: text };
  }
  const module = new Module(filename, parent);
  module.filename = filename;
  module.paths = filename.startsWith('/')
    ? Module._nodeModulePaths(require('internal/path/posix').dirname(filename)) : [];
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let ok = false;
  try {
    if (format === 'commonjs' || format === 'commonjs-typescript') {
      module._compile(typeof source === 'string' ? source : `${source}`, filename, 'commonjs');
    } else if (format === 'json') {
      const text = typeof source === 'string' ? source : `${source}`;
      try {
        module.exports = JSON.parse(text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text);
      } catch (err) {
        err.message = `${filename}: ${err.message}`;
        throw err;
      }
    } else if (format === 'module' || format === 'wasm') {
      module.exports = require('internal/modules/esm/loader').requireESM(filename, parent, format,
        filenameToURL(filename), loaded);
    } else {
      throw new (errors().ERR_UNKNOWN_MODULE_FORMAT)(format, filenameToURL(filename));
    }
    module.loaded = true;
    ok = true;
  } finally {
    if (!ok) delete Module._cache[filename];
  }
  return module.exports;
}

// --- ES modules: the loader's hook points ---

const prepared = new Map(); // parentURL \0 specifier \0 type -> resolve answer
const preloaded = new Map(); // url -> load answer
const resolvedFormat = new Map(); // url -> the format its resolve step gave

function attributesOf(request) {
  const out = {};
  if (request?.type != null) out.type = request.type;
  if (request?.otherKey !== undefined) out[request.otherKey] = request.otherValue;
  return out;
}

function requestKey(specifier, parentURL, request) {
  return `${parentURL}\0${specifier}\0${request?.type ?? ''}`;
}

// The default ES module resolve step: a URL and the format the file's name
// and package tell (null when only its syntax can).
function esmDefaultResolve(specifier, context) {
  const { resolve } = require('internal/modules/esm/resolve');
  const url = resolve(specifier, context.parentURL, new Set(context.conditions));
  return { url, format: guessFormat(url) };
}

function guessFormat(url) {
  if (url.startsWith('node:')) return undefined;
  if (url.startsWith('data:')) {
    const mime = /^data:([^,;]*)/.exec(url)?.[1].trim().toLowerCase();
    if (mime === 'text/javascript') return 'module';
    if (mime === 'application/json') return 'json';
    if (mime === 'application/wasm') return 'wasm';
    return null;
  }
  if (!url.startsWith('file:')) return null;
  const p = url.replace(/[?#].*$/s, '');
  if (p.endsWith('.mjs')) return 'module';
  if (p.endsWith('.cjs')) return 'commonjs';
  if (p.endsWith('.json')) return 'json';
  if (p.endsWith('.wasm')) return 'wasm';
  if (p.endsWith('.js') || !/\/[^/]*\.[^/]*$/.test(p)) {
    try {
      const type = require('internal/modules/package_json_reader').getPackageType(urlToFilename(p));
      if (type === 'module') return 'module';
      if (type === 'commonjs') return 'commonjs';
    } catch {
      // an unreadable package.json: syntax decides
    }
  }
  return null;
}

// The URL import of specifier from parentURL names.
function resolveImport(specifier, parentURL, request) {
  if (state.async.length > 0) {
    const r = prepared.get(requestKey(specifier, parentURL, request));
    if (r !== undefined) {
      resolvedFormat.set(r.url, r.format);
      return r.url;
    }
  }
  const conditions = [...require('internal/modules/conditions').getEsmConditions()];
  const r = resolveSync(specifier, { parentURL, importAttributes: attributesOf(request), conditions },
    esmDefaultResolve);
  resolvedFormat.set(r.url, r.format);
  return r.url;
}

// The default ES module load step: the format and the bytes.
function esmDefaultLoad(url, context) {
  const esm = require('internal/modules/esm/loader');
  if (url.startsWith('node:')) return { format: 'builtin', source: null };
  return esm.defaultLoadForHooks(url, context.format);
}

// The format and source of url, as the hooks give them.
function loadImport(url, request) {
  const answer = preloaded.get(url);
  if (answer !== undefined) {
    preloaded.delete(url);
    return answer;
  }
  const conditions = [...require('internal/modules/conditions').getEsmConditions()];
  const context = url.startsWith('node:') ? {} : { format: resolvedFormat.get(url) ?? null };
  context.importAttributes = attributesOf(request);
  context.conditions = conditions;
  return loadSync(url, context, esmDefaultLoad);
}

module.exports = {
  state, registerHooks, requireWithHooks, resolveRequire, resolveImport, loadImport,
  filenameToURL, urlToFilename, prepared, preloaded, requestKey, attributesOf, checkResolved,
  checkLoaded, decode, esmDefaultResolve, esmDefaultLoad, resolvedFormat, resolveSync, loadSync,
};
