'use strict';
// util.types: brand checks that cannot be fooled by Symbol.toStringTag or a forged
// prototype: each calls a built-in method that throws on the wrong receiver.

const { getPromiseState, isProxy } = internalBinding('util');
const { shape } = require('internal/util/function_shape');

function brandCheck(method) {
  return (value) => {
    if (value === null || typeof value !== 'object') return false;
    try {
      method.call(value);
      return true;
    } catch {
      return false;
    }
  };
}

const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getter(TypedArrayPrototype, Symbol.toStringTag);

const isDate = brandCheck(Date.prototype.getTime);
const isRegExp = (value) => {
  if (value === null || typeof value !== 'object') return false;
  try {
    getter(RegExp.prototype, 'source').call(value);
    return Object.prototype.toString.call(value) === '[object RegExp]' || value instanceof RegExp;
  } catch {
    return false;
  }
};
const isMap = brandCheck(getter(Map.prototype, 'size'));
const isSet = brandCheck(getter(Set.prototype, 'size'));
const isWeakMap = (value) => {
  if (value === null || typeof value !== 'object') return false;
  try {
    WeakMap.prototype.has.call(value, {});
    return true;
  } catch {
    return false;
  }
};
const isWeakSet = (value) => {
  if (value === null || typeof value !== 'object') return false;
  try {
    WeakSet.prototype.has.call(value, {});
    return true;
  } catch {
    return false;
  }
};
const isArrayBuffer = brandCheck(getter(ArrayBuffer.prototype, 'byteLength'));
const isSharedArrayBuffer =
  typeof SharedArrayBuffer === 'function' ? brandCheck(getter(SharedArrayBuffer.prototype, 'byteLength')) : () => false;
const isDataView = brandCheck(getter(DataView.prototype, 'byteLength'));
const isTypedArray = (value) => typedArrayTag.call(value) !== undefined;
const typedArrayIs = (name) => (value) => typedArrayTag.call(value) === name;
const isPromise = (value) => getPromiseState(value) !== -1;
const boxed = (proto) => brandCheck(proto.valueOf);
const isNumberObject = boxed(Number.prototype);
const isStringObject = boxed(String.prototype);
const isBooleanObject = boxed(Boolean.prototype);
const isBigIntObject = boxed(BigInt.prototype);
const isSymbolObject = boxed(Symbol.prototype);
const isNativeError = (value) =>
  value instanceof Error || (value !== null && typeof value === 'object' && Object.prototype.toString.call(value) === '[object Error]');
const fnTag = (value) => (typeof value === 'function' ? Object.prototype.toString.call(value) : '');
const AsyncFunction = Object.getPrototypeOf(async () => {});
const GeneratorFunction = Object.getPrototypeOf(function* () {});
const AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {});

function isAsyncFunction(value) {
  return (
    typeof value === 'function' &&
    (fnTag(value) === '[object AsyncFunction]' ||
      fnTag(value) === '[object AsyncGeneratorFunction]' ||
      Object.getPrototypeOf(value) === AsyncFunction ||
      Object.getPrototypeOf(value) === AsyncGeneratorFunction)
  );
}

function isGeneratorFunction(value) {
  return (
    typeof value === 'function' &&
    (Object.getPrototypeOf(value) === GeneratorFunction || Object.getPrototypeOf(value) === AsyncGeneratorFunction)
  );
}

const isMapIterator = (value) => Object.prototype.toString.call(value) === '[object Map Iterator]';
const isSetIterator = (value) => Object.prototype.toString.call(value) === '[object Set Iterator]';
const isGeneratorObject = (value) => Object.prototype.toString.call(value) === '[object Generator]';
const isArgumentsObject = (value) => Object.prototype.toString.call(value) === '[object Arguments]';
const isBoxedPrimitive = (value) =>
  isNumberObject(value) || isStringObject(value) || isBooleanObject(value) || isBigIntObject(value) || isSymbolObject(value);

const isKeyObject = (value) => value instanceof require('crypto').KeyObject;
// No CryptoKey yet (crypto.subtle has digest only).
const isCryptoKey = (_value) => false;

// In Node's order. Node's checks are native (length 0) but for the typed-array ones,
// isKeyObject and isCryptoKey; isArrayBufferView is ArrayBuffer.isView itself.
const checks = {
  isExternal: () => false,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject: (value) =>
    value !== null && typeof value === 'object' && value[Symbol.toStringTag] === 'Module' && Object.getPrototypeOf(value) === null,
  isAnyArrayBuffer: (value) => isArrayBuffer(value) || isSharedArrayBuffer(value),
  isBoxedPrimitive,
};
for (const [name, check] of Object.entries(checks)) shape(check, name, 0);

module.exports = {
  ...checks,
  isArrayBufferView: ArrayBuffer.isView,
  isTypedArray: shape(isTypedArray, 'isTypedArray'),
  isUint8Array: shape(typedArrayIs('Uint8Array'), 'isUint8Array'),
  isUint8ClampedArray: shape(typedArrayIs('Uint8ClampedArray'), 'isUint8ClampedArray'),
  isUint16Array: shape(typedArrayIs('Uint16Array'), 'isUint16Array'),
  isUint32Array: shape(typedArrayIs('Uint32Array'), 'isUint32Array'),
  isInt8Array: shape(typedArrayIs('Int8Array'), 'isInt8Array'),
  isInt16Array: shape(typedArrayIs('Int16Array'), 'isInt16Array'),
  isInt32Array: shape(typedArrayIs('Int32Array'), 'isInt32Array'),
  isFloat32Array: shape(typedArrayIs('Float32Array'), 'isFloat32Array'),
  isFloat64Array: shape(typedArrayIs('Float64Array'), 'isFloat64Array'),
  isBigInt64Array: shape(typedArrayIs('BigInt64Array'), 'isBigInt64Array'),
  isBigUint64Array: shape(typedArrayIs('BigUint64Array'), 'isBigUint64Array'),
  isKeyObject: shape(isKeyObject, 'isKeyObject'),
  isCryptoKey: shape(isCryptoKey, 'isCryptoKey'),
};
