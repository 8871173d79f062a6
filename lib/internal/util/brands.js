'use strict';
// The built-ins' own getters and methods, captured once and called with an
// explicit receiver: they throw on foreign receivers (brand checks) and
// keep working when user code replaces the prototype methods. Shared by
// util.types and util.inspect.

const uncurry = (fn) => Function.prototype.call.bind(fn);
const getter = (proto, key) => uncurry(Object.getOwnPropertyDescriptor(proto, key).get);
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);

module.exports = {
  uncurry,
  getter,
  TypedArrayProto,
  typedArrayTag: getter(TypedArrayProto, Symbol.toStringTag),
  mapSize: getter(Map.prototype, 'size'),
  setSize: getter(Set.prototype, 'size'),
  arrayBufferByteLength: getter(ArrayBuffer.prototype, 'byteLength'),
  sharedArrayBufferByteLength: typeof SharedArrayBuffer === 'function' ?
    getter(SharedArrayBuffer.prototype, 'byteLength') : null,
  // `buffer`, not `byteLength`: it does not throw once the buffer is detached
  dataViewBuffer: getter(DataView.prototype, 'buffer'),
  regExpSource: getter(RegExp.prototype, 'source'),
  dateGetTime: uncurry(Date.prototype.getTime),
  weakMapHas: uncurry(WeakMap.prototype.has),
  weakSetHas: uncurry(WeakSet.prototype.has),
};
