'use strict';
// TextEncoderStream and TextDecoderStream (WHATWG Encoding): TransformStreams over
// TextEncoder and TextDecoder. Like Node's, they are not TransformStreams themselves
// but carry one, exposing its two sides.

const { TextEncoder, TextDecoder } = require('internal/encoding');
const { TransformStream, inspectWith } = require('internal/webstreams/streams');
const { customInspectSymbol } = require('internal/util/inspect');
const {
  codes: { ERR_INVALID_THIS },
} = require('internal/errors');

const isHighSurrogate = (code) => code >= 0xd800 && code <= 0xdbff;

class TextEncoderStream {
  #transform;

  constructor() {
    const encoder = new TextEncoder();
    // A surrogate pair may be split across chunks: a trailing high surrogate waits for
    // the next chunk, and alone at the end it is encoded as U+FFFD.
    let pending = '';
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        let text = pending + String(chunk);
        pending = '';
        if (isHighSurrogate(text.charCodeAt(text.length - 1))) {
          pending = text.slice(-1);
          text = text.slice(0, -1);
        }
        if (text !== '') controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        if (pending !== '') controller.enqueue(encoder.encode(pending));
      },
    });
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#transform in self)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return self;
  }

  get encoding() {
    TextEncoderStream.#check(this);
    return 'utf-8';
  }

  get readable() {
    return TextEncoderStream.#check(this).#transform.readable;
  }

  get writable() {
    return TextEncoderStream.#check(this).#transform.writable;
  }

  [customInspectSymbol](depth, options, inspect) {
    return inspectWith(
      this,
      'TextEncoderStream',
      { encoding: this.encoding, readable: this.readable, writable: this.writable },
      depth,
      options,
      inspect,
    );
  }
}

class TextDecoderStream {
  #transform;
  #decoder;

  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this.#decoder = decoder;
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        const text = decoder.decode(chunk, { stream: true });
        if (text !== '') controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text !== '') controller.enqueue(text);
      },
    });
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#transform in self)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return self;
  }

  get encoding() {
    return TextDecoderStream.#check(this).#decoder.encoding;
  }

  get fatal() {
    return TextDecoderStream.#check(this).#decoder.fatal;
  }

  get ignoreBOM() {
    return TextDecoderStream.#check(this).#decoder.ignoreBOM;
  }

  get readable() {
    return TextDecoderStream.#check(this).#transform.readable;
  }

  get writable() {
    return TextDecoderStream.#check(this).#transform.writable;
  }

  [customInspectSymbol](depth, options, inspect) {
    const fields = {
      encoding: this.encoding,
      fatal: this.fatal,
      ignoreBOM: this.ignoreBOM,
      readable: this.readable,
      writable: this.writable,
    };
    return inspectWith(this, 'TextDecoderStream', fields, depth, options, inspect);
  }
}

module.exports = { TextEncoderStream, TextDecoderStream };
