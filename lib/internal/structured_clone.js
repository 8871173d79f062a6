'use strict';
// structuredClone: the HTML structured clone algorithm as Node (V8's
// serializer) applies it, done in one walk that builds the copy directly.
// Transferred ArrayBuffers are copied during the walk and detached only
// once it succeeded, so a failing clone leaves them usable, as in Node.

const types = require('internal/util/types');
const { DOMException } = require('internal/per_context/domexception');

let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);

// Platform objects Node refuses to clone (e.g. URL): their modules mark them.
const uncloneable = new WeakSet();
function markUncloneable(obj) {
  uncloneable.add(obj);
}

const hasOwn = Object.prototype.hasOwnProperty;
const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
const regexpSource = getter(RegExp.prototype, 'source');
const regexpFlags = getter(RegExp.prototype, 'flags');
const dateValue = Date.prototype.getTime;
const bufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const bufferResizable = getter(ArrayBuffer.prototype, 'resizable');
const bufferMaxLength = getter(ArrayBuffer.prototype, 'maxByteLength');
const bufferDetached = getter(ArrayBuffer.prototype, 'detached');
const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const taBuffer = getter(typedArrayProto, 'buffer');
const taByteOffset = getter(typedArrayProto, 'byteOffset');
const taByteLength = getter(typedArrayProto, 'byteLength');
const taLength = getter(typedArrayProto, 'length');
const taTag = getter(typedArrayProto, Symbol.toStringTag);
const dvBuffer = getter(DataView.prototype, 'buffer');
const dvByteOffset = getter(DataView.prototype, 'byteOffset');
const dvByteLength = getter(DataView.prototype, 'byteLength');
const mapEntries = Map.prototype.entries;
const setValues = Set.prototype.values;
const numberValue = Number.prototype.valueOf;
const stringValue = String.prototype.valueOf;
const booleanValue = Boolean.prototype.valueOf;
const bigintValue = BigInt.prototype.valueOf;
const domName = getter(DOMException.prototype, 'name');
const domMessage = getter(DOMException.prototype, 'message');

// Objects with internal state V8 cannot serialize, beyond those util.types names.
function brandCheck(fn, value) {
  try {
    fn.call(value);
    return true;
  } catch {
    return false;
  }
}
const isWeakRef = (v) => brandCheck(WeakRef.prototype.deref, v);
const isFinalizationRegistry = (v) => brandCheck(function () {
  FinalizationRegistry.prototype.unregister.call(this, {});
}, v);
// the engine's iterator prototypes (array, string, regexp-string, helpers)
const kUncloneableProtos = new Set([
  Object.getPrototypeOf([][Symbol.iterator]()),
  Object.getPrototypeOf(''[Symbol.iterator]()),
  Object.getPrototypeOf(/a/[Symbol.matchAll]('')),
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())),
]);
// Intl objects are platform objects V8 refuses too
for (const name of Object.getOwnPropertyNames(Intl)) {
  const C = Intl[name];
  if (typeof C === 'function' && C.prototype) kUncloneableProtos.add(C.prototype);
}
if (typeof Iterator === 'function' && typeof Iterator.prototype.map === 'function') {
  kUncloneableProtos.add(Object.getPrototypeOf([].values().map((x) => x)));
}

function dataCloneError(message) {
  return new DOMException(message, 'DataCloneError');
}

// V8's side-effect-free description of a value in "could not be cloned".
function describe(value) {
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (typeof value === 'symbol') return value.toString();
  if (types.isSymbolObject(value)) return '[object Symbol]';
  // the nearest `constructor` data property names the object ...
  for (let o = value; o !== null; o = Object.getPrototypeOf(o)) {
    const desc = Object.getOwnPropertyDescriptor(o, 'constructor');
    if (desc === undefined) continue;
    if ('value' in desc && typeof desc.value === 'function' && desc.value.name) return `#<${desc.value.name}>`;
    break;
  }
  // ... else its toStringTag does
  for (let o = value; o !== null; o = Object.getPrototypeOf(o)) {
    const desc = Object.getOwnPropertyDescriptor(o, Symbol.toStringTag);
    if (desc === undefined) continue;
    if (typeof desc.value === 'string') return `[object ${desc.value}]`;
    break;
  }
  return '#<Object>';
}

function cannotClone(value) {
  return dataCloneError(`${describe(value)} could not be cloned.`);
}

function copyArrayBuffer(ab) {
  if (bufferDetached.call(ab)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
  const len = bufferByteLength.call(ab);
  const copy = bufferResizable.call(ab)
    ? new ArrayBuffer(len, { maxByteLength: bufferMaxLength.call(ab) })
    : new ArrayBuffer(len);
  new Uint8Array(copy).set(new Uint8Array(ab, 0, len));
  return copy;
}

const kErrorProtos = {
  EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

let blobModule;
function blobKind(value) {
  blobModule ??= { Blob: require('internal/blob').Blob, File: require('internal/file').File };
  const { Blob, File } = blobModule;
  // the prototype check first: brand checks throw, which is slow
  if (!(value instanceof Blob) || !brandCheck(getter(Blob.prototype, 'size'), value)) return null;
  return brandCheck(getter(File.prototype, 'name'), value) ? File : Blob;
}

class Cloner {
  constructor(transferred) {
    this.memory = new Map(); // original -> clone: shared references and cycles
    this.transferred = transferred;
  }

  clone(value) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
      if (typeof value === 'symbol') throw cannotClone(value);
      return value;
    }
    const seen = this.memory.get(value);
    if (seen !== undefined) return seen;
    if (typeof value === 'function') throw cannotClone(value);
    return this.cloneObject(value);
  }

  remember(value, copy) {
    this.memory.set(value, copy);
    return copy;
  }

  cloneObject(value) {
    if (types.isProxy(value)) throw cannotClone({});
    if (uncloneable.has(value)) throw dataCloneError('Cannot clone object of unsupported type.');
    if (Array.isArray(value)) {
      const copy = this.remember(value, new Array(value.length));
      this.copyProperties(value, copy);
      return copy;
    }
    if (types.isArrayBufferView(value)) return this.cloneView(value);
    if (types.isArrayBuffer(value)) return this.remember(value, copyArrayBuffer(value));
    // shared memory stays shared; the engine cannot make a second object
    // over the same memory, so the clone is the buffer itself
    if (types.isSharedArrayBuffer(value)) return this.remember(value, value);
    if (types.isDate(value)) return this.remember(value, new Date(dateValue.call(value)));
    if (types.isRegExp(value)) {
      return this.remember(value, new RegExp(regexpSource.call(value), regexpFlags.call(value)));
    }
    if (types.isBoxedPrimitive(value)) return this.remember(value, this.unbox(value));
    if (types.isMap(value)) {
      const copy = this.remember(value, new Map());
      // entries as they are now; clones of keys and values may run getters
      const entries = [...mapEntries.call(value)];
      for (const [k, v] of entries) {
        const key = this.clone(k);
        copy.set(key, this.clone(v));
      }
      return copy;
    }
    if (types.isSet(value)) {
      const copy = this.remember(value, new Set());
      for (const v of [...setValues.call(value)]) copy.add(this.clone(v));
      return copy;
    }
    if (types.isNativeError(value)) return this.cloneError(value);
    const blob = blobKind(value);
    if (blob !== null) return this.remember(value, this.cloneBlob(value, blob));
    if (types.isPromise(value) || types.isWeakMap(value) || types.isWeakSet(value) ||
        types.isArgumentsObject(value) || types.isGeneratorObject(value) ||
        types.isMapIterator(value) || types.isSetIterator(value) ||
        isWeakRef(value) || isFinalizationRegistry(value) ||
        kUncloneableProtos.has(Object.getPrototypeOf(value))) {
      throw cannotClone(types.isArgumentsObject(value) ? {} : value);
    }
    const copy = this.remember(value, {});
    this.copyProperties(value, copy);
    return copy;
  }

  // Own enumerable string keys, read now; one a getter deleted is skipped.
  copyProperties(value, copy) {
    for (const key of Object.keys(value)) {
      const v = value[key];
      if (!hasOwn.call(value, key)) continue;
      copy[key] = this.clone(v);
    }
  }

  unbox(value) {
    if (types.isNumberObject(value)) return new Number(numberValue.call(value));
    if (types.isStringObject(value)) return new String(stringValue.call(value));
    if (types.isBooleanObject(value)) return new Boolean(booleanValue.call(value));
    if (types.isBigIntObject(value)) return Object(bigintValue.call(value));
    throw cannotClone(value);
  }

  cloneView(value) {
    if (types.isDataView(value)) {
      const buffer = this.clone(dvBuffer.call(value));
      return this.remember(value, new DataView(buffer, dvByteOffset.call(value), dvByteLength.call(value)));
    }
    const source = taBuffer.call(value);
    const buffer = this.clone(source);
    const Ctor = globalThis[taTag.call(value)];
    const offset = taByteOffset.call(value);
    // a view that follows a resizable buffer's length keeps doing so
    const tracking = !types.isSharedArrayBuffer(source) && bufferResizable.call(source) &&
      offset + taByteLength.call(value) === bufferByteLength.call(source);
    const copy = tracking ? new Ctor(buffer, offset) : new Ctor(buffer, offset, taLength.call(value));
    return this.remember(value, copy);
  }

  cloneError(value) {
    if (brandCheck(domName, value)) {
      const copy = new DOMException(domMessage.call(value), domName.call(value));
      Object.defineProperty(copy, 'stack', {
        value: value.stack, writable: true, enumerable: false, configurable: true,
      });
      return this.remember(value, copy);
    }
    const messageDesc = Object.getOwnPropertyDescriptor(value, 'message');
    const causeDesc = Object.getOwnPropertyDescriptor(value, 'cause');
    const name = `${value.name}`;
    const Ctor = hasOwn.call(kErrorProtos, name) ? kErrorProtos[name] : Error;
    const copy = this.remember(value, new Ctor());
    // V8's copy: an own stack accessor first, then message, then cause
    let stack = value.stack;
    if (typeof stack !== 'string') stack = undefined;
    const [get, set] = [() => stack, (v) => { stack = v; }]; // anonymous, as V8's
    Object.defineProperty(copy, 'stack', { get, set, enumerable: false, configurable: true });
    if (messageDesc !== undefined && 'value' in messageDesc) {
      Object.defineProperty(copy, 'message', {
        value: `${messageDesc.value}`, writable: true, enumerable: false, configurable: true,
      });
    }
    if (causeDesc !== undefined && 'value' in causeDesc) {
      Object.defineProperty(copy, 'cause', {
        value: this.clone(causeDesc.value), writable: true, enumerable: false, configurable: true,
      });
    }
    return copy;
  }

  cloneBlob(value, Kind) {
    if (Kind === blobModule.File) {
      return new Kind([value], value.name, { type: value.type, lastModified: value.lastModified });
    }
    return new Kind([value], { type: value.type });
  }
}

// The ArrayBuffers of options.transfer, checked as Node checks them.
function transferList(options) {
  if (options === undefined || options === null) return [];
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw invalidArg("Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
  }
  const transfer = options.transfer;
  if (transfer === undefined) return [];
  if (transfer === null || (typeof transfer !== 'object' && typeof transfer !== 'function') ||
      typeof transfer[Symbol.iterator] !== 'function') {
    throw invalidArg("Failed to execute 'structuredClone': transfer in Options cannot be converted to sequence.");
  }
  const list = [];
  let i = 0;
  for (const item of transfer) {
    if (item === null || (typeof item !== 'object' && typeof item !== 'function')) {
      throw invalidArg(`Failed to execute 'structuredClone': transfer in Options[${i}] is not an object.`);
    }
    list.push(item);
    i++;
  }
  const buffers = [];
  for (const item of list) {
    if (!types.isArrayBuffer(item)) throw dataCloneError('Found invalid value in transferList.');
    if (buffers.includes(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
    if (bufferDetached.call(item)) throw dataCloneError('Cannot transfer object of unsupported type.');
    buffers.push(item);
  }
  return buffers;
}

// Node throws these from C++: a TypeError with a code and its own message.
function invalidArg(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function structuredClone(value, options) {
  if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('The value argument must be specified');
  const buffers = transferList(options);
  const cloner = new Cloner(buffers);
  for (const ab of buffers) cloner.remember(ab, copyArrayBuffer(ab));
  const result = cloner.clone(value);
  // detach the transferred buffers: transfer(0) drops the old memory at once
  for (const ab of buffers) ab.transfer(0);
  return result;
}

module.exports = { structuredClone, markUncloneable };
