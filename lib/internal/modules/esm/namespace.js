'use strict';
// Module namespace objects. A module's exports object is a sealed
// null-prototype object whose keys are its export names, sorted, with
// Symbol.toStringTag 'Module'; the module's code writes current values into
// it. The namespace users see is a Proxy over that object giving the
// spec's exotic behaviour (read-only to users, TDZ reads throw).

const poisons = new WeakSet();

// What an exported let/const/class holds before its declaration runs: any
// use of it (call, property access, `new`) throws the engine's TDZ error.
function makePoison(name) {
  const fail = () => {
    throw new ReferenceError(`Cannot access '${name}' before initialization`);
  };
  const p = new Proxy(function uninitialized() {}, {
    get: fail, set: fail, has: fail, apply: fail, construct: fail, ownKeys: fail,
    getOwnPropertyDescriptor: fail, defineProperty: fail, deleteProperty: fail,
    getPrototypeOf: fail, setPrototypeOf: fail,
  });
  poisons.add(p);
  return p;
}

function isPoison(v) {
  return typeof v === 'function' && poisons.has(v);
}

function compareNames(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

const exportsObjects = new WeakSet();

function isExportsObject(v) {
  return exportsObjects.has(v);
}

// names: export names; initial(name) gives each one's first value.
// deferred(name): the initial value of that export is read on first use (a
// built-in's lazy getter, such as fs.ReadStream, whose module then loads only
// if someone uses it); the binding then settles as a plain one.
function createExportsObject(names, initial, deferred) {
  const sorted = [...names].sort(compareNames);
  const target = { __proto__: null };
  for (let i = 0; i < sorted.length; i++) {
    const name = sorted[i];
    if (deferred !== undefined && deferred(name)) {
      Object.defineProperty(target, name, {
        get() {
          const value = initial(name);
          Object.defineProperty(target, name, {
            value, writable: true, enumerable: true, configurable: false,
          });
          return value;
        },
        set(value) {
          Object.defineProperty(target, name, {
            value, writable: true, enumerable: true, configurable: false,
          });
        },
        enumerable: true,
        configurable: true,
      });
      continue;
    }
    Object.defineProperty(target, name, {
      value: initial(name), writable: true, enumerable: true, configurable: false,
    });
  }
  Object.defineProperty(target, Symbol.toStringTag, { value: 'Module' });
  Object.preventExtensions(target);
  exportsObjects.add(target);
  return target;
}

const hasOwn = Object.prototype.hasOwnProperty;

function read(target, key) {
  const v = target[key];
  if (isPoison(v)) throw new ReferenceError(`Cannot access '${key}' before initialization`);
  return v;
}

const handler = {
  get(target, key) {
    if (typeof key === 'symbol') return target[key];
    if (!hasOwn.call(target, key)) return undefined;
    return read(target, key);
  },
  set() { return false; },
  defineProperty(target, key, desc) {
    if (typeof key === 'symbol') return Reflect.defineProperty(target, key, desc);
    const cur = handler.getOwnPropertyDescriptor(target, key);
    if (cur === undefined) return false;
    if (desc.configurable === true || desc.enumerable === false || desc.writable === false ||
        'get' in desc || 'set' in desc) return false;
    return !('value' in desc) || Object.is(desc.value, cur.value);
  },
  deleteProperty(target, key) {
    if (typeof key === 'symbol') return Reflect.deleteProperty(target, key);
    return !hasOwn.call(target, key);
  },
  getOwnPropertyDescriptor(target, key) {
    if (typeof key === 'symbol') return Reflect.getOwnPropertyDescriptor(target, key);
    if (!hasOwn.call(target, key)) return undefined;
    return { value: read(target, key), writable: true, enumerable: true, configurable: false };
  },
  has(target, key) { return key in target; },
  ownKeys(target) { return Reflect.ownKeys(target); },
  getPrototypeOf() { return null; },
  setPrototypeOf(target, proto) { return proto === null; },
  isExtensible() { return false; },
  preventExtensions() { return true; },
};

const namespaces = new WeakMap(); // namespace -> its exports object

function createNamespace(exportsObject) {
  const ns = new Proxy(exportsObject, handler);
  namespaces.set(ns, exportsObject);
  return ns;
}

function isModuleNamespaceObject(v) {
  return typeof v === 'object' && v !== null && namespaces.has(v);
}

// the exports object behind a namespace (for util.inspect), else undefined;
// deferred bindings are settled first, so that it shows values
function namespaceTarget(v) {
  const target = typeof v === 'object' && v !== null ? namespaces.get(v) : undefined;
  if (target !== undefined) {
    for (const key of Object.keys(target)) {
      if (Object.getOwnPropertyDescriptor(target, key).get !== undefined) {
        try {
          read(target, key);
        } catch {
          // a binding still in its dead zone stays as it is
        }
      }
    }
  }
  return target;
}

module.exports = { makePoison, isPoison, createExportsObject, createNamespace,
  isModuleNamespaceObject, isExportsObject, namespaceTarget };
