'use strict';
// node:string_decoder — decodes a byte stream chunk by chunk, holding back the bytes of
// a character (or base64 group) split across chunks.

const { Buffer } = require('buffer');
const { incompleteUtf8Tail } = require('internal/encoding');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const { withMethods } = require('internal/util/function_constructor');

function normalize(encoding) {
  const normalized = encoding === undefined ? 'utf8' : Buffer.isEncoding(encoding) ? String(encoding).toLowerCase() : undefined;
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  switch (normalized) {
    case 'utf-8':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf-16le':
      return 'utf16le';
    case 'binary':
      return 'latin1';
    default:
      return normalized;
  }
}

/** How many bytes at the end of `bytes` belong to a character not complete yet. */
function pendingLength(encoding, bytes) {
  const length = bytes.length;
  if (encoding === 'utf8') return incompleteUtf8Tail(bytes);
  if (encoding === 'utf16le') {
    if (length % 2 === 1) return 1;
    // A high surrogate at the end waits for its low half.
    const last = length >= 2 ? bytes[length - 2] | (bytes[length - 1] << 8) : 0;
    return last >= 0xd800 && last <= 0xdbff ? 2 : 0;
  }
  if (encoding === 'base64' || encoding === 'base64url') return length % 3;
  return 0;
}

function StringDecoder(encoding) {
  this.encoding = normalize(encoding);
  this.pending = Buffer.alloc(0);
}

withMethods(
  StringDecoder,
  class {
    write(buffer) {
      if (typeof buffer === 'string') return buffer;
      if (!ArrayBuffer.isView(buffer)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buffer);
      let bytes = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      if (this.pending.length > 0) bytes = Buffer.concat([this.pending, bytes]);
      const keep = pendingLength(this.encoding, bytes);
      this.pending = Buffer.from(bytes.subarray(bytes.length - keep));
      return bytes.toString(this.encoding, 0, bytes.length - keep);
    }

    end(buffer) {
      let text = buffer === undefined ? '' : this.write(buffer);
      if (this.pending.length > 0) {
        text += this.encoding === 'utf8' ? '\ufffd' : this.pending.toString(this.encoding);
        this.pending = Buffer.alloc(0);
      }
      return text;
    }

    text(buffer, offset) {
      return this.write(buffer.subarray(offset));
    }

    get lastNeed() {
      return this.pending.length === 0 ? 0 : Math.max(0, (this.encoding === 'utf8' ? 4 : 2) - this.pending.length);
    }

    get lastTotal() {
      return this.pending.length + this.lastNeed;
    }
  },
);

module.exports = { StringDecoder };
