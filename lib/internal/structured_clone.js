'use strict';
// structuredClone(value[, { transfer }]): the HTML structured clone of the
// value kinds this runtime has (primitives, wrappers, Date, RegExp, buffers
// and views, Map, Set, Error, arrays, plain data objects), cycles kept;
// everything else is a DataCloneError, as in Node. Transfer moves
// ArrayBuffers (the original is detached).

const { codes } = require('internal/errors');
const types = require('internal/util/types');

let DOMException;
function dataCloneError(message) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, 'DataCloneError');
}

// How V8 names a value it cannot clone: source text for functions, the
// description for symbols, #<Ctor> for objects.
function describe(value) {
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (typeof value === 'symbol') return value.toString();
  let name = 'Object';
  try {
    const ctor = Object.getPrototypeOf(value)?.constructor;
    if (typeof ctor === 'function' && ctor.name) name = ctor.name;
  } catch {
    // a throwing getter keeps the generic name
  }
  return `#<${name}>`;
}

const kErrorCtors = new Map([
  ['Error', Error], ['EvalError', EvalError], ['RangeError', RangeError],
  ['ReferenceError', ReferenceError], ['SyntaxError', SyntaxError], ['TypeError', TypeError],
  ['URIError', URIError],
]);

function cloneError(value, memory, clone) {
  let name = 'Error';
  try {
    const n = value.name;
    if (kErrorCtors.has(n)) name = n;
  } catch {
    // the spec reads name once; a throwing getter leaves Error
  }
  const out = Object.create(kErrorCtors.get(name).prototype);
  memory.set(value, out);
  // the stack may live on an accessor here rather than as an own property
  let stack;
  try {
    stack = value.stack;
  } catch {
    // no stack then
  }
  const msg = Object.getOwnPropertyDescriptor(value, 'message');
  if (typeof stack === 'string') {
    Object.defineProperty(out, 'stack', { value: stack, writable: true, configurable: true });
  }
  if (msg && 'value' in msg) {
    Object.defineProperty(out, 'message', {
      value: String(msg.value), writable: true, configurable: true,
    });
  }
  if (Object.hasOwn(value, 'cause')) {
    Object.defineProperty(out, 'cause', {
      value: clone(value.cause), writable: true, configurable: true,
    });
  }
  return out;
}

function cloneBuffer(buf) {
  if (buf.resizable) {
    const out = new ArrayBuffer(buf.byteLength, { maxByteLength: buf.maxByteLength });
    new Uint8Array(out).set(new Uint8Array(buf));
    return out;
  }
  return buf.slice(0);
}

function structuredCloneInternal(value, transferred) {
  const memory = new Map(transferred);

  function clone(v) {
    if (typeof v === 'symbol' || typeof v === 'function') throw dataCloneError(`${describe(v)} could not be cloned.`);
    if (v === null || typeof v !== 'object') return v;
    const seen = memory.get(v);
    if (seen !== undefined) return seen;
    if (types.isProxy(v)) throw dataCloneError(`${describe(v)} could not be cloned.`);

    let out;
    if (types.isBoxedPrimitive(v)) {
      if (types.isSymbolObject(v)) throw dataCloneError(`${describe(v)} could not be cloned.`);
      out = Object(v.valueOf());
    } else if (types.isDate(v)) {
      out = new Date(v.getTime());
    } else if (types.isRegExp(v)) {
      out = new RegExp(v.source, v.flags);
    } else if (types.isSharedArrayBuffer(v)) {
      // shared memory stays shared
      out = v;
    } else if (types.isArrayBuffer(v)) {
      if (v.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      out = cloneBuffer(v);
    } else if (types.isArrayBufferView(v)) {
      const buf = clone(v.buffer);
      // the engine's own view kinds only: a Buffer clones to a Uint8Array
      out = types.isDataView(v) ? new DataView(buf, v.byteOffset, v.byteLength) :
        new globalThis[v[Symbol.toStringTag]](buf, v.byteOffset, v.length);
    } else if (types.isMap(v)) {
      out = new Map();
      memory.set(v, out);
      for (const [k, val] of [...v]) out.set(clone(k), clone(val));
      return out;
    } else if (types.isSet(v)) {
      out = new Set();
      memory.set(v, out);
      for (const k of [...v]) out.add(clone(k));
      return out;
    } else if (types.isNativeError(v)) {
      return cloneError(v, memory, clone);
    } else if (Array.isArray(v)) {
      out = new Array(v.length);
      memory.set(v, out);
      for (const key of Object.keys(v)) out[key] = clone(v[key]);
      return out;
    } else if (types.isWeakMap(v) || types.isWeakSet(v) || types.isPromise(v) ||
               v instanceof WeakRef || v instanceof FinalizationRegistry ||
               types.isGeneratorObject(v) || types.isMapIterator(v) || types.isSetIterator(v) ||
               types.isModuleNamespaceObject(v)) {
      throw dataCloneError(`${describe(v)} could not be cloned.`);
    } else {
      out = {};
      memory.set(v, out);
      for (const key of Object.keys(v)) {
        // a getter may delete later keys: the spec skips what is gone
        if (!Object.hasOwn(v, key)) continue;
        out[key] = clone(v[key]);
      }
      return out;
    }
    memory.set(v, out);
    return out;
  }

  return clone(value);
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    throw new codes.ERR_MISSING_ARGS('The value argument must be specified');
  }
  let transfer = [];
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw invalidOptions('Options cannot be converted to a dictionary');
    }
    if (options.transfer !== undefined) {
      if (options.transfer === null || typeof options.transfer !== 'object' ||
          typeof options.transfer[Symbol.iterator] !== 'function') {
        throw invalidOptions('transfer in Options cannot be converted to sequence.');
      }
      transfer = [...options.transfer];
      for (let i = 0; i < transfer.length; i++) {
        const t = transfer[i];
        if (t === null || (typeof t !== 'object' && typeof t !== 'function')) {
          throw invalidOptions(`transfer in Options[${i}] is not an object.`);
        }
      }
    }
  }
  // A transferred buffer's clone is a copy made up front; the original is
  // detached once the whole clone has succeeded (not observable as a copy).
  const seeds = [];
  for (let i = 0; i < transfer.length; i++) {
    const t = transfer[i];
    if (!types.isArrayBuffer(t)) throw dataCloneError('Value not transferable');
    if (seeds.some(([b]) => b === t)) {
      throw dataCloneError(`ArrayBuffer at index ${i} is a duplicate of an earlier ArrayBuffer. ` +
        'Duplicate ArrayBuffers cannot be transferred.');
    }
    if (t.detached) throw dataCloneError(`ArrayBuffer at index ${i} is already detached.`);
    seeds.push([t, cloneBuffer(t)]);
  }
  const result = structuredCloneInternal(value, seeds);
  for (const [t] of seeds) t.transfer();
  return result;
}

function invalidOptions(detail) {
  const err = new codes.ERR_INVALID_ARG_TYPE('options', 'Object', undefined);
  err.message = `Failed to execute 'structuredClone': ${detail}`;
  return err;
}

module.exports = { structuredClone };
