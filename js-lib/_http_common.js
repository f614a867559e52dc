'use strict';
// What the HTTP server and client share: the message parser and header syntax checks.
// The parser keeps HTTP/1.x's state here and lets the `http_parser` native scan heads
// (and work out their framing), trailers and chunk sizes with llhttp's strict grammar.
// It is strict where request smuggling lives, as Node is: Content-Length with
// Transfer-Encoding, repeated Content-Lengths, a Transfer-Encoding that does not end in
// chunked, bare CRs and LFs, and oversized heads or chunk extensions are errors.

const { Buffer } = require('buffer');
// `methods`: the request methods llhttp knows, sorted; the native refuses any other.
// `framingFlags`: what the bits of a parsed head's framing mean.
const { methods, framingFlags, parseRequest, parseResponse, parseTrailers, parseChunkSize } = internalBinding('http_parser');
const { CHUNKED, KEEP_ALIVE, UPGRADE, BODY_REFUSED } = framingFlags;

const tokenPattern = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
/** Header values may hold any byte but NUL, CR, LF and other controls except tab. */
const invalidHeaderChar = /[^\t\x20-\x7e\x80-\xff]/;

function checkIsHttpToken(value) {
  return tokenPattern.test(value);
}

function checkInvalidHeaderChar(value) {
  return invalidHeaderChar.test(value);
}

const REQUEST = 1;
const RESPONSE = 2;

const HEAD = 0;
const BODY_LENGTH = 1;
const CHUNK_SIZE = 2;
const CHUNK_DATA = 3;
const CHUNK_DATA_END = 4;
const TRAILERS = 5;
const BODY_UNTIL_CLOSE = 6;
const UPGRADED = 7;

/** Whether a response's first bytes can begin `HTTP/`, the check llhttp words as HPE_INVALID_CONSTANT. */
function isStatusLineStart(data, offset) {
  const length = Math.min(5, data.length - offset);
  return data.toString('latin1', offset, offset + length) === 'HTTP/'.slice(0, length);
}

/** Node's parse error: llhttp's code and reason, and where in `rawPacket` parsing stopped. */
function parseError(code, reason, bytesParsed, rawPacket) {
  const err = new Error(`Parse Error: ${reason}`);
  err.code = code;
  err.reason = reason;
  err.bytesParsed = bytesParsed;
  err.rawPacket = rawPacket;
  return err;
}

/** A native scanner's `[code, reason, position]` as a parse error. */
function scanError([code, reason, position], data) {
  return parseError(code, reason, position, data);
}

/**
 * One connection's HTTP/1.x message stream, fed with `execute(chunk)`. Callbacks:
 * `onHeaders(info)` for each head (returning true means the message has no body,
 * as for the response to a HEAD request), `onBody(buffer)`, `onMessageComplete(rawTrailers)`.
 * `execute` returns an Error for malformed input, or `{ upgrade: rest }` once the
 * connection stops being HTTP (Upgrade, CONNECT).
 */
class HTTPParser {
  constructor(kind, { maxHeaderSize = 16384 } = {}) {
    this.kind = kind;
    this.maxHeaderSize = maxHeaderSize;
    this.state = HEAD;
    this.pending = null;
    this.remaining = 0;
    this.onHeaders = null;
    this.onBody = null;
    this.onMessageComplete = null;
    /** Whether a message head has started arriving (for the headers timeout). */
    this.inMessage = false;
  }

  execute(chunk) {
    let data = chunk;
    if (this.pending !== null) {
      data = Buffer.concat([this.pending, chunk]);
      this.pending = null;
    }
    let offset = 0;
    // A head that ends the chunk still reports the upgrade, with nothing left over.
    while (offset < data.length || this.state === UPGRADED) {
      const consumed = this.step(data, offset);
      if (consumed instanceof Error || consumed?.upgrade) return consumed;
      if (consumed === 0) {
        this.pending = data.subarray(offset);
        if (this.state === HEAD && this.pending.length > this.maxHeaderSize) {
          return parseError('HPE_HEADER_OVERFLOW', 'Header overflow', data.length, data);
        }
        break;
      }
      offset += consumed;
    }
    return undefined;
  }

  /** The connection ended: completes a body that runs until close; an error if a message was cut short. */
  finish() {
    if (this.state === BODY_UNTIL_CLOSE) {
      this.state = HEAD;
      this.onMessageComplete([]);
      return undefined;
    }
    if (this.state !== HEAD || this.pending !== null) {
      return parseError('HPE_INVALID_EOF_STATE', 'Invalid EOF state', 0, this.pending ?? Buffer.alloc(0));
    }
    return undefined;
  }

  /** Handles what `data` holds at `offset`; returns the bytes used (0: more are needed). */
  step(data, offset) {
    switch (this.state) {
      case HEAD:
        return this.head(data, offset);
      case BODY_LENGTH:
        return this.body(data, offset, BODY_LENGTH);
      case BODY_UNTIL_CLOSE:
        return this.body(data, offset, BODY_UNTIL_CLOSE);
      case CHUNK_SIZE:
        return this.chunkSize(data, offset);
      case CHUNK_DATA:
        return this.body(data, offset, CHUNK_DATA);
      case CHUNK_DATA_END:
        return this.chunkDataEnd(data, offset);
      case TRAILERS:
        return this.trailers(data, offset);
      default:
        return { upgrade: data.subarray(offset) };
    }
  }

  head(data, offset) {
    // Empty lines between messages are tolerated, as llhttp does.
    if (data[offset] === 0x0d || data[offset] === 0x0a) return 1;
    this.inMessage = true;
    if (this.kind === RESPONSE && !isStatusLineStart(data, offset)) {
      return parseError('HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/', offset, data);
    }
    const parsed = this.kind === REQUEST ? parseRequest(data, offset) : parseResponse(data, offset);
    if (parsed === null) return 0;
    if (typeof parsed[0] === 'string') return scanError(parsed, data);
    const consumed = parsed[0];
    if (consumed > this.maxHeaderSize) return parseError('HPE_HEADER_OVERFLOW', 'Header overflow', offset + consumed, data);
    const versionMajor = parsed[1];
    const versionMinor = parsed[2];
    const first = parsed[3];
    const second = parsed[4];
    const rawHeaders = parsed[5];
    const bodyLength = parsed[6];
    const framing = parsed[7];
    // llhttp refuses the head, or (BODY_REFUSED) announces it and then refuses the body.
    const refusal = parsed.length > 8 ? parsed[8] : null;
    if (refusal !== null && (framing & BODY_REFUSED) === 0) return parseError(refusal, parsed[9], offset + consumed, data);
    const info = {
      versionMajor,
      versionMinor,
      rawHeaders,
      method: this.kind === REQUEST ? first : undefined,
      url: this.kind === REQUEST ? second : undefined,
      statusCode: this.kind === RESPONSE ? first : undefined,
      statusMessage: this.kind === RESPONSE ? second : undefined,
      shouldKeepAlive: (framing & KEEP_ALIVE) !== 0,
      upgrade: (framing & UPGRADE) !== 0,
    };
    const skipBody = this.onHeaders(info) === true;
    this.inMessage = false;
    if (refusal !== null) return parseError(refusal, parsed[9], offset + consumed, data);
    if (info.upgrade) {
      this.state = UPGRADED;
      return consumed;
    }
    if (skipBody || (this.kind === RESPONSE && (first < 200 || first === 204 || first === 304))) {
      this.onMessageComplete([]);
    } else if ((framing & CHUNKED) !== 0) {
      this.state = CHUNK_SIZE;
    } else if (typeof bodyLength === 'number') {
      if (bodyLength === 0) this.onMessageComplete([]);
      else {
        this.state = BODY_LENGTH;
        this.remaining = bodyLength;
      }
    } else if (this.kind === RESPONSE) {
      this.state = BODY_UNTIL_CLOSE;
    } else {
      this.onMessageComplete([]);
    }
    return consumed;
  }

  body(data, offset, state) {
    const available = data.length - offset;
    const take = state === BODY_UNTIL_CLOSE ? available : Math.min(available, this.remaining);
    this.onBody(data.subarray(offset, offset + take));
    if (state === BODY_UNTIL_CLOSE) return take;
    this.remaining -= take;
    if (this.remaining === 0) {
      if (state === CHUNK_DATA) this.state = CHUNK_DATA_END;
      else {
        this.state = HEAD;
        this.onMessageComplete([]);
      }
    }
    return take;
  }

  chunkSize(data, offset) {
    const parsed = parseChunkSize(data, offset);
    if (parsed === null) return 0;
    if (typeof parsed[0] === 'string') return scanError(parsed, data);
    const [consumed, size] = parsed;
    if (size === 0) this.state = TRAILERS;
    else {
      this.state = CHUNK_DATA;
      this.remaining = size;
    }
    return consumed;
  }

  chunkDataEnd(data, offset) {
    if (data.length - offset < 2) return 0;
    if (data[offset] !== 0x0d) return parseError('HPE_STRICT', 'Expected LF after chunk data', offset, data);
    if (data[offset + 1] !== 0x0a) return parseError('HPE_STRICT', 'Expected LF after chunk data', offset + 1, data);
    this.state = CHUNK_SIZE;
    return 2;
  }

  /** The trailer section after the last chunk: header lines, then an empty line. */
  trailers(data, offset) {
    const parsed = parseTrailers(data, offset);
    if (parsed === null) {
      if (data.length - offset > this.maxHeaderSize) return parseError('HPE_HEADER_OVERFLOW', 'Header overflow', offset, data);
      return 0;
    }
    if (typeof parsed[0] === 'string') return scanError(parsed, data);
    this.state = HEAD;
    this.onMessageComplete(parsed[1]);
    return parsed[0];
  }
}

module.exports = {
  HTTPParser,
  REQUEST,
  RESPONSE,
  methods,
  checkIsHttpToken,
  checkInvalidHeaderChar,
  // The names Node's module exports them under.
  _checkIsHttpToken: checkIsHttpToken,
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
};
