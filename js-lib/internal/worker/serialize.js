'use strict';
// Messages between instances (a worker and its parent) as strings the host carries
// without reading. A value is first copied by structuredClone, which refuses what the
// structured clone algorithm refuses and detaches transferred buffers; the copy, made
// only of the types the algorithm keeps, is then written as JSON of tagged nodes.
// Objects are numbered in the order they are first met, so a later meeting is a
// reference to that number: shared references and cycles come out the same.

const {
  structuredClone,
  views: {
    typedArrays,
    typedArrayTag,
    typedArrayBuffer,
    typedArrayByteOffset,
    typedArrayByteLength,
    dataViewBuffer,
    dataViewByteOffset,
    dataViewByteLength,
  },
} = require('internal/structured_clone');
const { Buffer } = require('buffer');
const { DOMException } = require('internal/domexception');
const { Blob } = require('internal/blob');
const { kClone, isCloneable, revive } = require('internal/worker/js_transferable');
const types = require('internal/util/types');

const errorTypes = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

/** Writes a graph the structured clone algorithm produced; `write(value)` is its entry point. */
class Writer {
  #numbers = new Map();

  write(value) {
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value;
      case 'undefined':
        return ['u'];
      case 'bigint':
        return ['n', String(value)];
      case 'number':
        if (Object.is(value, -0)) return ['f', '-0'];
        return Number.isFinite(value) ? value : ['f', String(value)];
    }
    if (value === null) return null;
    const number = this.#numbers.get(value);
    if (number !== undefined) return ['r', number];
    this.#numbers.set(value, this.#numbers.size);
    return this.#writeObject(value);
  }

  #writeObject(value) {
    if (types.isDate(value)) return ['d', Date.prototype.getTime.call(value)];
    if (types.isRegExp(value)) return ['x', value.source, value.flags];
    if (types.isArrayBuffer(value) || types.isSharedArrayBuffer(value)) {
      return ['b', Buffer.from(value).toString('base64'), value.resizable ? value.maxByteLength : -1];
    }
    if (types.isTypedArray(value)) {
      return [
        't',
        typedArrayTag.call(value),
        this.write(typedArrayBuffer.call(value)),
        typedArrayByteOffset.call(value),
        typedArrayByteLength.call(value),
      ];
    }
    if (types.isDataView(value)) {
      return ['v', this.write(dataViewBuffer.call(value)), dataViewByteOffset.call(value), dataViewByteLength.call(value)];
    }
    if (types.isMap(value)) return ['m', [...value].map(([key, entry]) => [this.write(key), this.write(entry)])];
    if (types.isSet(value)) return ['s', [...value].map((entry) => this.write(entry))];
    if (types.isBoxedPrimitive(value)) return ['p', this.write(value.valueOf())];
    if (Error.isError(value)) {
      const cause = Object.hasOwn(value, 'cause') ? [this.write(value.cause)] : [];
      return ['e', value.name, value.message, value.stack, ...cause];
    }
    if (value instanceof Blob) {
      throw new DOMException('A Blob could not be sent to another thread.', 'DataCloneError');
    }
    if (isCloneable(value)) {
      const { data, deserializeInfo } = value[kClone]();
      return ['c', deserializeInfo, this.write(data)];
    }
    const properties = Object.keys(value).map((key) => [key, this.write(value[key])]);
    return Array.isArray(value) ? ['a', value.length, properties] : ['o', properties];
  }
}

/** Reads what `Writer` wrote, numbering objects in the same order. */
class Reader {
  #objects = [];

  read(node) {
    // QuickJS's JSON.parse gives every number as a double; an integer made a small
    // integer again keeps arithmetic on it fast (a worker's loop bounds, say).
    if (typeof node === 'number') return (node | 0) === node ? node | 0 : node;
    if (!Array.isArray(node)) return node;
    switch (node[0]) {
      case 'u':
        return undefined;
      case 'n':
        return BigInt(node[1]);
      case 'f':
        return Number(node[1]);
      case 'r':
        return this.#objects[node[1]];
    }
    const number = this.#objects.length;
    this.#objects.push(undefined);
    const keep = (object) => {
      this.#objects[number] = object;
      return object;
    };
    switch (node[0]) {
      case 'd':
        return keep(new Date(node[1]));
      case 'x':
        return keep(new RegExp(node[1], node[2]));
      case 'b': {
        const bytes = Buffer.from(node[1], 'base64');
        const buffer = keep(node[2] >= 0 ? new ArrayBuffer(bytes.length, { maxByteLength: node[2] }) : new ArrayBuffer(bytes.length));
        new Uint8Array(buffer).set(bytes);
        return buffer;
      }
      case 't': {
        const Type = typedArrays.get(node[1]);
        return keep(new Type(this.read(node[2]), node[3], node[4] / Type.BYTES_PER_ELEMENT));
      }
      case 'v':
        return keep(new DataView(this.read(node[1]), node[2], node[3]));
      case 'm': {
        const map = keep(new Map());
        for (const [key, value] of node[1]) map.set(this.read(key), this.read(value));
        return map;
      }
      case 's': {
        const set = keep(new Set());
        for (const value of node[1]) set.add(this.read(value));
        return set;
      }
      case 'p':
        return keep(Object(this.read(node[1])));
      case 'e':
        return this.#readError(node, keep);
      case 'c':
        return keep(revive(node[1], this.read(node[2])));
      case 'a':
        return this.#readProperties(node[2], keep(new Array(node[1])));
      default:
        return this.#readProperties(node[1], keep({}));
    }
  }

  #readError([, name, message, stack, ...cause], keep) {
    const error = keep(new (errorTypes[name] ?? Error)());
    const hidden = (key, value) => Object.defineProperty(error, key, { value, writable: true, configurable: true });
    if (message !== undefined) hidden('message', message);
    hidden('stack', stack);
    if (cause.length > 0) hidden('cause', this.read(cause[0]));
    return error;
  }

  #readProperties(properties, object) {
    for (const [key, value] of properties) {
      Object.defineProperty(object, key, { value: this.read(value), writable: true, enumerable: true, configurable: true });
    }
    return object;
  }
}

/** `value` as a string, with the buffers of `transfer` given up as postMessage gives them up. */
function serialize(value, transfer) {
  const copy = structuredClone(value, { transfer });
  return JSON.stringify(new Writer().write(copy));
}

function deserialize(text) {
  return new Reader().read(JSON.parse(text));
}

module.exports = { serialize, deserialize };
