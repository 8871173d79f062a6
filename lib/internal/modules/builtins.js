'use strict';
// Which built-in modules user code can require, and under which names.
// The list comes from the ids embedded in the binary: everything outside
// internal/ is public. A few exist only with the `node:` scheme, as in Node.

const loader = require; // the builtin loader (lib/ modules only)

// Node 26 makes these reachable only as `node:<id>`.
const kSchemeOnly = new Set(['ffi', 'quic', 'sea', 'sqlite', 'test', 'test/reporters']);

let publicIds;
function getPublicIds() {
  if (publicIds === undefined) {
    publicIds = new Set(loader.publicIds().split(','));
  }
  return publicIds;
}

function canBeRequiredWithoutScheme(id) {
  // a path ("/x", "./x") is never an id: answered without the id table
  return typeof id === 'string' && id.charCodeAt(0) !== 47 && id.charCodeAt(0) !== 46 &&
    !kSchemeOnly.has(id) && getPublicIds().has(id);
}

// 'fs' -> 'fs', 'node:fs' -> 'fs', 'node:test' -> 'test'; anything else -> undefined.
function normalizeRequirableId(request) {
  if (typeof request !== 'string') return undefined;
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    return getPublicIds().has(id) ? id : undefined;
  }
  return canBeRequiredWithoutScheme(request) ? request : undefined;
}

function isBuiltin(moduleName) {
  return normalizeRequirableId(moduleName) !== undefined;
}

let builtinModules;
function getBuiltinModules() {
  if (builtinModules === undefined) {
    const plain = [];
    const schemed = [];
    for (const id of getPublicIds()) {
      if (kSchemeOnly.has(id)) schemed.push(`node:${id}`);
      else plain.push(id);
    }
    builtinModules = Object.freeze([...plain.sort(), ...schemed.sort()]);
  }
  return builtinModules;
}

function loadBuiltin(id) {
  return loader(id);
}

module.exports = {
  canBeRequiredWithoutScheme,
  normalizeRequirableId,
  isBuiltin,
  getBuiltinModules,
  loadBuiltin,
};
