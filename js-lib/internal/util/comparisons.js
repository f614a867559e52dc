'use strict';
// Deep equality as Node's assert and util.isDeepStrictEqual define it: strict mode
// compares prototypes, [[Class]], own enumerable keys and symbols, and uses
// Object.is for primitives; loose mode uses == for primitives and ignores prototypes.

const types = require('internal/util/types');

const kStrict = true;
const kLoose = false;

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, kLoose, undefined);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, kStrict, undefined);
}

function ownEnumerableSymbols(value) {
  return Object.getOwnPropertySymbols(value).filter((symbol) => Object.prototype.propertyIsEnumerable.call(value, symbol));
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || Object.is(a, b) || !strict;
  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      // biome-ignore lint/suspicious/noDoubleEquals: the loose deepEqual compares primitives with ==
      if (b === null || typeof b !== 'object') return a == b || (Number.isNaN(a) && Number.isNaN(b));
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  const aTag = Object.prototype.toString.call(a);
  if (aTag !== Object.prototype.toString.call(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return keyCheck(a, b, strict, memos, kIsArray);
  }
  if (aTag === '[object Object]' && !types.isBoxedPrimitive(a)) {
    return keyCheck(a, b, strict, memos, kNoIterator);
  }
  if (types.isDate(a)) {
    if (!types.isDate(b) || a.getTime() !== b.getTime()) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (types.isNativeError(a) || a instanceof Error) {
    if (!(b instanceof Error) || a.message !== b.message || a.name !== b.name) return false;
    if ('cause' in a !== 'cause' in b || !innerDeepEqual(a.cause, b.cause, strict, memos)) return false;
  } else if (ArrayBuffer.isView(a)) {
    if (!ArrayBuffer.isView(b) || a.byteLength !== b.byteLength) return false;
    if (!strict && (types.isFloat32Array(a) || types.isFloat64Array(a))) {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    } else {
      const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
      const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    }
    return keyCheck(a, b, strict, memos, kIsTypedArray);
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsSet);
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsMap);
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a);
    const y = new Uint8Array(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!types.isBoxedPrimitive(b) || !Object.is(a.valueOf(), b.valueOf())) return false;
  } else if (types.isWeakMap(a) || types.isWeakSet(a) || types.isPromise(a)) {
    return false;
  }
  return keyCheck(a, b, strict, memos, kNoIterator);
}

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;
const kIsTypedArray = 4;

/** Own enumerable string keys, without the indices of arrays and typed arrays (compared apart). */
function nonIndexKeys(value, iterationType) {
  const keys = Object.keys(value);
  if (iterationType !== kIsArray && iterationType !== kIsTypedArray) return keys;
  return keys.filter((k) => !/^\d+$/.test(k) || Number(k) >= value.length);
}

function keyCheck(a, b, strict, memos, iterationType) {
  let aKeys = nonIndexKeys(a, iterationType);
  const bKeys = nonIndexKeys(b, iterationType);
  if (aKeys.length !== bKeys.length) return false;
  for (const key of aKeys) {
    if (!Object.prototype.propertyIsEnumerable.call(b, key)) return false;
  }
  if (strict) {
    const aSymbols = ownEnumerableSymbols(a);
    const bSymbols = ownEnumerableSymbols(b);
    if (aSymbols.length !== bSymbols.length) return false;
    for (const symbol of aSymbols) {
      if (!Object.prototype.propertyIsEnumerable.call(b, symbol)) return false;
    }
    aKeys = aKeys.concat(aSymbols);
  }
  if (aKeys.length === 0 && (iterationType === kNoIterator || (iterationType === kIsArray && a.length === 0) || a.size === 0)) {
    return true;
  }
  // Cycles: a pair already being compared further up counts as equal.
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map(), position: 0 };
  } else {
    const memoA = memos.a.get(a);
    if (memoA !== undefined) {
      const memoB = memos.b.get(b);
      if (memoB !== undefined) return memoA === memoB;
    }
    memos.position++;
  }
  memos.a.set(a, memos.position);
  memos.b.set(b, memos.position);
  const result = objEquiv(a, b, strict, aKeys, memos, iterationType);
  memos.a.delete(a);
  memos.b.delete(b);
  return result;
}

function setHasEqual(set, value, strict, memos) {
  for (const candidate of set) {
    if (innerDeepEqual(value, candidate, strict, memos)) return true;
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  let pending = null;
  for (const value of a) {
    if (typeof value === 'object' && value !== null) {
      pending ??= new Set();
      pending.add(value);
    } else if (!b.has(value)) {
      if (strict) return false;
      if (!setHasEqual(b, value, strict, memos)) return false;
    }
  }
  if (pending !== null) {
    for (const value of b) {
      if (typeof value === 'object' && value !== null) {
        let found = false;
        for (const candidate of pending) {
          if (innerDeepEqual(candidate, value, strict, memos)) {
            pending.delete(candidate);
            found = true;
            break;
          }
        }
        if (!found) return false;
      }
    }
    return pending.size === 0;
  }
  return true;
}

/** Whether `map` holds an entry deep-equal to `key` => `value` (for object keys and loose mode). */
function mapHasEqualEntry(map, key, value, strict, memos) {
  for (const [otherKey, otherValue] of map) {
    if (innerDeepEqual(key, otherKey, strict, memos) && innerDeepEqual(value, otherValue, strict, memos)) return true;
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  for (const [key, value] of a) {
    if ((typeof key === 'object' && key !== null) || !b.has(key)) {
      if (!(typeof key === 'object' && key !== null) && strict) return false;
      if (!mapHasEqualEntry(b, key, value, strict, memos)) return false;
    } else if (!innerDeepEqual(value, b.get(key), strict, memos)) {
      return false;
    }
  }
  return true;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      const aHas = Object.hasOwn(a, i);
      if (aHas !== Object.hasOwn(b, i) && strict) return false;
      if (!innerDeepEqual(a[i], b[i], strict, memos)) return false;
    }
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

module.exports = { isDeepEqual, isDeepStrictEqual };
