'use strict';
// Blob: immutable bytes with a MIME type, and File: a Blob with a name (WHATWG File API).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { makeEnumerable } = require('internal/webidl');

function partBytes(part) {
  if (part instanceof Blob) return part[kBytes]();
  if (part instanceof ArrayBuffer) return new Uint8Array(part.slice(0));
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  return new TextEncoder().encode(String(part));
}

const kBytes = Symbol('kBytes');

class Blob {
  #bytes;
  #type;

  constructor(sources = [], options = {}) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    const parts = Array.from(sources, partBytes);
    const total = parts.reduce((sum, part) => sum + part.length, 0);
    this.#bytes = new Uint8Array(total);
    let offset = 0;
    for (const part of parts) {
      this.#bytes.set(part, offset);
      offset += part.length;
    }
    // Each option is read once, as WebIDL reads a dictionary.
    let type = options?.type;
    type = type === undefined ? '' : String(type);
    this.#type = /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '';
  }

  /** The bytes, shared: other Blobs, FormData and fetch bodies read them without copying. */
  [kBytes]() {
    return this.#bytes;
  }

  get type() {
    return this.#type;
  }

  get size() {
    return this.#bytes.length;
  }

  slice(start = 0, end = this.size, contentType = '') {
    const size = this.size;
    const from = start < 0 ? Math.max(size + start, 0) : Math.min(start, size);
    const to = end < 0 ? Math.max(size + end, 0) : Math.min(end, size);
    return new Blob([this.#bytes.subarray(from, Math.max(from, to))], { type: contentType });
  }

  async arrayBuffer() {
    return this.#bytes.slice().buffer;
  }

  async bytes() {
    return this.#bytes.slice();
  }

  async text() {
    return new TextDecoder().decode(this.#bytes);
  }

  stream() {
    const bytes = this.#bytes.slice();
    const { ReadableStream } = require('internal/webstreams/streams');
    return new ReadableStream({
      type: 'bytes',
      start(controller) {
        if (bytes.length > 0) controller.enqueue(bytes);
        controller.close();
      },
    });
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    return `Blob ${inspect({ size: this.size, type: this.type }, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });
makeEnumerable(Blob.prototype, ['type', 'size', 'slice', 'arrayBuffer', 'text', 'stream']);

class File extends Blob {
  #name;
  #lastModified;

  constructor(bits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(bits, options);
    this.#name = String(fileName);
    // A number as Node takes it (`+`: a BigInt is a TypeError), NaN as 0.
    const lastModified = options?.lastModified;
    this.#lastModified = lastModified === undefined ? Date.now() : +lastModified || 0;
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const fields = { size: this.size, type: this.type, name: this.name, lastModified: this.lastModified };
    return `File ${inspect(fields, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });
makeEnumerable(File.prototype, ['name', 'lastModified']);

// Blob URLs (`blob:nodedata:<id>`): URL.createObjectURL stores a Blob under a new id,
// URL.revokeObjectURL forgets it, buffer.resolveObjectURL finds it again.
const objectUrls = new Map();

function createObjectURL(obj) {
  if (!(obj instanceof Blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
  const id = require('crypto').randomUUID();
  objectUrls.set(id, obj);
  return `blob:nodedata:${id}`;
}

/** The id of a `blob:nodedata:<id>` URL, or undefined. */
function objectUrlId(url) {
  let parsed;
  try {
    parsed = new URL(`${url}`);
  } catch {
    return undefined;
  }
  const split = parsed.pathname.split(':');
  return split.length === 2 && split[0] === 'nodedata' ? split[1] : undefined;
}

function revokeObjectURL(url) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
  const id = objectUrlId(url);
  if (id !== undefined) objectUrls.delete(id);
}

function resolveObjectURL(url) {
  const id = objectUrlId(url);
  const blob = id === undefined ? undefined : objectUrls.get(id);
  // Node hands out a new Blob over the same bytes.
  return blob === undefined ? undefined : blob.slice(0, blob.size, blob.type);
}

module.exports = { Blob, File, kBytes, createObjectURL, revokeObjectURL, resolveObjectURL };
