'use strict';
// util.types: brand checks that cannot be fooled by Symbol.toStringTag or a forged
// prototype: each calls a built-in method that throws on the wrong receiver.

const { getPromiseState, isProxy } = internalBinding('util');

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

module.exports = {
  isAnyArrayBuffer: (value) => isArrayBuffer(value) || isSharedArrayBuffer(value),
  isArgumentsObject,
  isArrayBuffer,
  isArrayBufferView: (value) => ArrayBuffer.isView(value),
  isAsyncFunction,
  isBigInt64Array: typedArrayIs('BigInt64Array'),
  isBigIntObject,
  isBigUint64Array: typedArrayIs('BigUint64Array'),
  isBooleanObject,
  isBoxedPrimitive,
  isDataView,
  isDate,
  isExternal: () => false,
  isFloat32Array: typedArrayIs('Float32Array'),
  isFloat64Array: typedArrayIs('Float64Array'),
  isGeneratorFunction,
  isGeneratorObject,
  isInt16Array: typedArrayIs('Int16Array'),
  isInt32Array: typedArrayIs('Int32Array'),
  isInt8Array: typedArrayIs('Int8Array'),
  isMap,
  isMapIterator,
  isModuleNamespaceObject: (value) =>
    value !== null && typeof value === 'object' && value[Symbol.toStringTag] === 'Module' && Object.getPrototypeOf(value) === null,
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isTypedArray,
  isUint16Array: typedArrayIs('Uint16Array'),
  isUint32Array: typedArrayIs('Uint32Array'),
  isUint8Array: typedArrayIs('Uint8Array'),
  isUint8ClampedArray: typedArrayIs('Uint8ClampedArray'),
  isWeakMap,
  isWeakSet,
};
