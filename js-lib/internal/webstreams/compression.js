'use strict';
// CompressionStream and DecompressionStream (WHATWG Compression): like Node's, each is
// a zlib stream seen through the web stream adapters, exposing its two sides.

const { newReadableWritablePairFromDuplex } = require('internal/webstreams/adapters');
const { inspectWith } = require('internal/webstreams/streams');
const { customInspectSymbol } = require('internal/util/inspect');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS },
} = require('internal/errors');

// zlib requires the stream module, which the web stream globals come before.
const zlib = () => require('zlib');

function defineFormatStream(name, makers) {
  const Class = class {
    #pair;

    constructor(format) {
      if (!Object.hasOwn(makers, format)) throw new ERR_INVALID_ARG_VALUE('format', format);
      this.#pair = newReadableWritablePairFromDuplex(zlib()[makers[format]]());
    }

    static #check(self) {
      if (self === null || typeof self !== 'object' || !(#pair in self)) throw new ERR_INVALID_THIS(name);
      return self;
    }

    get readable() {
      return Class.#check(this).#pair.readable;
    }

    get writable() {
      return Class.#check(this).#pair.writable;
    }

    [customInspectSymbol](depth, options, inspect) {
      return inspectWith(this, name, { readable: this.readable, writable: this.writable }, depth, options, inspect);
    }
  };
  Object.defineProperty(Class, 'name', { value: name });
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: name, configurable: true });
  return Class;
}

const CompressionStream = defineFormatStream('CompressionStream', {
  __proto__: null,
  deflate: 'createDeflate',
  'deflate-raw': 'createDeflateRaw',
  gzip: 'createGzip',
});
const DecompressionStream = defineFormatStream('DecompressionStream', {
  __proto__: null,
  deflate: 'createInflate',
  'deflate-raw': 'createInflateRaw',
  gzip: 'createGunzip',
});

module.exports = { CompressionStream, DecompressionStream };
