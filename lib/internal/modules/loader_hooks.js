'use strict';
// module.register() and --experimental-loader / --import: asynchronous
// initialize, resolve and load hooks, run on the main thread (see
// customization_hooks.js for why and README-hooks.md for what differs from
// Node's hooks thread).

const hooks = require('internal/modules/customization_hooks');
const { state, prepared, preloaded, requestKey, attributesOf } = hooks;

let codes;
function errors() {
  if (codes === undefined) codes = require('internal/errors').codes;
  return codes;
}

function esm() {
  return require('internal/modules/esm/loader');
}

const initializing = []; // initialize() promises still pending

function isURLObject(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string';
}

// register(specifier[, parentURL][, options])
function register(specifier, parentURL = undefined, options) {
  if (parentURL != null && typeof parentURL === 'object' && !isURLObject(parentURL)) {
    options = parentURL;
    parentURL = options.parentURL;
  }
  if (typeof specifier !== 'string' && !isURLObject(specifier)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('specifier', ['string', 'URL'], specifier);
  }
  if (parentURL === undefined) parentURL = 'data:';
  if (typeof parentURL !== 'string' && !isURLObject(parentURL)) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('parentURL', ['string', 'URL'], parentURL);
  }
  const url = esm().resolveRequest(`${specifier}`, `${parentURL}`);
  const ns = importNow(url);
  const entry = { url, resolve: undefined, load: undefined };
  if (typeof ns.globalPreload === 'function' && typeof ns.initialize !== 'function') {
    process.emitWarning('`globalPreload` has been removed; use `initialize` instead.', 'UnsupportedWarning');
  }
  if (typeof ns.resolve === 'function') entry.resolve = ns.resolve;
  if (typeof ns.load === 'function') entry.load = ns.load;
  state.async.push(entry);
  state.active = true;
  if (typeof ns.initialize !== 'function') return undefined;
  const result = ns.initialize(options?.data);
  if (result != null && typeof result.then === 'function') {
    // Node blocks until it settles; here the next import waits for it
    const p = Promise.resolve(result);
    initializing.push(p);
    p.then(() => {
      const i = initializing.indexOf(p);
      if (i !== -1) initializing.splice(i, 1);
    }, () => {});
    return undefined;
  }
  return result;
}

// A hooks module, loaded and run now (the loader is synchronous).
function importNow(url) {
  const loader = esm();
  let rec = loader.registry.get(url);
  if (rec === undefined) rec = loader.loadRecord(url);
  loader.link(rec);
  const p = loader.evaluate(rec);
  if (p !== undefined) {
    throw new (errors().ERR_NOT_IMPLEMENTED)(`top-level await in the hooks module ${url}`);
  }
  return rec.namespace();
}

// --- the asynchronous chains ---

function checkObject(result, id) {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) {
    throw new (errors().ERR_INVALID_RETURN_VALUE)('an object', id, result);
  }
}

// Runs the hooks named name, newest first, ending with defaultStep. Each
// hook gets (arg, context, next); next(arg, context?) merges the context.
// Errors name the hook as Node does: "<loader URL> 'resolve' hook's
// nextResolve()".
async function runChain(name, arg, context, defaultStep) {
  const list = state.async.filter((e) => e[name] !== undefined);
  const nextName = name === 'resolve' ? 'nextResolve' : 'nextLoad';
  const step = (i, ctxNow) => {
    if (i < 0) return (a, ctx) => defaultStep(a, ctx ?? ctxNow);
    const entry = list[i];
    const id = `${entry.url} '${name}' hook's ${nextName}()`;
    return async (a, merged) => {
      let called = false;
      const holder = {
        async [nextName](a2, ctx2) {
          validateNextArgs(name, id, a2, ctx2);
          called = true;
          const ctx = ctx2 === undefined ? merged : { ...merged, ...ctx2 };
          return step(i - 1, ctx)(a2, ctx);
        },
      };
      // hooks are called as plain functions (this undefined)
      const result = await Reflect.apply(entry[name], undefined, [a, merged, holder[nextName]]);
      checkObject(result, id);
      if (!called && result.shortCircuit !== true) {
        throw new (errors().ERR_LOADER_CHAIN_INCOMPLETE)(`${entry.url} '${name}'`);
      }
      return result;
    };
  };
  const result = await step(list.length - 1, context)(arg, context);
  return { result, id: list.length > 0 ? `${list[list.length - 1].url} '${name}' hook's ${nextName}()` : name };
}

function validateNextArgs(name, id, arg, ctx) {
  if (typeof arg !== 'string') {
    throw new (errors().ERR_INVALID_ARG_TYPE)(`${id} ${name === 'resolve' ? 'specifier' : 'url'}`, 'string', arg);
  }
  if (name === 'load' && !URL.canParse(arg)) {
    throw new (errors().ERR_INVALID_ARG_VALUE)(`${id} url`, arg, 'should be a URL string');
  }
  if (ctx !== undefined && (ctx === null || typeof ctx !== 'object')) {
    throw new (errors().ERR_INVALID_ARG_TYPE)(`${id} context`, 'object', ctx);
  }
}

function isBinary(v) {
  return ArrayBuffer.isView(v) || v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

function esmConditions() {
  return [...require('internal/modules/conditions').getEsmConditions()];
}

async function resolveAsync(specifier, parentURL, request) {
  const context = { conditions: esmConditions(), importAttributes: attributesOf(request), parentURL };
  const { result, id } = await runChain('resolve', specifier, context, (s, ctx) => {
    // the synchronous hooks (registerHooks), then Node's resolution
    const r = hooks.resolveSync(s, { ...ctx }, hooks.esmDefaultResolve);
    return { url: r.url, format: r.format };
  });
  const { url, format } = result;
  if (typeof url !== 'string') {
    throw new (errors().ERR_INVALID_RETURN_PROPERTY_VALUE)('a URL string', id, 'url', url);
  }
  try {
    new (require('internal/url').URL)(url); // eslint-disable-line no-new
  } catch {
    throw new (errors().ERR_INVALID_RETURN_PROPERTY_VALUE)('a URL string', id, 'url', url);
  }
  if (format != null && typeof format !== 'string') {
    throw new (errors().ERR_INVALID_RETURN_PROPERTY_VALUE)('a string', id, 'format', format);
  }
  return { url, format };
}

async function loadAsync(url, format, request) {
  const context = { conditions: esmConditions(), format, importAttributes: attributesOf(request) };
  const { result, id } = await runChain('load', url, context, (u, ctx) => {
    const r = hooks.loadSync(u, { ...ctx }, hooks.esmDefaultLoad);
    return { format: r.format, source: r.source };
  });
  const { source } = result;
  if (typeof result.format !== 'string' && result.format != null) {
    throw new (errors().ERR_INVALID_RETURN_PROPERTY_VALUE)('a string', id, 'format', result.format);
  }
  const fmt = result.format ?? undefined;
  if (source != null && typeof source !== 'string' && !isBinary(source)) {
    throw new (errors().ERR_INVALID_RETURN_PROPERTY_VALUE)('a string, an ArrayBuffer, or a TypedArray',
      id, 'source', source);
  }
  if (fmt === undefined) throw new (errors().ERR_UNKNOWN_MODULE_FORMAT)(fmt, url);
  if (source == null && fmt !== 'builtin' && fmt !== 'commonjs') {
    throw new (errors().ERR_INVALID_RETURN_PROPERTY_VALUE)('a string, an ArrayBuffer, or a TypedArray',
      id, 'source', source);
  }
  return { format: fmt, source };
}

// Walks the graph import of specifier from parentURL loads through the
// asynchronous hooks; the loader then reads the answers (resolveImport,
// loadImport in customization_hooks.js).
async function prepareImport(specifier, parentURL, request, seen = new Set()) {
  while (initializing.length > 0) await initializing[0];
  const r = await resolveAsync(specifier, parentURL, request);
  prepared.set(requestKey(specifier, parentURL, request), r);
  const loader = esm();
  if (loader.registry.has(r.url) || seen.has(r.url)) return r.url;
  seen.add(r.url);
  const loaded = await loadAsync(r.url, r.format ?? (r.url.startsWith('node:') ? undefined : null), request);
  preloaded.set(r.url, loaded);
  if (loaded.format === 'module') {
    const text = typeof loaded.source === 'string' ? loaded.source
      : new (require('internal/encoding').TextDecoder)().decode(loaded.source);
    const t = loader.transformForHooks(text);
    if (t.error === undefined) {
      for (const req of t.requests) await prepareImport(req.specifier, r.url, req, seen);
    }
  }
  return r.url;
}

// --experimental-loader and --import, before the main entry point runs.
async function runPreloads(loaders, imports) {
  const { pathToFileHref } = require('internal/modules/url_path');
  const base = pathToFileHref(`${process.cwd()}/`);
  for (const spec of loaders) {
    process.emitWarning('`--experimental-loader` may be removed in the future; instead use `register()`:\n' +
      `--import 'data:text/javascript,import { register } from "node:module"; import { pathToFileURL } ` +
      `from "node:url"; register(${JSON.stringify(spec)}, pathToFileURL("./"));'`, 'ExperimentalWarning');
    // earlier loaders resolve and load later ones
    if (state.async.length > 0) await prepareImport(spec, base, undefined);
    register(spec, base);
  }
  for (const spec of imports) await esm().importDynamic(spec, undefined, base);
}

module.exports = { register, prepareImport, runPreloads };
