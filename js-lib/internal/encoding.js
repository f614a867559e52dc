'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding) for utf-8, utf-16le and latin1
// (windows-1252's label set decodes as latin1 here, as in Node without full ICU).

const binding = internalBinding('encoding');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

const labels = new Map();
for (const [encoding, names] of [
  ['utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']],
  ['utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']],
  [
    'latin1',
    [
      'ansi_x3.4-1968',
      'ascii',
      'cp1252',
      'cp819',
      'csisolatin1',
      'ibm819',
      'iso-8859-1',
      'iso-ir-100',
      'iso8859-1',
      'iso88591',
      'iso_8859-1',
      'iso_8859-1:1987',
      'l1',
      'latin1',
      'us-ascii',
      'windows-1252',
      'x-cp1252',
    ],
  ],
]) {
  for (const name of names) labels.set(name, encoding);
}

function invalidThis(type) {
  const err = new TypeError(`Value of "this" must be of type ${type}`);
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function toBytesView(input) {
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) return input;
  if (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer) return new Uint8Array(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
}

function asUint8Array(input) {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
}

/** UTF-16LE bytes to a string, lone surrogates kept, as Node does. */
function decodeUtf16le(bytes) {
  const units = new Uint16Array(bytes.byteLength >> 1);
  for (let i = 0; i < units.length; i++) units[i] = bytes[2 * i] | (bytes[2 * i + 1] << 8);
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode.apply(null, units.subarray(i, i + 8192));
  return text;
}

/** How many bytes at the end of `bytes` start a UTF-8 sequence that is not complete yet. */
function incompleteUtf8Tail(bytes) {
  const length = bytes.length;
  for (let back = 1; back <= Math.min(3, length); back++) {
    const byte = bytes[length - back];
    if ((byte & 0xc0) !== 0x80) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return needed > back ? back : 0;
    }
  }
  return 0;
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = null;
  #bomSeen = false;

  constructor(encoding = 'utf-8', options = {}) {
    // The Encoding standard strips ASCII whitespace only (not U+000B, U+00A0, U+2028...).
    const label = String(encoding)
      .replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '')
      .toLowerCase();
    const resolved = labels.get(label);
    if (resolved === undefined) {
      const err = new RangeError(`The "${encoding}" encoding is not supported`);
      err.code = 'ERR_ENCODING_NOT_SUPPORTED';
      throw err;
    }
    this.#encoding = resolved === 'latin1' ? 'windows-1252' : resolved;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
  }

  get encoding() {
    return this.#encoding;
  }

  get fatal() {
    return this.#fatal;
  }

  get ignoreBOM() {
    return this.#ignoreBOM;
  }

  decode(input = new Uint8Array(0), options = {}) {
    let bytes = asUint8Array(toBytesView(input));
    const stream = Boolean(options?.stream);
    if (this.#pending !== null) {
      const joined = new Uint8Array(this.#pending.length + bytes.length);
      joined.set(this.#pending);
      joined.set(bytes, this.#pending.length);
      bytes = joined;
      this.#pending = null;
    }
    if (stream) {
      const keep = this.#encoding === 'utf-8' ? incompleteUtf8Tail(bytes) : this.#encoding === 'utf-16le' ? bytes.length % 2 : 0;
      if (keep > 0) {
        this.#pending = bytes.slice(bytes.length - keep);
        bytes = bytes.subarray(0, bytes.length - keep);
      }
    }
    let text;
    if (this.#encoding === 'utf-8') text = binding.decodeUtf8(bytes, this.#fatal);
    else if (this.#encoding === 'utf-16le') text = decodeUtf16le(bytes);
    else text = binding.decodeLatin1(bytes);
    if (!this.#ignoreBOM && !this.#bomSeen && text.charCodeAt(0) === 0xfeff && this.#encoding !== 'windows-1252') text = text.slice(1);
    this.#bomSeen = stream && (this.#bomSeen || text.length > 0);
    if (!stream) this.#bomSeen = false;
    return text;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

class TextEncoder {
  get encoding() {
    if (!(this instanceof TextEncoder)) throw invalidThis('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    return new Uint8Array(binding.encodeUtf8(String(input).toWellFormed()));
  }

  encodeInto(source, destination) {
    const encoded = this.encode(source);
    let written = encoded.length;
    if (written > destination.length) {
      written = destination.length;
      // Never split a character: back up to the start of the last whole one.
      while (written > 0 && (encoded[written] & 0xc0) === 0x80) written--;
    }
    destination.set(encoded.subarray(0, written));
    const text = new TextDecoder().decode(encoded.subarray(0, written));
    let read = 0;
    for (const char of text) read += char.length;
    return { read, written };
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

module.exports = { TextEncoder, TextDecoder, incompleteUtf8Tail };
