'use strict';
// structuredClone(): the HTML structured clone algorithm, as Node 20 runs it through V8's
// serializer. Clones keep the graph's shape (shared references and cycles) but not
// prototypes: class instances come back as plain objects with their own enumerable
// string-keyed properties, subclasses of built-ins as the built-in. Values that cannot
// be cloned throw a DataCloneError naming them the way V8 does.

const { DOMException } = require('internal/domexception');
const { Blob } = require('internal/blob');
const { kClone, isCloneable, revive } = require('internal/worker/js_transferable');
const types = require('internal/util/types');

const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getter(TypedArrayPrototype, Symbol.toStringTag);
const typedArrayBuffer = getter(TypedArrayPrototype, 'buffer');
const typedArrayByteOffset = getter(TypedArrayPrototype, 'byteOffset');
const typedArrayByteLength = getter(TypedArrayPrototype, 'byteLength');
const dataViewBuffer = getter(DataView.prototype, 'buffer');
const dataViewByteOffset = getter(DataView.prototype, 'byteOffset');
const dataViewByteLength = getter(DataView.prototype, 'byteLength');
const bufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const bufferResizable = getter(ArrayBuffer.prototype, 'resizable');
const bufferMaxByteLength = getter(ArrayBuffer.prototype, 'maxByteLength');
const bufferDetached = getter(ArrayBuffer.prototype, 'detached');
const bufferTransfer = ArrayBuffer.prototype.transfer;
const regExpSource = getter(RegExp.prototype, 'source');
const regExpFlags = [
  ['d', 'hasIndices'],
  ['g', 'global'],
  ['i', 'ignoreCase'],
  ['m', 'multiline'],
  ['s', 'dotAll'],
  ['u', 'unicode'],
  ['v', 'unicodeSets'],
  ['y', 'sticky'],
].map(([flag, name]) => [flag, getter(RegExp.prototype, name)]);
const blobType = getter(Blob.prototype, 'type');

const typedArrays = new Map(
  [
    Int8Array,
    Uint8Array,
    Uint8ClampedArray,
    Int16Array,
    Uint16Array,
    Int32Array,
    Uint32Array,
    Float16Array,
    Float32Array,
    Float64Array,
    BigInt64Array,
    BigUint64Array,
  ].map((ctor) => [ctor.name, ctor]),
);

/** The error types a clone keeps, found by the original's `name`; any other is an Error. */
const errorTypes = new Map([EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError].map((type) => [type.name, type]));

/** Objects with internal state that V8 refuses and that have no brand check, by their tag. */
const refusedTags = new Set([
  'Generator',
  'AsyncGenerator',
  'Array Iterator',
  'Map Iterator',
  'Set Iterator',
  'String Iterator',
  'RegExp String Iterator',
  'Iterator Helper',
  'Async-from-Sync Iterator',
]);

function hasBrand(method, value, ...args) {
  try {
    method.call(value, ...args);
    return true;
  } catch {
    return false;
  }
}

/** For an object V8's serializer has no way to write, its built-in class; else undefined. */
function refusedClass(value) {
  // process.env is a Proxy here; Node's is an ordinary object (with interceptors), which V8 clones.
  if ((types.isProxy(value) && value !== process.env) || value === globalThis) return 'Object';
  if (types.isSymbolObject(value)) return 'Symbol';
  if (types.isPromise(value)) return 'Promise';
  if (types.isWeakMap(value)) return 'WeakMap';
  if (types.isWeakSet(value)) return 'WeakSet';
  if (hasBrand(WeakRef.prototype.deref, value)) return 'WeakRef';
  if (hasBrand(FinalizationRegistry.prototype.unregister, value, {})) return 'FinalizationRegistry';
  if (types.isArgumentsObject(value)) return 'Arguments';
  if (types.isModuleNamespaceObject(value)) return 'Module';
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return refusedTags.has(tag) ? tag : undefined;
}

/** A property found along the prototype chain without running getters, as V8 looks it up for messages. */
function dataProperty(object, key) {
  for (let current = object; current !== null; current = Object.getPrototypeOf(current)) {
    const descriptor = Object.getOwnPropertyDescriptor(current, key);
    if (descriptor !== undefined) return descriptor.value;
  }
  return undefined;
}

/**
 * How V8 names a value it cannot clone: source text, `#<Constructor>` or `[object Tag]`,
 * the tag defaulting to the object's built-in class.
 */
function describe(value, builtinClass) {
  if (typeof value === 'symbol') return String(value);
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (types.isProxy(value)) return '#<Object>';
  if (dataProperty(value, 'toString') === Object.prototype.toString) {
    const ctor = dataProperty(value, 'constructor');
    if (typeof ctor === 'function' && ctor.name) return `#<${ctor.name}>`;
  }
  const tag = dataProperty(value, Symbol.toStringTag);
  return `[object ${typeof tag === 'string' ? tag : builtinClass}]`;
}

function dataCloneError(message) {
  return new DOMException(message, 'DataCloneError');
}

/** Node throws these from C++: plain errors with a `code`. */
function nativeError(Type, code, message) {
  const err = new Type(message);
  err.code = code;
  return err;
}

/** Sets a property as a new own data property (an own `__proto__` stays one). */
function setOwn(object, key, value) {
  if (key === '__proto__') {
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    object[key] = value;
  }
}

function defineHidden(object, key, value) {
  Object.defineProperty(object, key, { value, writable: true, enumerable: false, configurable: true });
}

/** The ArrayBuffers of `options.transfer`: any iterable, or nothing for an object that is not one. */
function transferList(transfer) {
  if (transfer === undefined || transfer === null) return [];
  if (typeof transfer !== 'object' && typeof transfer !== 'function') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
  }
  if (typeof transfer[Symbol.iterator] !== 'function') return [];
  const buffers = [];
  for (const item of transfer) {
    if (!types.isArrayBuffer(item)) throw nativeError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
    if (buffers.includes(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
    buffers.push(item);
  }
  return buffers;
}

/** Copies a graph of values; `clone(value)` is its entry point. */
class Cloner {
  /** Originals to their clones: what makes shared references and cycles come out the same. */
  #clones = new Map();
  /** Errors whose `cause` is being cloned. */
  #openErrors = new Set();
  /**
   * Set when an error's cause leads back to the error. V8 cannot read such data back:
   * Node throws once the whole value is written, so a DataCloneError comes first.
   */
  unreadable = false;

  clone(value) {
    if (typeof value === 'symbol' || typeof value === 'function') throw dataCloneError(`${describe(value)} could not be cloned.`);
    if (value === null || typeof value !== 'object') return value;
    if (this.#clones.has(value)) {
      if (this.#openErrors.has(value)) this.unreadable = true;
      return this.#clones.get(value);
    }
    const refused = refusedClass(value);
    if (refused !== undefined) throw dataCloneError(`${describe(value, refused)} could not be cloned.`);
    const leaf = this.#leafClone(value);
    if (leaf !== undefined) {
      this.#clones.set(value, leaf);
      return leaf;
    }
    if (types.isMap(value)) return this.#cloneMap(value);
    if (types.isSet(value)) return this.#cloneSet(value);
    if (Error.isError(value)) return this.#cloneError(value);
    return this.#cloneProperties(value, Array.isArray(value) ? new Array(value.length) : {});
  }

  /** The clone of a value that holds no other values, or undefined for any other. */
  #leafClone(value) {
    if (types.isBooleanObject(value)) return new Boolean(Boolean.prototype.valueOf.call(value));
    if (types.isNumberObject(value)) return new Number(Number.prototype.valueOf.call(value));
    if (types.isBigIntObject(value)) return Object(BigInt.prototype.valueOf.call(value));
    if (types.isStringObject(value)) return new String(String.prototype.valueOf.call(value));
    if (types.isDate(value)) return new Date(Date.prototype.getTime.call(value));
    if (types.isRegExp(value)) {
      const flags = regExpFlags
        .filter(([, isSet]) => isSet.call(value))
        .map(([flag]) => flag)
        .join('');
      return new RegExp(regExpSource.call(value), flags);
    }
    // Both sides of a SharedArrayBuffer share its memory.
    if (types.isSharedArrayBuffer(value)) return value;
    if (types.isArrayBuffer(value)) return cloneArrayBuffer(value);
    if (types.isTypedArray(value)) {
      const buffer = typedArrayBuffer.call(value);
      const offset = typedArrayByteOffset.call(value);
      const Type = typedArrays.get(typedArrayTag.call(value));
      const byteLength = typedArrayByteLength.call(value);
      const clonedBuffer = this.clone(buffer);
      if (tracksLength(buffer, offset, byteLength)) return new Type(clonedBuffer, offset);
      return new Type(clonedBuffer, offset, byteLength / Type.BYTES_PER_ELEMENT);
    }
    if (types.isDataView(value)) {
      const buffer = dataViewBuffer.call(value);
      const offset = dataViewByteOffset.call(value);
      const byteLength = dataViewByteLength.call(value);
      const clonedBuffer = this.clone(buffer);
      if (tracksLength(buffer, offset, byteLength)) return new DataView(clonedBuffer, offset);
      return new DataView(clonedBuffer, offset, byteLength);
    }
    if (value instanceof Blob) return new Blob([value], { type: blobType.call(value) });
    if (isCloneable(value)) {
      const { data, deserializeInfo } = value[kClone]();
      return revive(deserializeInfo, this.clone(data));
    }
    return undefined;
  }

  #cloneMap(map) {
    const clone = new Map();
    this.#clones.set(map, clone);
    // Entries added or removed while the clone is made (by getters) do not count.
    const entries = [];
    Map.prototype.forEach.call(map, (value, key) => entries.push([key, value]));
    for (const [key, value] of entries) {
      const clonedKey = this.clone(key);
      clone.set(clonedKey, this.clone(value));
    }
    return clone;
  }

  #cloneSet(set) {
    const clone = new Set();
    this.#clones.set(set, clone);
    const values = [];
    Set.prototype.forEach.call(set, (value) => values.push(value));
    for (const value of values) clone.add(this.clone(value));
    return clone;
  }

  /** Keeps the type (when its name is a standard one), the message, the stack and the cause. */
  #cloneError(error) {
    const Type = errorTypes.get(String(error.name)) ?? Error;
    const message = Object.getOwnPropertyDescriptor(error, 'message');
    const { stack } = error;
    const clone = new Type();
    this.#clones.set(error, clone);
    defineHidden(clone, 'stack', typeof stack === 'string' ? stack : undefined);
    if (message !== undefined && 'value' in message) defineHidden(clone, 'message', String(message.value));
    const cause = Object.getOwnPropertyDescriptor(error, 'cause');
    if (cause !== undefined && 'value' in cause) {
      this.#openErrors.add(error);
      defineHidden(clone, 'cause', this.clone(cause.value));
      this.#openErrors.delete(error);
    }
    return clone;
  }

  /** Own enumerable string-keyed properties, listed first; one deleted meanwhile is skipped. */
  #cloneProperties(object, clone) {
    this.#clones.set(object, clone);
    for (const key of Object.keys(object)) {
      if (Object.hasOwn(object, key)) setOwn(clone, key, this.clone(object[key]));
    }
    return clone;
  }
}

function cloneArrayBuffer(buffer) {
  if (bufferDetached.call(buffer)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
  const byteLength = bufferByteLength.call(buffer);
  const clone = bufferResizable.call(buffer)
    ? new ArrayBuffer(byteLength, { maxByteLength: bufferMaxByteLength.call(buffer) })
    : new ArrayBuffer(byteLength);
  new Uint8Array(clone).set(new Uint8Array(buffer));
  return clone;
}

/**
 * Whether a view follows the length of its resizable buffer. JavaScript cannot ask: a
 * view reaching the buffer's end is taken for one, as views of resizable buffers mostly are.
 */
function tracksLength(buffer, offset, byteLength) {
  return types.isArrayBuffer(buffer) && bufferResizable.call(buffer) && offset + byteLength === bufferByteLength.call(buffer);
}

function structuredClone(...args) {
  if (args.length === 0) throw nativeError(TypeError, 'ERR_MISSING_ARGS', 'The value argument must be specified');
  const [value, options] = args;
  if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
  }
  const transfer = transferList(options?.transfer);
  const cloner = new Cloner();
  const clone = cloner.clone(value);
  // Transferred buffers were copied like the others; now their originals let go of their memory.
  for (const buffer of transfer) {
    if (!bufferDetached.call(buffer)) bufferTransfer.call(buffer, 0);
  }
  if (cloner.unreadable) throw new Error('Unable to deserialize cloned data.');
  return clone;
}

/** The brand-checked readers serializers share (internal/worker/serialize). */
const views = {
  typedArrays,
  typedArrayTag,
  typedArrayBuffer,
  typedArrayByteOffset,
  typedArrayByteLength,
  dataViewBuffer,
  dataViewByteOffset,
  dataViewByteLength,
};

module.exports = { structuredClone, views };
