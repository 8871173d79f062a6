'use strict';
// The builtin loader: lib/<id>.js compiled from the binary, one module object
// each, loaded on first require. C runs this file first, with internalBinding;
// what it returns (the node bootstrap's exports) are the hooks C calls.

const { compile, exists, ids, publicIds, ran } = internalBinding('builtins');

const cache = new Map();

// process exists before any module loads (each receives it as a parameter);
// the node bootstrap gives it its prototype and properties.
Object.defineProperty(globalThis, 'process', {
  value: {}, writable: true, configurable: true, enumerable: false,
});

// what has loaded, in order: process.moduleLoadList (the node bootstrap
// puts it on process, after the identity properties, as Node orders them)
const moduleLoadList = [];
const bindingsLoaded = new Set(['builtins']);
moduleLoadList.push('Internal Binding builtins');
function trackedBinding(name) {
  if (!bindingsLoaded.has(name)) {
    bindingsLoaded.add(name);
    moduleLoadList.push(`Internal Binding ${name}`);
  }
  return internalBinding(name);
}

// A built-in's module record. Made by a function rather than a class: the
// engine's bytecode cache holds no constructor code, so each class a start
// instantiates would be compiled from source at its first `new`.
function builtinModule(id) {
  return { id, filename: `node:${id}`, exports: {}, loaded: false, loading: false };
}

function canBeRequiredByUsers(id) {
  return !id.startsWith('internal/') && exists(id);
}

function requireBuiltin(id) {
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  const fn = compile(id);
  if (fn === undefined) throw new Error(`No such built-in module: ${id}`);
  const mod = builtinModule(id);
  cache.set(id, mod);
  moduleLoadList.push(`NativeModule ${id}`);
  mod.loading = true;
  try {
    fn.call(undefined, mod.exports, requireBuiltin, mod, globalThis.process, trackedBinding);
  } catch (err) {
    cache.delete(id);
    throw err;
  }
  mod.loading = false;
  mod.loaded = true;
  ran(id);
  return mod.exports;
}

requireBuiltin.exists = exists;
requireBuiltin.ids = ids;
requireBuiltin.publicIds = publicIds;
requireBuiltin.canBeRequiredByUsers = canBeRequiredByUsers;
requireBuiltin.cache = cache;
requireBuiltin.moduleLoadList = moduleLoadList;

return requireBuiltin('internal/bootstrap/node');
