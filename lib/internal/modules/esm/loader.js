'use strict';
// The ES module loader: resolve -> load -> link -> evaluate, on module
// records. Source modules are run as functions made by the C transform
// (src/esm; the runtime contract is in src/esm/README.md): a module's code
// calls back into its record (its `$nd` parameter) to push the values of
// its exports (`u`), to register the setters that keep its imported
// bindings current (`link`), and for import() (`imp`) and import.meta
// (`meta`).

const path = require('internal/path/posix');
const { transform, compile, cjsScan } = internalBinding('esm');
const fsBinding = internalBinding('fs');
const builtins = require('internal/modules/builtins');
const { pathToFileHref } = require('internal/modules/url_path');
const { resolve: resolveUncached, urlToPath } = require('internal/modules/esm/resolve');
const { getPackageType } = require('internal/modules/package_json_reader');
const {
  makePoison, createExportsObject, createNamespace,
} = require('internal/modules/esm/namespace');

const registry = new Map(); // url -> ModuleRecord
const { hookState } = require('internal/modules/helpers');
let hooksModule; // customization_hooks.js, loaded once some are registered
const hooks = () => (hooksModule ??= require('internal/modules/customization_hooks'));

// As in Node, a specifier that resolved once from a module resolves to the
// same URL ever after (a file deleted since still imports its record);
// failures are not kept, so a file that appears later is found.
const resolveCache = new Map(); // `${parentURL}\0${specifier}` -> url
function resolve(specifier, parentURL) {
  const key = `${parentURL}\0${specifier}`;
  let url = resolveCache.get(key);
  if (url === undefined) {
    url = resolveUncached(specifier, parentURL);
    resolveCache.set(key, url);
  }
  return url;
}

const kNew = 0;
const kLinked = 1;
const kEvaluating = 2;
const kEvaluated = 3;
const kErrored = 4;

class ModuleRecord {
  // own fields, defined (not assigned): a `url` accessor a program puts on
  // Object.prototype is never run
  url;
  kind;
  filename;
  source;

  constructor(url, kind) {
    this.url = url;
    this.kind = kind; // 'source' | 'builtin' | 'commonjs' | 'json' | 'wasm'
    this.status = kNew;
    this.t = undefined; // the transform's result (source modules)
    this.deps = []; // ModuleRecord per request index
    this.exportsObject = undefined; // values of the exports, see namespace.js
    this.localNames = undefined; // export name -> 'let' | 'var' | 'function'
    this.listeners = [];
    this.ns = undefined;
    this.fn = undefined;
    this.gen = undefined; // the generator of a module in an import cycle
    this.cyclic = false;
    this.error = undefined;
    this.promise = undefined; // evaluation of an async graph
    this.metaObject = undefined;
    this.dfsIndex = -1;
    this.dfsLow = -1;
    this.wasm = undefined; // a Wasm module's compiled code and names (wasm.js)
  }

  // --- called by the module's code ---

  // an exported local got a value
  u(name, value) {
    const e = this.exportsObject;
    if (name === 'default' && typeof value === 'function' && value.name === `${this.t.prefix}_d`) {
      Object.defineProperty(value, 'name', { value: 'default', configurable: true });
    }
    e[name] = value;
    const ls = this.listeners;
    for (let i = 0; i < ls.length; i++) ls[i]();
  }

  // setters[i] keeps the bindings imported from request i current
  link(setters) {
    for (let i = 0; i < setters.length; i++) {
      const set = setters[i];
      if (set === null) continue;
      const dep = this.deps[i];
      if (isSourceRequest(this, i)) {
        set(undefined, sourceObject(dep));
        continue;
      }
      const e = dep.exportsObject;
      const ns = dep.namespace();
      dep.listeners.push(() => set(e, ns));
      set(e, ns);
    }
  }

  imp(specifier, options) {
    return importDynamic(specifier, options, this.url);
  }

  // import.source(specifier)
  src(specifier) {
    return importSource(specifier, this.url);
  }

  get meta() {
    if (this.metaObject === undefined) this.metaObject = makeImportMeta(this);
    return this.metaObject;
  }

  namespace() {
    if (this.ns === undefined) this.ns = createNamespace(this.exportsObject);
    return this.ns;
  }
}

let codes;
function errors() {
  if (codes === undefined) codes = require('internal/errors').codes;
  return codes;
}

function makeImportMeta(rec) {
  const meta = { __proto__: null };
  if (rec.url.startsWith('file:')) {
    const filename = urlToPath(rec.url);
    meta.dirname = path.dirname(filename);
    meta.filename = filename;
  }
  meta.main = rec.isMain === true;
  // --experimental-import-meta-resolve: a second argument, the URL to
  // resolve from
  const allowParent = require('internal/options').getOptionValue('--experimental-import-meta-resolve');
  meta.resolve = function resolve(specifier, parentURL = undefined) {
    let from = rec.url;
    if (allowParent && parentURL !== undefined) {
      const { isURL } = require('internal/modules/url_path');
      if (isURL(parentURL)) from = parentURL.href;
      else if (typeof parentURL === 'string') from = parentURL;
      else throw new (errors().ERR_INVALID_ARG_TYPE)('parentURL', ['string', 'URL'], parentURL);
    }
    return resolveUrl(`${specifier}`, from, true);
  };
  meta.url = rec.url;
  return meta;
}

function resolveUrl(specifier, parentURL, forMeta) {
  try {
    return resolveRequest(specifier, parentURL);
  } catch (err) {
    // import.meta.resolve does not check that files exist
    if (forMeta && (err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'ERR_UNSUPPORTED_DIR_IMPORT') &&
        Object.prototype.hasOwnProperty.call(err, 'url')) return err.url;
    // nor that the loader could load the URL (http:, any scheme)
    if (forMeta && err.code === 'ERR_UNSUPPORTED_ESM_URL_SCHEME') {
      const { URL } = require('internal/url');
      if (URL.canParse(specifier)) return new URL(specifier).href;
    }
    throw err;
  }
}

// --- load: read and transform, recursively ---

// Parse errors print a blank line after the caret, link errors do not (as Node).
function syntaxError(message, url, source, line, column, isLink = false) {
  const err = new SyntaxError(message);
  const { decorateSyntaxError } = require('internal/process/execution');
  // the report shows the file, the line and a caret under the column
  const text = source.split(/\r\n|[\n\r\u2028\u2029]/)[line - 1];
  if (text !== undefined) {
    let caret = '';
    for (let i = 0; i < column; i++) caret += text[i] === '\t' ? '\t' : ' ';
    setArrow(err, `${url}:${line}\n${text}\n${caret}^${isLink ? '' : '\n'}`);
  } else {
    decorateSyntaxError(err, url, source);
  }
  return err;
}

let kArrowSymbol;
function setArrow(err, text) {
  // the uncaught-error report prints this block before the error, as Node does
  if (kArrowSymbol === undefined) {
    const execution = require('internal/process/execution');
    kArrowSymbol = execution.kArrow;
  }
  if (kArrowSymbol !== undefined) {
    Object.defineProperty(err, kArrowSymbol, { value: text, enumerable: false, configurable: true });
  }
}

function loadBuiltin(url) {
  const id = url.slice(5);
  const exports = builtins.loadBuiltin(builtins.normalizeRequirableId(url) ?? id);
  const rec = new ModuleRecord(url, 'builtin');
  const names = Object.keys(exports).filter((k) => k !== 'default');
  names.push('default');
  rec.exportsObject = createExportsObject(names, (n) => (n === 'default' ? exports : exports[n]),
    (n) => n !== 'default' && Object.getOwnPropertyDescriptor(exports, n)?.get !== undefined);
  rec.status = kEvaluated;
  return rec;
}

// --- CommonJS: export names found statically, as Node finds them ---

const cjsNamesCache = new Map(); // filename -> Set of names

function cjsExportNames(filename, source, seen = new Set()) {
  const cached = cjsNamesCache.get(filename);
  if (cached !== undefined) return cached;
  const names = new Set();
  if (seen.has(filename)) return names;
  seen.add(filename);
  if (source === undefined) {
    try {
      source = fsBinding.readFileUtf8(filename);
    } catch {
      return names;
    }
  }
  const r = cjsScan(source);
  for (const n of r.exports) names.add(n);
  if (r.reexports.length > 0) {
    const { Module } = require('internal/modules/cjs/loader');
    const parent = new Module(filename, null);
    parent.filename = filename;
    parent.paths = Module._nodeModulePaths(path.dirname(filename));
    for (const spec of r.reexports) {
      let file;
      try {
        file = Module._resolveFilename(spec, parent, false);
      } catch {
        continue;
      }
      const ext = path.extname(file);
      if (ext !== '.js' && ext !== '.cjs' && Module._extensions[ext] !== undefined) continue;
      if (builtins.canBeRequiredWithoutScheme(file)) continue;
      for (const n of cjsExportNames(file, undefined, seen)) names.add(n);
    }
  }
  cjsNamesCache.set(filename, names);
  return names;
}

function loadCommonJS(url, filename, source) {
  const rec = new ModuleRecord(url, 'commonjs');
  rec.filename = filename;
  const names = ['default', 'module.exports'];
  for (const n of cjsExportNames(filename, source)) {
    if (n !== 'default' && n !== 'module.exports') names.push(n);
  }
  rec.exportsObject = createExportsObject(names, () => undefined);
  return rec;
}

// runs a CommonJS module imported by an ES module, then fills its exports
function evaluateCommonJS(rec, importer, specifier) {
  const { Module } = require('internal/modules/cjs/loader');
  const cached = Module._cache[rec.filename];
  if (requireDepth > 0 && cached !== undefined && !cached.loaded) {
    throw cycleError(`Cannot import CommonJS Module ${specifier} in a cycle. (from ${importer.filename ?? importer.url})`);
  }
  const exports = rec.hookSource !== undefined ? runHookedCommonJS(rec) : Module._load(rec.filename, null, rec.isMain === true);
  const e = rec.exportsObject;
  for (const name of Object.keys(e)) {
    if (name === 'default' || name === 'module.exports') {
      e[name] = exports;
    } else if (exports != null && Object.prototype.hasOwnProperty.call(exports, name)) {
      try {
        e[name] = exports[name];
      } catch {
        // a throwing getter leaves the export undefined, as in Node
      }
    }
  }
  const ls = rec.listeners;
  for (let i = 0; i < ls.length; i++) ls[i]();
}

function loadJSON(url, source, filename) {
  const rec = new ModuleRecord(url, 'json');
  let value;
  try {
    value = JSON.parse(source.charCodeAt(0) === 0xFEFF ? source.slice(1) : source);
  } catch (err) {
    err.message = `${filename ?? url}: ${err.message}`;
    throw err;
  }
  rec.exportsObject = createExportsObject(['default'], () => value);
  rec.status = kEvaluated;
  return rec;
}

// --- formats ---

// A data: URL's media type and body (bytes, and as text).
function parseDataURL(url) {
  const m = /^data:([^,]*?)(;base64)?,(.*)$/s.exec(url.replace(/#.*$/s, ''));
  if (m === null) throw new (errors().ERR_INVALID_URL)(url);
  const mime = m[1].split(';')[0].trim().toLowerCase();
  let bytes;
  if (m[2]) {
    bytes = require('buffer').Buffer.from(decodeURIComponent(m[3]), 'base64');
  } else {
    bytes = require('buffer').Buffer.from(m[3].replace(/%([0-9a-fA-F]{2})/g,
      (x, h) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  }
  return { mime, bytes, body: bytes.toString('utf8') };
}

// Does this source, which parses as a module, need to be one? (import or
// export statements, import.meta, top-level await: Node's syntax detection)
function hasModuleSyntax(t) {
  return t.error === undefined &&
    (t.requests.length > 0 || t.exports.length > 0 || t.hasMeta || t.hasTLA);
}

// The format of a file: 'module', 'commonjs', 'json', with the transform
// result when detection made one.
function fileFormat(filename, source) {
  const ext = path.extname(filename);
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  if (ext === '.wasm') return 'wasm';
  if (ext === '.js' || ext === '') {
    const type = getPackageType(filename);
    if (type === 'module') return 'module';
    if (type === 'commonjs') return 'commonjs';
    return 'detect';
  }
  throw new (errors().ERR_UNKNOWN_FILE_EXTENSION)(ext, filename);
}

// Node's import attribute rules: only `type`, which must be 'json' exactly
// for JSON modules and absent for everything else.
function checkAttributes(rec, request) {
  const url = rec.url;
  if (request.otherKey !== undefined) {
    throw new (errors().ERR_IMPORT_ATTRIBUTE_UNSUPPORTED)(request.otherKey, request.otherValue, url);
  }
  const type = request.type ?? undefined;
  if (type === undefined) {
    if (rec.kind === 'json') throw new (errors().ERR_IMPORT_ATTRIBUTE_MISSING)(url, 'type', 'json');
    return;
  }
  if (type === 'json' && rec.kind === 'json') return;
  if (type !== 'json') throw new (errors().ERR_IMPORT_ATTRIBUTE_UNSUPPORTED)('type', type, url);
  throw new (errors().ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE)(url, type);
}

// Node's warning when syntax detection made a module of a file whose
// package.json says no type (outside node_modules)
const warnedTypeless = new Set();
function warnTypeless(url, filename) {
  if (filename.includes('/node_modules/')) return;
  const pkg = require('internal/modules/package_json_reader').getNearestParentPackageJSON(filename);
  if (pkg === undefined || warnedTypeless.has(pkg.pjsonPath)) return;
  warnedTypeless.add(pkg.pjsonPath);
  process.emitWarning(`Module type of ${url} is not specified and it doesn't parse as CommonJS.\n` +
    'Reparsing as ES module because module syntax was detected. This incurs a performance overhead.\n' +
    `To eliminate this warning, add "type": "module" to ${pkg.pjsonPath}.`,
  { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
}

// --enable-source-maps: the map cache, loaded only then (null when off)
let sourceMaps;
function sourceMapCache() {
  if (sourceMaps === undefined) {
    sourceMaps = require('internal/options').getOptionValue('--enable-source-maps') === true ?
      require('internal/source_map/source_map_cache') : null;
  }
  return sourceMaps;
}

function sourceRecord(url, source, t, filename) {
  // a hashbang line is a comment (the module's code does not start line 1)
  if (t === undefined) t = transform(source.startsWith('#!') ? `//${source.slice(2)}` : source);
  if (t.error !== undefined) throw syntaxError(t.error, url, source, t.line, t.column);
  const rec = new ModuleRecord(url, 'source');
  if (url.startsWith('file:')) sourceMapCache()?.maybeCacheSourceMap(url, source);
  rec.filename = filename;
  rec.t = t;
  rec.source = source;
  return rec;
}

// format: what the caller knows the file is ('module' when CommonJS
// detection found ES module syntax), else found here
// withDeps false: only the module itself (a source phase import)
function loadRecord(url, request = kNoAttributes, knownFormat = undefined, withDeps = true) {
  if (request.otherKey !== undefined) {
    throw new (errors().ERR_IMPORT_ATTRIBUTE_UNSUPPORTED)(request.otherKey, request.otherValue, url);
  }
  let rec = registry.get(url);
  if (rec !== undefined) {
    checkAttributes(rec, request);
    if (withDeps && rec.depsPending) loadDeps(rec);
    return rec;
  }
  if (hookState.active) {
    rec = recordFromHooks(url, request);
  } else if (url.startsWith('node:')) {
    rec = loadBuiltin(url);
  } else if (url.startsWith('data:')) {
    const { mime, body, bytes } = parseDataURL(url);
    if (mime === 'text/javascript') rec = sourceRecord(url, body);
    else if (mime === 'application/json') rec = loadJSON(url, body);
    else if (mime === 'application/wasm') rec = loadWasm(url, bytes);
    else throw new (errors().ERR_UNKNOWN_MODULE_FORMAT)(mime, url);
  } else {
    const filename = urlToPath(url.replace(/[?#].*$/s, ''));
    const format = knownFormat ?? fileFormat(filename);
    let source;
    if (format === 'module' || format === 'detect') {
      // an extensionless file is Wasm when it starts with the magic number
      if (path.extname(filename) === '') {
        const bytes = require('fs').readFileSync(filename);
        if (wasm().isWasm(bytes)) rec = loadWasm(url, bytes, filename);
        else source = bytes.toString('utf8');
      }
    }
    if (rec !== undefined) {
      // Wasm, found above
    } else if (format === 'commonjs') {
      rec = loadCommonJS(url, filename);
    } else if (format === 'wasm') {
      rec = loadWasm(url, require('fs').readFileSync(filename), filename);
    } else {
      source ??= fsBinding.readFileUtf8(filename);
      if (format === 'json') {
        rec = loadJSON(url, source, filename);
      } else if (format === 'module') {
        rec = sourceRecord(url, source, undefined, filename);
      } else {
        const t = transform(source.startsWith('#!') ? `//${source.slice(2)}` : source);
        if (hasModuleSyntax(t)) {
          warnTypeless(url, filename);
          rec = sourceRecord(url, source, t, filename);
        } else {
          rec = loadCommonJS(url, filename, source);
        }
      }
    }
  }
  checkAttributes(rec, request);
  registry.set(url, rec);
  if (withDeps) loadDeps(rec);
  else rec.depsPending = true;
  return rec;
}

// dependencies, depth-first in source order
function loadDeps(rec) {
  rec.depsPending = false;
  const url = rec.url;
  if (rec.kind === 'wasm') {
    for (const spec of rec.wasm.requests) rec.deps.push(loadRecord(resolveRequest(spec, url)));
    return;
  }
  if (rec.kind !== 'source') return;
  const reqs = rec.t.requests;
  for (let i = 0; i < reqs.length; i++) {
    const r = reqs[i];
    rec.deps.push(loadRecord(resolveRequest(r.specifier, url, r), r, undefined, r.source !== true));
  }
}

// --- source phase imports (import source x from, import.source()) ---

function isSourceRequest(rec, i) {
  return rec.kind === 'source' && rec.t.requests[i].source === true;
}

// A module's source object: a Wasm module's WebAssembly.Module; other
// kinds have none.
function sourceObject(rec) {
  if (rec.kind === 'wasm') return rec.wasm.compiled;
  const err = new SyntaxError(`Source phase import object is not defined for module '${rec.url}'`);
  err.code = 'ERR_SOURCE_PHASE_NOT_DEFINED';
  throw err;
}

function importSource(specifier, parentURL) {
  return new Promise((resolvePromise) => {
    resolvePromise(sourceObject(loadRecord(resolveRequest(`${specifier}`, parentURL), kNoAttributes, undefined, false)));
  });
}

const kNoAttributes = { type: null };

let wasmModule;
function wasm() {
  if (wasmModule === undefined) wasmModule = require('internal/modules/esm/wasm');
  return wasmModule;
}

// A Wasm module: compiled now, its exports in the temporal dead zone until
// it is instantiated (evaluateWasm).
function loadWasm(url, bytes, filename) {
  const rec = new ModuleRecord(url, 'wasm');
  rec.filename = filename;
  rec.wasm = wasm().compileWasm(bytes, url);
  rec.exportsObject = createExportsObject(rec.wasm.exportNames, makePoison);
  return rec;
}

const wasmInstances = new WeakMap(); // record -> its instance's exports

function evaluateWasm(rec) {
  const { exports, values } = wasm().instantiateWasm(rec.wasm, rec.deps, wasmInstances);
  wasmInstances.set(rec, exports);
  const e = rec.exportsObject;
  for (const name of rec.wasm.exportNames) e[name] = values[name];
  const ls = rec.listeners;
  for (let i = 0; i < ls.length; i++) ls[i]();
}

// the specifier of rec's request i (for error messages)
function requestSpecifier(rec, i) {
  return rec.kind === 'wasm' ? rec.wasm.requests[i] : rec.t.requests[i].specifier;
}

function hasTLA(rec) {
  return rec.kind === 'source' && rec.t.hasTLA;
}

// --- link: export names, exports objects, cycles, compiled functions ---

function exportedNames(rec, seen = new Set()) {
  if (rec.kind !== 'source') return Object.keys(rec.exportsObject ?? commonjsExports(rec));
  if (seen.has(rec)) return [];
  seen.add(rec);
  const names = [];
  const stars = [];
  for (const e of rec.t.exports) {
    if (e.kind === 'star') stars.push(rec.deps[e.request]);
    else names.push(e.exported);
  }
  for (const dep of stars) {
    for (const n of exportedNames(dep, seen)) {
      if (n !== 'default' && !names.includes(n)) names.push(n);
    }
  }
  return names;
}

// The binding a name resolves to: { rec, name } (a local export of rec),
// { rec, ns: true } (rec's namespace), null (none) or 'ambiguous'.
function resolveExport(rec, name, seen = []) {
  if (rec.kind !== 'source') {
    const e = rec.exportsObject ?? commonjsExports(rec);
    return Object.prototype.hasOwnProperty.call(e, name) ? { rec, name } : null;
  }
  for (const s of seen) if (s.rec === rec && s.name === name) return null; // a cycle
  seen.push({ rec, name });
  let starResolution = null;
  for (const e of rec.t.exports) {
    if (e.exported !== name) continue;
    if (e.kind === 'local') return { rec, name };
    if (e.kind === 'starAs') {
      if (isSourceRequest(rec, e.request)) return { rec: rec.deps[e.request], source: true };
      return { rec: rec.deps[e.request], ns: true };
    }
    if (e.kind === 'indirect') return resolveExport(rec.deps[e.request], e.name, seen);
  }
  if (name === 'default') return null;
  for (const e of rec.t.exports) {
    if (e.kind !== 'star') continue;
    const r = resolveExport(rec.deps[e.request], name, seen);
    if (r === 'ambiguous') return r;
    if (r === null) continue;
    if (starResolution === null) {
      starResolution = r;
    } else if (starResolution.rec !== r.rec || starResolution.name !== r.name ||
        starResolution.ns !== r.ns) {
      return 'ambiguous';
    }
  }
  return starResolution;
}

function commonjsExports(rec) {
  return rec.exportsObject;
}

// Node's hint for a name a CommonJS module does not export (statically):
// import the default and destructure it, shown for one-line imports.
function commonJSNamedError(rec, imp, spec) {
  let msg = `Named export '${imp.imported}' not found. The requested module '${spec}' is a CommonJS module, ` +
    'which may not support all module.exports as named exports.\nCommonJS modules can always be imported ' +
    `via the default export, for example using:\n\nimport pkg from '${spec}';\n`;
  const text = rec.source.split(/\r\n|[\n\r\u2028\u2029]/)[imp.line - 1] ?? '';
  const m = /import\s*{(.*)}\s*from/.exec(text);
  if (m !== null) msg += `const {${m[1].replace(/\s+as\s+/g, ': ')}} = pkg;\n`;
  return msg;
}

// Node underlines the imported name
function linkError(rec, imp, message) {
  const err = syntaxError(message, rec.url, rec.source, imp.line, imp.column, true);
  const text = rec.source.split(/\r\n|[\n\r\u2028\u2029]/)[imp.line - 1];
  if (text !== undefined) {
    const m = /^(?:"[^"]*"|'[^']*'|[^\s,}]+)/.exec(text.slice(imp.column));
    let caret = '';
    for (let i = 0; i < imp.column; i++) caret += text[i] === '\t' ? '\t' : ' ';
    setArrow(err, `${rec.url}:${imp.line}\n${text}\n${caret}${'^'.repeat(m ? m[0].length : 1)}`);
  }
  return err;
}

// Tarjan's algorithm: a module in a strongly connected component of more
// than one module (or importing itself) is part of a cycle and runs as a
// generator (README.md).
function markCycles(root) {
  let index = 0;
  const stack = [];
  const visit = (rec) => {
    rec.dfsIndex = rec.dfsLow = index++;
    stack.push(rec);
    rec.onStack = true;
    for (let i = 0; i < rec.deps.length; i++) {
      const dep = rec.deps[i];
      if (dep.status !== kNew || dep.kind !== 'source' || isSourceRequest(rec, i)) continue;
      if (dep.dfsIndex === -1) {
        visit(dep);
        rec.dfsLow = Math.min(rec.dfsLow, dep.dfsLow);
      } else if (dep.onStack) {
        rec.dfsLow = Math.min(rec.dfsLow, dep.dfsIndex);
      }
    }
    if (rec.dfsLow === rec.dfsIndex) {
      const scc = [];
      let r;
      do {
        r = stack.pop();
        r.onStack = false;
        scc.push(r);
      } while (r !== rec);
      const cyclic = scc.length > 1 || rec.deps.includes(rec);
      for (const m of scc) m.cyclic = cyclic;
    }
  };
  if (root.dfsIndex === -1) visit(root);
}

function newRecords(root) {
  const out = [];
  const seen = new Set();
  const walk = (rec) => {
    if (seen.has(rec)) return;
    seen.add(rec);
    if (rec.status !== kNew) return;
    for (let i = 0; i < rec.deps.length; i++) if (!isSourceRequest(rec, i)) walk(rec.deps[i]);
    out.push(rec);
  };
  walk(root);
  return out;
}

function link(root) {
  const recs = newRecords(root);
  if (recs.length === 0) return;
  const sources = recs.filter((r) => r.kind === 'source');
  // 1. exports objects: every export name, each with its first value
  for (const rec of sources) {
    const locals = { __proto__: null };
    for (const e of rec.t.exports) if (e.kind === 'local') locals[e.exported] = e.binding;
    rec.localNames = locals;
    const names = exportedNames(rec).filter((n) => {
      const r = locals[n] !== undefined ? 'local' : resolveExport(rec, n);
      return r !== null && r !== 'ambiguous';
    });
    rec.exportsObject = createExportsObject(names, (n) => {
      const b = locals[n];
      return b === 'let' ? makePoison(n) : undefined;
    });
  }
  // 2. imports must resolve; re-exported names follow their origin
  for (const rec of sources) {
    const { imports, requests } = rec.t;
    for (let i = 0; i < requests.length; i++) {
      if (requests[i].source === true) sourceObject(rec.deps[i]); // throws when it has none
    }
    for (const imp of imports) {
      if (imp.imported === null) continue;
      const dep = rec.deps[imp.request];
      const r = resolveExport(dep, imp.imported);
      const spec = requests[imp.request].specifier;
      if (r === null) {
        throw linkError(rec, imp, dep.kind === 'commonjs' ? commonJSNamedError(rec, imp, spec)
          : `The requested module '${spec}' does not provide an export named '${imp.imported}'`);
      }
      if (r === 'ambiguous') {
        throw linkError(rec, imp,
          `The requested module '${spec}' contains conflicting star exports for name '${imp.imported}'`);
      }
    }
    for (const name of Object.keys(rec.exportsObject)) {
      if (rec.localNames[name] !== undefined) continue;
      const r = resolveExport(rec, name);
      const e = rec.exportsObject;
      if (r.ns) {
        e[name] = r.rec.namespace();
        continue;
      }
      if (r.source) {
        e[name] = sourceObject(r.rec);
        continue;
      }
      const origin = r.rec;
      const from = origin.exportsObject;
      const sync = () => {
        const v = from[r.name];
        if (e[name] === v) return;
        e[name] = v;
        for (const l of rec.listeners) l();
      };
      origin.listeners.push(sync);
      e[name] = from[r.name];
    }
  }
  // 3. compile; modules in cycles are instantiated (their hoisted
  // functions exported) before any of them runs
  markCycles(root);
  for (const rec of sources) {
    const P = rec.t.prefix;
    const header = `(${rec.t.hasTLA ? 'async ' : ''}function${rec.cyclic ? '*' : ''} anonymous(${P}) {` +
      `"use strict";${rec.cyclic ? 'yield ' : ''}${P}_h();`;
    rec.fn = compile(rec.t.code, rec.url, header);
    rec.status = kLinked;
  }
  for (const rec of sources) {
    if (!rec.cyclic) continue;
    rec.gen = Reflect.apply(rec.fn, undefined, [rec]);
    rec.gen.next(); // runs <prefix>_h(): setters linked, hoisted exports pushed
  }
}

// --- evaluate ---

function runBody(rec) {
  if (rec.kind === 'wasm') return evaluateWasm(rec);
  if (rec.cyclic) {
    const r = rec.gen.next();
    return rec.t.hasTLA ? r : undefined;
  }
  return Reflect.apply(rec.fn, undefined, [rec]);
}

// A module body that used one of CommonJS's variables fails with Node's
// explanation instead of the engine's bare "Can't find variable: x".
const kCommonJSNames = new Set(['require', 'module', 'exports', '__filename', '__dirname']);
const kAmbiguousAdvice = {
  __proto__: null,
  require: 'replace require() with import',
  module: 'use export instead of module.exports/exports',
  exports: 'use export instead of module.exports/exports',
  __filename: 'use import.meta.filename instead',
  __dirname: 'use import.meta.dirname instead',
};
const explained = new WeakSet();
function explainCommonJSName(err, rec) {
  if (!(err instanceof ReferenceError) || explained.has(err)) return;
  const prefix = "Can't find variable: ";
  const name = typeof err.message === 'string' && err.message.startsWith(prefix) ?
    err.message.slice(prefix.length) : undefined;
  if (!kCommonJSNames.has(name)) return;
  explained.add(err);
  if (hasTLA(rec)) {
    err.message = `Cannot determine intended module format because both '${name}' and top-level ` +
      'await are present. If the code is intended to be CommonJS, wrap await in an async ' +
      `function. If the code is intended to be an ES module, ${kAmbiguousAdvice[name]}.`;
    err.code = 'ERR_AMBIGUOUS_MODULE_SYNTAX';
    return;
  }
  let message = `${name} is not defined in ES module scope`;
  if (name === 'require') message += ', you can use import instead';
  const path = rec.url.replace(/[?#].*$/, '');
  if (path.startsWith('file:') && path.endsWith('.js')) {
    const pkg = require('internal/modules/package_json_reader').getNearestParentPackageJSON(urlToPath(path));
    if (pkg?.type === 'module') {
      message += '\nThis file is being treated as an ES module because it has a \'.js\' file ' +
        `extension and '${pkg.pjsonPath}' contains "type": "module". To treat it as a ` +
        'CommonJS script, rename it to use the \'.cjs\' file extension.';
    }
  }
  err.message = message;
}

// Returns undefined when rec (and what it needs) ran synchronously, else a
// promise for its evaluation.
function evaluate(rec, importer, specifier) {
  if (rec.status === kEvaluated) return rec.promise;
  if (rec.status === kErrored) throw rec.error;
  if (rec.status === kEvaluating) return undefined; // a cycle: it runs later
  rec.status = kEvaluating;
  if (rec.kind === 'commonjs') {
    try {
      evaluateCommonJS(rec, importer, specifier);
    } catch (err) {
      rec.status = kErrored;
      rec.error = err;
      throw err;
    }
    rec.status = kEvaluated;
    return undefined;
  }
  const pending = [];
  try {
    for (let i = 0; i < rec.deps.length; i++) {
      if (isSourceRequest(rec, i)) continue;
      const p = evaluate(rec.deps[i], rec, requestSpecifier(rec, i));
      if (p !== undefined) pending.push(p);
    }
  } catch (err) {
    rec.status = kErrored;
    rec.error = err;
    throw err;
  }
  const done = () => {
    rec.status = kEvaluated;
    rec.settled = true;
  };
  const fail = (err) => {
    explainCommonJSName(err, rec);
    rec.settled = true;
    rec.status = kErrored;
    rec.error = err;
    throw err;
  };
  if (pending.length === 0) {
    let r;
    rec.running = true;
    try {
      r = runBody(rec);
    } catch (err) {
      fail(err);
    }
    if (hasTLA(rec)) {
      rec.promise = Promise.resolve(r).then(done, fail);
      rec.status = kEvaluated; // dependents wait on rec.promise
      return rec.promise;
    }
    done();
    return undefined;
  }
  rec.promise = Promise.all(pending).then(() => {
    rec.running = true;
    return runBody(rec);
  }).then(done, fail);
  rec.status = kEvaluated;
  return rec.promise;
}

// import()'s second argument: { with: { type } } (the attributes)
function importOptions(options) {
  if (options === undefined) return kNoAttributes;
  if (options === null || typeof options !== 'object') {
    throw new (errors().ERR_INVALID_ARG_TYPE)('options', 'object', options);
  }
  const attrs = options.with;
  if (attrs === undefined) return kNoAttributes;
  if (attrs === null || typeof attrs !== 'object') {
    throw new (errors().ERR_INVALID_ARG_TYPE)('options.with', 'object', attrs);
  }
  const request = { type: null };
  for (const key of Object.keys(attrs)) {
    const value = attrs[key];
    if (typeof value !== 'string') {
      throw new TypeError('Import assertion value must be a string');
    }
    if (key === 'type') request.type = value;
    else if (request.otherKey === undefined) {
      request.otherKey = key;
      request.otherValue = value;
    }
  }
  return request;
}

// import(): always a promise, settled after the graph evaluated
function importDynamic(specifier, options, parentURL) {
  if (hookState.async.length > 0) {
    return new Promise((resolvePromise) => {
      const request = importOptions(options);
      resolvePromise(afterAsyncHooks(`${specifier}`, parentURL, request, () => importNow(specifier, options, parentURL)));
    });
  }
  return importNow(specifier, options, parentURL);
}

function importNow(specifier, options, parentURL) {
  return new Promise((resolvePromise, reject) => {
    try {
      const request = importOptions(options);
      const rec = loadRecord(resolveRequest(`${specifier}`, parentURL, request), request);
      link(rec);
      const p = evaluate(rec);
      if (p === undefined) resolvePromise(rec.namespace());
      else p.then(() => resolvePromise(rec.namespace()), reject);
    } catch (err) {
      reject(err);
    }
  });
}

// The main entry point: `nodus file.mjs`. As in Node, it runs in a promise
// job, so the promise reactions it queues run before its process.nextTick
// callbacks.
function runEntryPoint(filename, format) {
  const { queueMicrotask } = require('internal/process/task_queues');
  queueMicrotask(() => {
    // --input-type is for -e / stdin code, never a file
    if (require('internal/options').getOptionValue('--input-type')) {
      throw new (errors().ERR_INPUT_TYPE_NOT_ALLOWED)();
    }
    const url = pathToFileHref(filename);
    if (format === 'module' && !filename.endsWith('.mjs') && getPackageType(filename) === 'none') {
      warnTypeless(url, filename);
    }
    if (hookState.async.length > 0) {
      afterAsyncHooks(url, undefined, kNoAttributes, () => {
        runMainRecord(loadRecord(resolveRequest(url, undefined), kNoAttributes));
      }).catch((err) => process.nextTick(() => { throw err; }));
      return;
    }
    runMainRecord(loadRecord(url, kNoAttributes, format));
  });
}

// -e / stdin code run as a module (--input-type=module, or detected): the
// module is file:///<cwd>/[eval1]
function evalModule(source, t) {
  if (hookState.async.length > 0) {
    evalModuleAfterHooks(source, t);
    return;
  }
  const url = pathToFileHref(path.join(process.cwd(), '[eval1]'));
  const rec = sourceRecord(url, source, t);
  registry.set(url, rec);
  const reqs = rec.t.requests;
  for (let i = 0; i < reqs.length; i++) {
    rec.deps.push(loadRecord(resolveRequest(reqs[i].specifier, url, reqs[i]), reqs[i], undefined, reqs[i].source !== true));
  }
  runMainRecord(rec);
}

// -e code as a module once the asynchronous hooks answered for its imports
async function evalModuleAfterHooks(source, t) {
  try {
    const url = pathToFileHref(path.join(process.cwd(), '[eval1]'));
    const reqs = (t ?? transformForHooks(source)).requests ?? [];
    const { prepareImport } = require('internal/modules/loader_hooks');
    for (const r of reqs) await prepareImport(r.specifier, url, r);
    const rec = sourceRecord(url, source, t);
    registry.set(url, rec);
    for (let i = 0; i < reqs.length; i++) {
      rec.deps.push(loadRecord(resolveRequest(reqs[i].specifier, url, reqs[i]), reqs[i], undefined, reqs[i].source !== true));
    }
    runMainRecord(rec);
  } catch (err) {
    process.nextTick(() => { throw err; });
  }
}

function runMainRecord(rec) {
  rec.isMain = true;
  link(rec);
  const p = evaluate(rec);
  if (p === undefined) return;
  let settled = false;
  p.then(() => { settled = true; }, (err) => {
    settled = true;
    process.nextTick(() => { throw err; });
  });
  // Node: a main graph whose top-level await never settles exits with 13
  // (unless the program set a code) and names the await (the first one of a
  // module still waiting); 'exit' listeners see that code
  require('internal/bootstrap/node').addLoopEndCheck(() => {
    if (settled || process.exitCode !== undefined) return;
    process.exitCode = 13;
    let stuck = rec;
    for (const r of registry.values()) {
      if (r.kind === 'source' && r.t.hasTLA && r.running && !r.settled) stuck = r;
    }
    let where = stuck.url;
    if (hasTLA(stuck)) {
      const text = stuck.source.split(/\r\n|[\n\r\u2028\u2029]/)[stuck.t.tlaLine - 1];
      where = `${stuck.url}:${stuck.t.tlaLine}\n${text}\n${' '.repeat(stuck.t.tlaColumn)}^\n\n\n`;
    }
    // a warning: --no-warnings silences it, as in Node (the exit code stays)
    if (require('internal/options').getOptionValue('--warnings') !== false) {
      process.stderr.write(`Warning: Detected unsettled top-level await at ${where}\n`);
    }
  });
}


// --- require(esm) ---

function asyncGraph(rec, seen = new Set()) {
  if (seen.has(rec) || (rec.kind !== 'source' && rec.kind !== 'wasm')) return false;
  seen.add(rec);
  if (hasTLA(rec)) return true;
  for (let i = 0; i < rec.deps.length; i++) {
    if (!isSourceRequest(rec, i) && asyncGraph(rec.deps[i], seen)) return true;
  }
  return false;
}

function requireStack(parent) {
  const { getModuleParent } = require('internal/modules/helpers');
  const out = [];
  for (let m = parent; m != null && out.length < 100; m = getModuleParent(m)) {
    if (m.filename) out.push(m.filename);
  }
  return out;
}

// What require() returns for an ES module: its namespace, or the value of
// its 'module.exports' export; a namespace with a default export and no
// __esModule export gains __esModule: true (for transpiled importers).
function requireResult(rec) {
  const e = rec.exportsObject;
  if (Object.prototype.hasOwnProperty.call(e, 'module.exports')) return rec.namespace()['module.exports'];
  if (!Object.prototype.hasOwnProperty.call(e, 'default') ||
      Object.prototype.hasOwnProperty.call(e, '__esModule')) return rec.namespace();
  if (rec.requireNs === undefined) {
    const names = [...Object.keys(e), '__esModule'];
    const view = createExportsObject(names, (n) => (n === '__esModule' ? true : e[n]));
    rec.listeners.push(() => {
      for (const n of names) if (n !== '__esModule' && view[n] !== e[n]) view[n] = e[n];
    });
    rec.requireNs = createNamespace(view);
  }
  return rec.requireNs;
}

// require() of the ES module at filename from the CommonJS module parent.
function requireESM(filename, parent, format, hookedURL, loaded) {
  const url = hookedURL ?? pathToFileHref(filename);
  let rec = registry.get(url);
  if (rec !== undefined && rec.status === kEvaluating) {
    throw new (errors().ERR_REQUIRE_CYCLE_MODULE)(`Cannot require() ES Module ${filename} in a cycle.` +
      `${parent?.filename ? ` (from ${parent.filename})` : ''} A cycle involving require(esm) is not ` +
      'allowed to maintain invariants mandated by the ECMAScript specification. Try making at least ' +
      'part of the dependency in the graph lazily loaded.');
  }
  if (rec === undefined && loaded !== undefined) {
    rec = recordFromHooks(url, kNoAttributes, loaded);
    registry.set(url, rec);
    loadDeps(rec);
  }
  if (rec === undefined) rec = loadRecord(url, kNoAttributes, format);
  if (rec.kind !== 'source') return requireResultOther(rec);
  checkRequireCycle(rec);
  link(rec);
  if (asyncGraph(rec)) {
    throw new (errors().ERR_REQUIRE_ASYNC_MODULE)(filename, requireStack(parent));
  }
  requireDepth++;
  try {
    evaluate(rec);
  } finally {
    requireDepth--;
  }
  return requireResult(rec);
}

let requireDepth = 0; // require(esm) evaluations under way

function cycleError(message) {
  return new (errors().ERR_REQUIRE_CYCLE_MODULE)(`${message} A cycle involving require(esm) is not ` +
    'allowed to maintain invariants mandated by the ECMAScript specification. Try making at least ' +
    'part of the dependency in the graph lazily loaded.');
}

// A graph require() runs must not import a module that is still running.
function checkRequireCycle(root, seen = new Set()) {
  if (seen.has(root) || root.kind !== 'source') return;
  seen.add(root);
  for (let i = 0; i < root.deps.length; i++) {
    const dep = root.deps[i];
    if (isSourceRequest(root, i)) continue;
    if (dep.status === kEvaluating) {
      throw cycleError(`Cannot import Module ${root.t.requests[i].specifier} in a cycle. (from ${root.filename ?? root.url})`);
    }
    checkRequireCycle(dep, seen);
  }
}

function requireResultOther(rec) {
  link(rec);
  evaluate(rec);
  return rec.exportsObject.default;
}

// --- import() in CommonJS and script code ---

const importCallRegEx = /\bimport\s*\(/;

// Code whose import() calls go to the function named in .name (same
// width, so lines and columns hold), or undefined when it makes none.
function rewriteDynamicImports(code) {
  if (!importCallRegEx.test(code)) return undefined;
  const at = cjsScan(code).imports;
  if (at.length === 0) return undefined;
  let name = '$nd_i';
  for (let i = 0; code.includes(name) && i < 10; i++) name = `$n${i}_i`;
  if (code.includes(name)) return undefined;
  let out = '';
  let last = 0;
  for (const i of at) {
    out += `${code.slice(last, i)}${name} `;
    last = i + 6;
  }
  return { code: out + code.slice(last), name };
}

function importFunction(referrerURL) {
  return function importModule(specifier, options) {
    return importDynamic(specifier, options, referrerURL);
  };
}

// Syntax detection for .js with no package type (Node 22.7+): the transform
// result when source must be an ES module, else undefined. cjsError: the
// error compiling it as CommonJS gave; redeclaring a CommonJS wrapper
// variable (const require = ...) also makes a module, as in Node.
const wrapperRedeclaredRegEx = /twice: '(?:require|module|exports|__filename|__dirname)'|'(?:require|module|exports|__filename|__dirname)' has already been declared/;
function detectModule(source, cjsError) {
  const t = transform(source);
  if (hasModuleSyntax(t)) return t;
  if (t.error === undefined && cjsError !== undefined && wrapperRedeclaredRegEx.test(cjsError.message)) return t;
  return undefined;
}

// --- customization hooks (customization_hooks.js): resolve and load ---

function transformForHooks(text) {
  return transform(text.startsWith('#!') ? `//${text.slice(2)}` : text);
}

// module.register() hooks run before the loader, asynchronously
// (loader_hooks.js): fn runs once they answered for the whole graph.
function afterAsyncHooks(specifier, parentURL, request, fn) {
  if (hookState.async.length === 0) return fn();
  return require('internal/modules/loader_hooks').prepareImport(specifier, parentURL, request).then(fn);
}

function resolveRequest(specifier, parentURL, request) {
  if (hookState.active) return hooks().resolveImport(specifier, parentURL, request);
  return resolve(specifier, parentURL);
}

function bytesOf(source) {
  const { Buffer } = require('buffer');
  if (typeof source === 'string') return Buffer.from(source, 'utf8');
  if (!ArrayBuffer.isView(source)) return Buffer.from(new Uint8Array(source)); // (Shared)ArrayBuffer
  return Buffer.from(source.buffer, source.byteOffset, source.byteLength);
}

function textOf(source) {
  return typeof source === 'string' ? source : bytesOf(source).toString('utf8');
}

// The default load step: the format (found as the loader finds it when the
// resolve step gave none) and the source bytes.
function defaultLoadForHooks(url, format) {
  if (url.startsWith('data:')) {
    const { mime, bytes } = parseDataURL(url);
    const f = { 'text/javascript': 'module', 'application/json': 'json', 'application/wasm': 'wasm' }[mime];
    if (format == null && f === undefined) throw new (errors().ERR_UNKNOWN_MODULE_FORMAT)(mime, url);
    return { format: format ?? f, source: bytes };
  }
  if (!url.startsWith('file:')) {
    const err = new (errors().ERR_UNSUPPORTED_ESM_URL_SCHEME)(url);
    throw err;
  }
  const filename = urlToPath(url.replace(/[?#].*$/s, ''));
  const bytes = require('fs').readFileSync(filename);
  if (format == null) {
    const f = fileFormat(filename);
    if (f !== 'detect' && !(f === 'module' && path.extname(filename) === '' && wasm().isWasm(bytes))) {
      format = f;
    } else if (path.extname(filename) === '' && wasm().isWasm(bytes)) {
      format = 'wasm';
    } else {
      const text = bytes.toString('utf8');
      format = hasModuleSyntax(transform(text.startsWith('#!') ? `//${text.slice(2)}` : text)) ? 'module' : 'commonjs';
    }
  }
  return { format, source: bytes };
}

// A record made from what the load hooks gave.
function recordFromHooks(url, request, loaded = hooks().loadImport(url, request)) {
  const { format, source } = loaded;
  const filename = url.startsWith('file:') ? urlToPath(url.replace(/[?#].*$/s, '')) : undefined;
  switch (format) {
    case 'builtin': {
      if (builtins.normalizeRequirableId(url) === undefined) throw new (errors().ERR_UNKNOWN_BUILTIN_MODULE)(url);
      return loadBuiltin(url);
    }
    case 'module':
      return sourceRecord(url, textOf(source), undefined, filename);
    case 'commonjs': {
      const rec = source == null && filename !== undefined
        ? loadCommonJS(url, filename) : loadCommonJS(url, filename ?? url, textOf(source));
      if (source != null) rec.hookSource = textOf(source);
      return rec;
    }
    case 'json':
      return loadJSON(url, textOf(source), filename);
    case 'wasm':
      return loadWasm(url, bytesOf(source), filename);
    default:
      throw new (errors().ERR_UNKNOWN_MODULE_FORMAT)(format, url);
  }
}

// A CommonJS module whose source a load hook gave: compiled from that
// source, cached as require() caches it.
function runHookedCommonJS(rec) {
  const { Module } = require('internal/modules/cjs/loader');
  const filename = rec.filename;
  const cached = Module._cache[filename];
  if (cached !== undefined) return cached.exports;
  const module = new Module(filename, null);
  module.filename = filename;
  module.paths = filename.startsWith('/') ? Module._nodeModulePaths(path.dirname(filename)) : [];
  Module._cache[filename] = module;
  let ok = false;
  try {
    module._compile(rec.hookSource, filename, 'commonjs');
    module.loaded = true;
    ok = true;
  } finally {
    if (!ok) delete Module._cache[filename];
  }
  return module.exports;
}

module.exports = {
  defaultLoadForHooks, recordFromHooks, resolveRequest, link, evaluate, registry, runMainRecord, loadRecord,
  transformForHooks,
  runEntryPoint, evalModule, importDynamic, requireESM, rewriteDynamicImports,
  importFunction, detectModule,
};
