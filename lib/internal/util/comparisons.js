'use strict';
// Deep equality as Node's assert and util.isDeepStrictEqual define it.
// Four modes: loose (== for primitives, no prototypes, no symbol keys),
// strict (Object.is, prototypes via `constructor`, symbol keys), strict
// without prototypes (Assert's skipPrototype), and partial (every part of
// `expected` must be found in `actual`). Map/Set are compared unordered.
// Comparison first runs without cycle tracking; only when that throws (a
// cyclic input overflows the stack) it runs again with tracking, as Node does.

const kLoose = 0;
const kPartial = 1;
const kStrict = 2;
const kStrictNoProto = 3;

// how keyCheck must finish after own keys: nothing, array, set or map
const kPlain = 0;
const kArray = 1;
const kSet = 2;
const kMap = 3;

const { getOwnPropertySymbols, getOwnPropertyDescriptor, getPrototypeOf, keys: objectKeys } = Object;
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const objectToString = (v) => Object.prototype.toString.call(v);
const toStringTag = Symbol.toStringTag;

// --- brand checks (prototype methods throw on the wrong receiver) ---

function brand(fn) {
  return (v) => {
    try {
      fn(v);
      return true;
    } catch {
      return false;
    }
  };
}
const getter = (proto, name) => getOwnPropertyDescriptor(proto, name).get;
const mapSize = getter(Map.prototype, 'size');
const setSize = getter(Set.prototype, 'size');
const abByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sabByteLength = typeof SharedArrayBuffer === 'function'
  ? getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const regExpGlobal = getter(RegExp.prototype, 'global');
const TypedArrayProto = getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getter(TypedArrayProto, toStringTag);

const isMap = brand((v) => mapSize.call(v));
const isSet = brand((v) => setSize.call(v));
const isWeakMap = brand((v) => WeakMap.prototype.has.call(v, {}));
const isWeakSet = brand((v) => WeakSet.prototype.has.call(v, {}));
const isDate = brand((v) => Date.prototype.getTime.call(v));
const isRegExp = (v) => {
  try {
    return regExpGlobal.call(v) !== undefined;
  } catch {
    return false;
  }
};
const isArrayBuffer = brand((v) => abByteLength.call(v));
const isSharedArrayBuffer = sabByteLength === undefined ? () => false
  : brand((v) => sabByteLength.call(v));
const isAnyArrayBuffer = (v) => isArrayBuffer(v) || isSharedArrayBuffer(v);
const isNumberObject = brand((v) => Number.prototype.valueOf.call(v));
const isStringObject = brand((v) => String.prototype.valueOf.call(v));
const isBooleanObject = brand((v) => Boolean.prototype.valueOf.call(v));
const isBigIntObject = brand((v) => BigInt.prototype.valueOf.call(v));
const isSymbolObject = brand((v) => Symbol.prototype.valueOf.call(v));
const isBoxedPrimitive = (v) => isNumberObject(v) || isStringObject(v) || isBooleanObject(v) ||
  isBigIntObject(v) || isSymbolObject(v);
const isNativeError = (v) => Error.isError(v);
const isError = (v) => Error.isError(v) || v instanceof Error;
const isPromise = (v) => v instanceof Promise;
const isView = ArrayBuffer.isView;
const isFloatArray = (v) => {
  const tag = typedArrayTag.call(v);
  return tag === 'Float32Array' || tag === 'Float64Array' || tag === 'Float16Array';
};
// URL instances, recognised the way Node recognises them
const isURL = (v) => Boolean(v && v.href && v.protocol && v.auth === undefined && v.path === undefined);

// Constructors whose identity stands for the prototype in strict mode.
const wellKnownCtors = new Set([Array, ArrayBuffer, BigInt, BigInt64Array, BigUint64Array,
  Boolean, DataView, Date, Error, Float32Array, Float64Array, Function, Int16Array, Int32Array,
  Int8Array, Map, Number, Object, Promise, RegExp, Set, String, Symbol, Uint16Array,
  Uint32Array, Uint8Array, Uint8ClampedArray, WeakMap, WeakSet]);
if (typeof Float16Array === 'function') wellKnownCtors.add(Float16Array);
if (typeof globalThis.Buffer === 'function') wellKnownCtors.add(globalThis.Buffer);

// A canonical array index ("0".."4294967294").
function isIndexKey(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57 || (c === 48 && key.length > 1)) return false;
  for (let i = 1; i < key.length; i++) {
    const d = key.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return +key < 4294967295;
}

// Own enumerable keys that are not indices; symbols too unless loose.
// Own keys list the indices first, so they form a prefix found by bisection.
function nonIndexKeys(obj, mode) {
  const all = Reflect.ownKeys(obj);
  let lo = 0;
  let hi = all.length;
  const guess = Math.min(obj.length >>> 0, hi);
  if (guess > 0 && isIndexKey(all[guess - 1])) lo = guess;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isIndexKey(all[mid])) lo = mid + 1;
    else hi = mid;
  }
  const out = [];
  for (let i = lo; i < all.length; i++) {
    const k = all[i];
    if (typeof k === 'symbol') {
      if (mode !== kLoose && isEnumerable(obj, k)) out.push(k);
    } else if (isEnumerable(obj, k)) {
      out.push(k);
    }
  }
  return out;
}

const taBuffer = getter(TypedArrayProto, 'buffer');
const taByteOffset = getter(TypedArrayProto, 'byteOffset');
const taByteLength = getter(TypedArrayProto, 'byteLength');
const dvBuffer = getter(DataView.prototype, 'buffer');
const dvByteOffset = getter(DataView.prototype, 'byteOffset');
const dvByteLength = getter(DataView.prototype, 'byteLength');

// The bytes a view really covers, whatever its prototype or own properties
// say; a value that is no view is rejected as Node's buffer comparison does.
function viewBytes(view) {
  if (!isView(view)) {
    const err = new TypeError('argument must be a buffer');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (typedArrayTag.call(view) === undefined) {
    return new Uint8Array(dvBuffer.call(view), dvByteOffset.call(view), dvByteLength.call(view));
  }
  return new Uint8Array(taBuffer.call(view), taByteOffset.call(view), taByteLength.call(view));
}

// partial, lengths differ: the views are read through their properties
function viewContains(a, b) {
  if (a.byteLength < b.byteLength) return false;
  return bytesContainInOrder(new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
    new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
}

// loose float arrays: element-wise ==, so 0 equals -0 and NaN nothing
function sameFloats(a, b) {
  const len = taByteLength.call(a);
  if (len !== taByteLength.call(b)) return false;
  for (let i = 0; i < len; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameBytes(x, y) {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

// `small` found in order inside `big` (bytes may be skipped).
function bytesContainInOrder(big, small) {
  if (big.length < small.length) return false;
  let i = 0;
  for (let j = 0; j < small.length; j++) {
    while (big[i] !== small[j]) {
      i++;
      if (i > big.length - small.length + j) return false;
    }
    i++;
  }
  return true;
}

function boxedEqual(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
}

// --- the comparison ---

function deepEqual(a, b, mode, memos) {
  if (a === b) return a !== 0 || mode === kLoose || Object.is(a, b);
  if (mode === kLoose) {
    if (a === null || typeof a !== 'object') {
      // eslint-disable-next-line eqeqeq
      return (b === null || typeof b !== 'object') && (a == b || (a !== a && b !== b));
    }
    if (b === null || typeof b !== 'object') return false;
  } else {
    if (typeof a === 'number') return a !== a && b !== b;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  }
  return compareObjects(a, b, mode, memos);
}

const tagDiffers = (a, b) => a[toStringTag] !== b[toStringTag];

function classDiffers(aClass, a, b) {
  if (a[toStringTag] !== undefined && b[toStringTag] !== undefined) return a[toStringTag] !== b[toStringTag];
  return aClass !== objectToString(b);
}

function errorPropEqual(a, b, prop, mode, memos) {
  // enumerable ones are compared with the other keys
  if (isEnumerable(b, prop)) return true;
  if (mode === kPartial && (b[prop] === undefined || (prop === 'message' && b[prop] === ''))) return true;
  return deepEqual(a[prop], b[prop], mode, memos);
}

function sizeFits(a, b, mode) {
  return a === b || (mode === kPartial && a > b);
}

function compareObjects(a, b, mode, memos) {
  if (mode === kStrict) {
    const ctor = a.constructor;
    if (wellKnownCtors.has(ctor) || (ctor !== undefined && !hasOwn(a, 'constructor'))) {
      if (ctor !== b.constructor) return false;
    } else if (getPrototypeOf(a) !== getPrototypeOf(b)) {
      return false;
    }
  }

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || !sizeFits(a.length, b.length, mode) || tagDiffers(a, b)) return false;
    const keysB = nonIndexKeys(b, mode);
    if (mode !== kPartial && keysB.length !== nonIndexKeys(a, mode).length) return false;
    return keyCheck(a, b, mode, memos, kArray, keysB);
  }

  let aClass;
  if (a[toStringTag] === undefined && (aClass = objectToString(a)) === '[object Object]') {
    if (classDiffers(aClass, a, b)) return false;
    return keyCheck(a, b, mode, memos, kPlain);
  }
  if (isSet(a)) {
    if (!isSet(b) || !sizeFits(a.size, b.size, mode) || tagDiffers(a, b)) return false;
    return keyCheck(a, b, mode, memos, kSet);
  }
  if (isMap(a)) {
    if (!isMap(b) || !sizeFits(a.size, b.size, mode) || tagDiffers(a, b)) return false;
    return keyCheck(a, b, mode, memos, kMap);
  }
  if (isView(a)) {
    // a DataView and any object that is no typed array share the tag undefined
    if (typedArrayTag.call(a) !== typedArrayTag.call(b)) return false;
    if (mode === kPartial && a.byteLength !== b.byteLength) {
      if (!viewContains(a, b)) return false;
    } else if (mode === kLoose && isFloatArray(a)) {
      if (!sameFloats(a, b)) return false;
    } else if (a.byteLength !== b.byteLength || !sameBytes(viewBytes(a), viewBytes(b))) {
      return false;
    }
    const keysB = nonIndexKeys(b, mode);
    if (mode !== kPartial && keysB.length !== nonIndexKeys(a, mode).length) return false;
    return keyCheck(a, b, mode, memos, kPlain, keysB);
  }
  if (isDate(a)) {
    if (!isDate(b) || tagDiffers(a, b)) return false;
    const ta = Date.prototype.getTime.call(a);
    const tb = Date.prototype.getTime.call(b);
    if (ta !== tb && (ta === ta || tb === tb)) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex || tagDiffers(a, b)) return false;
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || tagDiffers(a, b)) return false;
    if (mode !== kPartial || a.byteLength === b.byteLength) {
      if (a.byteLength !== b.byteLength || !sameBytes(new Uint8Array(a), new Uint8Array(b))) return false;
    } else if (!bytesContainInOrder(new Uint8Array(a), new Uint8Array(b))) {
      return false;
    }
  } else if (classDiffers(aClass ?? objectToString(a), a, b) || Array.isArray(b) || isView(b) ||
             isSet(b) || isMap(b) || isDate(b) || isRegExp(b) || isAnyArrayBuffer(b)) {
    return false;
  } else if (isError(a)) {
    // the stack is not compared: it differs between otherwise equal errors
    if (!isError(b) || !errorPropEqual(a, b, 'message', mode, memos) ||
        !errorPropEqual(a, b, 'name', mode, memos) || !errorPropEqual(a, b, 'cause', mode, memos) ||
        !errorPropEqual(a, b, 'errors', mode, memos)) return false;
    const bCause = hasOwn(b, 'cause');
    if (bCause !== hasOwn(a, 'cause') && (mode !== kPartial || bCause)) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!boxedEqual(a, b)) return false;
  } else if (isURL(a)) {
    if (!isURL(b) || a.href !== b.href) return false;
  } else if (isBoxedPrimitive(b) || isNativeError(b) || b instanceof Error ||
             isWeakMap(a) || isWeakSet(a) || isPromise(a)) {
    return false;
  }
  return keyCheck(a, b, mode, memos, kPlain);
}

function pushEnumerableSymbols(obj, keys) {
  const syms = getOwnPropertySymbols(obj);
  for (let i = 0; i < syms.length; i++) if (isEnumerable(obj, syms[i])) keys.push(syms[i]);
}

// keysB given: array-like objects whose non-index keys were counted already.
function keyCheck(a, b, mode, memos, kind, keysB) {
  let keysA;
  if (keysB === undefined) {
    keysB = objectKeys(b);
    if (mode === kPartial) {
      pushEnumerableSymbols(b, keysB);
    } else {
      keysA = objectKeys(a);
      if (keysA.length !== keysB.length) return false;
      if (mode !== kLoose) {
        pushEnumerableSymbols(a, keysA);
        pushEnumerableSymbols(b, keysB);
        if (keysA.length !== keysB.length) return false;
      }
    }
  }
  if (keysB.length === 0 &&
      (kind === kPlain || (kind === kArray && b.length === 0) || b.size === 0)) return true;
  if (memos === null) return objEquiv(a, b, mode, keysA, keysB, null, kind);
  return trackCycles(a, b, mode, keysA, keysB, memos, kind);
}

// Cycle tracking: the first pair and one nested pair are held in fields;
// beyond that every object under comparison sits in a set. A pair met again
// counts as equal only when both sides are already being compared.
function trackCycles(a, b, mode, keysA, keysB, memos, kind) {
  if (memos === undefined) {
    memos = { set: undefined, a, b, c: undefined, d: undefined, nested: false };
    return objEquiv(a, b, mode, keysA, keysB, memos, kind);
  }
  if (memos.set === undefined) {
    if (!memos.nested) {
      if (memos.a === a) return memos.b === b;
      if (memos.b === b) return false;
      memos.c = a;
      memos.d = b;
      memos.nested = true;
      const result = objEquiv(a, b, mode, keysA, keysB, memos, kind);
      memos.nested = false;
      if (memos.set !== undefined) {
        memos.set.delete(memos.c);
        memos.set.delete(memos.d);
      }
      return result;
    }
    memos.set = new Set([memos.a, memos.b, memos.c, memos.d]);
  }
  const set = memos.set;
  const before = set.size;
  set.add(a);
  set.add(b);
  if (set.size !== before + 2) return set.size === before;
  const result = objEquiv(a, b, mode, keysA, keysB, memos, kind);
  set.delete(a);
  set.delete(b);
  return result;
}

function objEquiv(a, b, mode, keysA, keysB, memos, kind) {
  let i = 0;
  // keys in the same order: no descriptor lookups needed
  if (keysA !== undefined) {
    for (; i < keysB.length; i++) {
      const key = keysB[i];
      if (keysA[i] !== key) break;
      if (!deepEqual(a[key], b[key], mode, memos)) return false;
    }
  }
  for (; i < keysB.length; i++) {
    const key = keysB[i];
    const desc = getOwnPropertyDescriptor(a, key);
    if (desc === undefined || desc.enumerable !== true) return false;
    const value = desc.writable !== undefined ? desc.value : a[key];
    if (!deepEqual(value, b[key], mode, memos)) return false;
  }

  if (kind === kArray) {
    if (mode === kPartial) return partialArrayEquiv(a, b, mode, memos);
    for (let j = 0; j < a.length; j++) {
      const vb = b[j];
      const va = a[j];
      if (vb === undefined) {
        if (!hasOwn(b, j)) return sparseArrayEquiv(a, b, mode, memos, j);
        if ((va !== undefined || !hasOwn(a, j)) && (mode !== kLoose || va !== null)) return false;
      } else if ((va === undefined || !deepEqual(va, vb, mode, memos)) &&
                 (mode !== kLoose || vb !== null)) {
        return false;
      }
    }
  } else if (kind === kSet) {
    return setEquiv(a, b, mode, memos);
  } else if (kind === kMap) {
    return mapEquiv(a, b, mode, memos);
  }
  return true;
}

// b has a hole at `from`: compare the remaining present keys by name.
function sparseArrayEquiv(a, b, mode, memos, from) {
  const keysA = objectKeys(a);
  const keysB = objectKeys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = from; i < keysB.length; i++) {
    const key = keysB[i];
    if ((a[key] === undefined && !hasOwn(a, key)) || !deepEqual(a[key], b[key], mode, memos)) return false;
  }
  return true;
}

// partial: b's elements appear in a in the same order, gaps allowed
function partialArrayEquiv(a, b, mode, memos) {
  let ai = 0;
  for (let bi = 0; bi < b.length; bi++) {
    if (b[bi] === undefined && !hasOwn(b, bi)) return partialSparseEquiv(a, b, mode, memos, ai, bi);
    for (;;) {
      if (a[ai] === undefined && !hasOwn(a, ai)) return partialSparseEquiv(a, b, mode, memos, ai, bi);
      if (deepEqual(a[ai], b[bi], mode, memos)) break;
      ai++;
      if (ai > a.length - b.length + bi) return false;
    }
    ai++;
  }
  return true;
}

function partialSparseEquiv(a, b, mode, memos, fromA, fromB) {
  const keysA = objectKeys(a);
  const keysB = objectKeys(b);
  const restB = keysB.length - fromB;
  if (keysA.length - fromA < restB) return false;
  let ai = fromA;
  for (let i = 0; i < restB; i++) {
    const key = keysB[fromB + i];
    while (!deepEqual(a[keysA[ai]], b[key], mode, memos)) {
      ai++;
      if (ai > keysA.length - restB + i) return false;
    }
    ai++;
  }
  return true;
}

// --- Set and Map ---

// For a loose-mode primitive missing from one side: true when some other
// primitive could be == to it, false when none can, and for undefined/null
// the value to look up instead (null/undefined).
function looseCounterpart(prim) {
  switch (typeof prim) {
    case 'undefined': return null;
    case 'object': return undefined; // null
    case 'symbol': return false;
    case 'string': return !Number.isNaN(+prim);
    case 'number': return prim === prim;
    default: return true;
  }
}

function setMayHaveLoosePrim(a, b, prim) {
  const alt = looseCounterpart(prim);
  if (alt != null) return alt;
  return !b.has(alt) && a.has(alt);
}

function mapMayHaveLoosePrim(a, b, prim, itemB, memos) {
  const alt = looseCounterpart(prim);
  if (alt != null) return alt;
  const itemA = a.get(alt);
  if ((itemA === undefined && !a.has(alt)) || !deepEqual(itemA, itemB, kLoose, memos)) return false;
  return !b.has(alt) && deepEqual(itemA, itemB, kLoose, memos);
}

// Sets of one or two elements: try both pairings directly.
function smallSetEquiv(a, b, val, restB, mode, memos) {
  const itA = a.values();
  const firstA = itA.next().value;
  if (deepEqual(firstA, val, mode, memos)) {
    if (b.size === 1) return true;
    const secondA = itA.next().value;
    return b.has(secondA) || deepEqual(secondA, restB.next().value, mode, memos);
  }
  return a.size !== 1 && deepEqual(itA.next().value, val, mode, memos) &&
    (b.size === 1 || b.has(firstA) || deepEqual(firstA, restB.next().value, mode, memos));
}

function setEquiv(a, b, mode, memos) {
  let pending; // b's values with no identical value in a
  const itB = b.values();
  for (const val of itB) {
    if (a.has(val)) continue;
    if ((typeof val !== 'object' || val === null) &&
        (mode !== kLoose || !setMayHaveLoosePrim(a, b, val))) return false;
    if (pending === undefined) {
      if (a.size < 3) return smallSetEquiv(a, b, val, itB, mode, memos);
      pending = [];
    }
    pending.push(val);
  }
  if (pending === undefined) return true;
  if (mode === kPartial) return partialSetMatch(pending, a, b, mode, memos);
  return setMatch(pending, a, b, mode, memos);
}

// Finds a match for `val` in pending[from..end) (searching down from the
// end) and moves pending[end] into the freed slot.
function takeMatch(pending, val, mode, memos, cmp, from, end) {
  for (let i = end - 1; i >= from; i--) {
    if (cmp(val, pending[i], mode, memos)) {
      pending[i] = pending[end];
      return true;
    }
  }
  return false;
}

// Each of a's values not in b must consume one pending value. Matches tend
// to come in the same or the reverse order, so both ends are tried first.
function setMatch(pending, a, b, mode, memos) {
  let forward = true;
  let start = 0;
  let end = pending.length - 1;
  const cmp = mode !== kLoose ? compareObjects : deepEqual;
  const checkHas = mode === kLoose || pending.length !== a.size;
  for (const val of a) {
    if (typeof val !== 'object' || val === null) {
      if (b.has(val)) continue;
      if (mode !== kLoose) return false;
    } else if (checkHas && b.has(val)) {
      continue;
    }
    let from = start;
    if (forward) {
      if (cmp(val, pending[start], mode, memos)) {
        start++;
        continue;
      }
      if (start === end) return false;
      forward = false;
      from++;
    }
    if (!cmp(val, pending[end], mode, memos)) {
      forward = true;
      if (!takeMatch(pending, val, mode, memos, cmp, from, end)) return false;
    }
    end--;
  }
  return true;
}

// partial: every pending value of b must be matched by some value of a.
function partialSetMatch(pending, a, b, mode, memos) {
  let seen = 0;
  let forward = true;
  let start = 0;
  let end = pending.length - 1;
  for (const val of a) {
    seen++;
    if (!b.has(val)) {
      let from = start;
      if (forward) {
        if (deepEqual(val, pending[start], mode, memos)) {
          if (start === end) return true;
          start++;
          continue;
        }
        if (start === end) continue; // a later value of a may still match
        forward = false;
        from++;
      }
      let matched = true;
      if (!deepEqual(val, pending[end], mode, memos)) {
        forward = true;
        matched = takeMatch(pending, val, mode, memos, deepEqual, from, end);
      }
      if (matched) {
        if (start === end) return true;
        end--;
      }
    }
    if (a.size - seen <= end - start) return false;
  }
  return false;
}

function mapEquiv(a, b, mode, memos) {
  let pending; // b's keys that need a search in a
  for (const [keyB, itemB] of b) {
    if (typeof keyB === 'object' && keyB !== null) {
      if (pending === undefined) {
        if (a.size === 1) {
          const [keyA, itemA] = a.entries().next().value;
          return deepEqual(keyA, keyB, mode, memos) && deepEqual(itemA, itemB, mode, memos);
        }
        pending = [];
      }
      pending.push(keyB);
    } else {
      const itemA = a.get(keyB);
      if ((itemA === undefined && !a.has(keyB)) || !deepEqual(itemA, itemB, mode, memos)) {
        if (mode !== kLoose) return false;
        if (!mapMayHaveLoosePrim(a, b, keyB, itemB, memos)) return false;
        (pending ??= []).push(keyB);
      }
    }
  }
  if (pending === undefined) return true;
  if (mode === kPartial) return partialMapMatch(pending, a, b, mode, memos);
  return mapMatch(pending, a, b, mode, memos);
}

function takeMapMatch(pending, keyA, itemA, b, mode, memos, cmp, from, end) {
  for (let i = end - 1; i >= from; i--) {
    const keyB = pending[i];
    if (cmp(keyA, keyB, mode, memos) && deepEqual(itemA, b.get(keyB), mode, memos)) {
      pending[i] = pending[end];
      return true;
    }
  }
  return false;
}

function mapMatch(pending, a, b, mode, memos) {
  let forward = true;
  let start = 0;
  let end = pending.length - 1;
  const cmp = mode !== kLoose ? compareObjects : deepEqual;
  for (const [keyA, itemA] of a) {
    if (typeof keyA !== 'object' || keyA === null) {
      if (b.has(keyA)) {
        if (mode !== kLoose || deepEqual(itemA, b.get(keyA), mode, memos)) continue;
      } else if (mode !== kLoose) {
        return false;
      }
    }
    let from = start;
    if (forward) {
      const keyB = pending[start];
      if (cmp(keyA, keyB, mode, memos) && deepEqual(itemA, b.get(keyB), mode, memos)) {
        start++;
        continue;
      }
      if (start === end) return false;
      forward = false;
      from++;
    }
    const keyB = pending[end];
    if (!cmp(keyA, keyB, mode, memos) || !deepEqual(itemA, b.get(keyB), mode, memos)) {
      forward = true;
      if (!takeMapMatch(pending, keyA, itemA, b, mode, memos, cmp, from, end)) return false;
    }
    end--;
  }
  return true;
}

function partialMapMatch(pending, a, b, mode, memos) {
  let seen = 0;
  let forward = true;
  let start = 0;
  let end = pending.length - 1;
  for (const [keyA, itemA] of a) {
    seen++;
    if (typeof keyA === 'object' && keyA !== null) {
      let from = start;
      if (forward) {
        const keyB = pending[start];
        if (compareObjects(keyA, keyB, mode, memos) && deepEqual(itemA, b.get(keyB), mode, memos)) {
          if (start === end) return true;
          start++;
          continue;
        }
        if (start === end) continue;
        forward = false;
        from++;
      }
      let matched = true;
      const keyB = pending[end];
      if (!compareObjects(keyA, keyB, mode, memos) || !deepEqual(itemA, b.get(keyB), mode, memos)) {
        forward = true;
        matched = takeMapMatch(pending, keyA, itemA, b, mode, memos, compareObjects, from, end);
      }
      if (matched) {
        if (start === end) return true;
        end--;
      }
    }
    if (a.size - seen <= end - start) return false;
  }
  return false;
}

// --- entry points ---

let trackFromStart = false;

function compare(a, b, mode) {
  if (trackFromStart) return deepEqual(a, b, mode, undefined);
  try {
    return deepEqual(a, b, mode, null);
  } catch {
    // most likely a cycle overflowed the stack; from now on track cycles
    trackFromStart = true;
    return deepEqual(a, b, mode, undefined);
  }
}

module.exports = {
  isDeepEqual(a, b) {
    return compare(a, b, kLoose);
  },
  isDeepStrictEqual(a, b, skipPrototype) {
    return compare(a, b, skipPrototype ? kStrictNoProto : kStrict);
  },
  isPartialStrictEqual(a, b) {
    return compare(a, b, kPartial);
  },
};
