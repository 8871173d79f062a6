'use strict';
// Deep equality as Node's assert and util.isDeepStrictEqual define it:
// strict mode compares prototypes, own enumerable symbol keys, [[Class]],
// -0/NaN by Object.is; loose mode compares primitives with ==. Map/Set are
// unordered; cycles are tracked with a memo of pairs being compared.

const kStrict = true;
const kLoose = false;

const { getOwnPropertySymbols, getPrototypeOf, keys: objectKeys } = Object;
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const toTag = (v) => Object.prototype.toString.call(v);

function isBoxed(v) {
  const tag = toTag(v);
  return tag === '[object Number]' || tag === '[object String]' || tag === '[object Boolean]' ||
    tag === '[object BigInt]' || tag === '[object Symbol]';
}

function boxedEqual(a, b) {
  const tag = toTag(a);
  if (tag !== toTag(b)) return false;
  switch (tag) {
    case '[object Number]': return Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
    case '[object String]': return String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
    case '[object Boolean]': return Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
    case '[object BigInt]': return BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
    case '[object Symbol]': return Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

function primitiveEqual(a, b, strict) {
  if (strict) return Object.is(a, b);
  // eslint-disable-next-line eqeqeq
  return a == b || (a !== a && b !== b);
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (getPrototypeOf(a) !== getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') return primitiveEqual(a, b, false);
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  const tagA = toTag(a);
  if (tagA !== toTag(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return keyCheck(a, b, strict, memos, 'array');
  }
  if (tagA === '[object Object]' && !(a instanceof Error)) {
    return keyCheck(a, b, strict, memos, 'object');
  }
  if (a instanceof Date) {
    if (!(b instanceof Date) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (a instanceof RegExp) {
    if (!(b instanceof RegExp) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (a instanceof Error || tagA === '[object Error]') {
    if (!(b instanceof Error) && toTag(b) !== '[object Error]') return false;
    if (a.message !== b.message || a.name !== b.name) return false;
    if (hasOwn(a, 'cause') !== hasOwn(b, 'cause') ||
        (hasOwn(a, 'cause') && !innerDeepEqual(a.cause, b.cause, strict, memos))) return false;
    if (hasOwn(a, 'errors') !== hasOwn(b, 'errors') ||
        (hasOwn(a, 'errors') && !innerDeepEqual(a.errors, b.errors, strict, memos))) return false;
  } else if (ArrayBuffer.isView(a)) {
    if (!ArrayBuffer.isView(b)) return false;
    if (a instanceof DataView) {
      if (a.byteLength !== b.byteLength) return false;
      for (let i = 0; i < a.byteLength; i++) if (a.getUint8(i) !== b.getUint8(i)) return false;
    } else {
      if (a.length !== b.length || a.byteLength !== b.byteLength) return false;
      const isFloat = a instanceof Float32Array || a instanceof Float64Array ||
        (typeof Float16Array === 'function' && a instanceof Float16Array);
      for (let i = 0; i < a.length; i++) {
        if (isFloat ? !primitiveEqual(a[i], b[i], strict) && !(!strict && a[i] === b[i]) : a[i] !== b[i]) {
          if (!(isFloat && !strict && a[i] === b[i])) return false;
        }
      }
    }
    return keyCheck(a, b, strict, memos, 'view');
  } else if (a instanceof Set) {
    if (!(b instanceof Set) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, 'set');
  } else if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, 'map');
  } else if (a instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && a instanceof SharedArrayBuffer)) {
    if (a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a);
    const y = new Uint8Array(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  } else if (isBoxed(a)) {
    if (!boxedEqual(a, b)) return false;
  } else if (a instanceof WeakMap || a instanceof WeakSet || a instanceof Promise) {
    return false;
  } else if (typeof a === 'function') {
    return false;
  }
  return keyCheck(a, b, strict, memos, 'object');
}

function ownKeys(obj, strict) {
  const keys = objectKeys(obj);
  if (strict) {
    for (const s of getOwnPropertySymbols(obj)) if (isEnumerable(obj, s)) keys.push(s);
  }
  return keys;
}

function keyCheck(a, b, strict, memos, kind) {
  let aKeys = ownKeys(a, strict);
  let bKeys = ownKeys(b, strict);
  if (kind === 'array' || kind === 'view') {
    aKeys = aKeys.filter((k) => typeof k !== 'string' || !(String(k >>> 0) === k && (k >>> 0) < a.length));
    bKeys = bKeys.filter((k) => typeof k !== 'string' || !(String(k >>> 0) === k && (k >>> 0) < b.length));
  }
  if (aKeys.length !== bKeys.length) return false;
  for (const k of aKeys) {
    if (!isEnumerable(b, k)) return false;
  }
  if (memos === undefined) memos = { a: new Map(), b: new Map(), depth: 0 };
  const seenA = memos.a.get(a);
  if (seenA !== undefined) {
    const seenB = memos.b.get(b);
    if (seenB !== undefined) return seenA === seenB;
  }
  memos.depth++;
  memos.a.set(a, memos.depth);
  memos.b.set(b, memos.depth);
  const result = objEquiv(a, b, strict, aKeys, memos, kind);
  memos.a.delete(a);
  memos.b.delete(b);
  return result;
}

function objEquiv(a, b, strict, keys, memos, kind) {
  if (kind === 'array') {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else if (!strict) {
        // loose: a hole equals undefined
      }
    }
  } else if (kind === 'set') {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (kind === 'map') {
    if (!mapEquiv(a, b, strict, memos)) return false;
  }
  for (const k of keys) {
    if (!innerDeepEqual(a[k], b[k], strict, memos)) return false;
  }
  return true;
}

function setHasEqual(set, val, strict, memos) {
  for (const v of set) if (innerDeepEqual(val, v, strict, memos)) {
    set.delete(v);
    return true;
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  let pending = null;
  for (const v of a) {
    if (typeof v === 'object' && v !== null) {
      (pending ??= new Set()).add(v);
    } else if (!b.has(v)) {
      if (strict) return false;
      (pending ??= new Set()).add(v);
    }
  }
  if (pending === null) return true;
  const rest = new Set();
  for (const v of b) {
    if (typeof v === 'object' && v !== null) rest.add(v);
    else if (!a.has(v)) {
      if (strict) return false;
      rest.add(v);
    }
  }
  for (const v of pending) {
    if (!setHasEqual(rest, v, strict, memos)) return false;
  }
  return rest.size === 0;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const [k, v] of a) {
    if (typeof k === 'object' && k !== null) {
      (pending ??= new Set()).add(k);
    } else {
      if (!b.has(k)) {
        if (strict) return false;
        (pending ??= new Set()).add(k);
        continue;
      }
      if (!innerDeepEqual(v, b.get(k), strict, memos)) {
        if (strict) return false;
        (pending ??= new Set()).add(k);
      }
    }
  }
  if (pending === null) return true;
  const rest = [];
  for (const [k, v] of b) {
    if ((typeof k === 'object' && k !== null) || !a.has(k) ||
        (!strict && !innerDeepEqual(a.get(k), v, strict, memos))) rest.push([k, v]);
  }
  for (const k of pending) {
    const v = a.get(k);
    const idx = rest.findIndex(([k2, v2]) => innerDeepEqual(k, k2, strict, memos) &&
      innerDeepEqual(v, v2, strict, memos));
    if (idx === -1) return false;
    rest.splice(idx, 1);
  }
  return rest.length === 0;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, kLoose);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, kStrict);
}

module.exports = { isDeepEqual, isDeepStrictEqual };
