'use strict';
// OutgoingMessage: what ServerResponse and ClientRequest share. It stores headers,
// renders the head with the framing headers Node adds (Date, Connection, Keep-Alive,
// Content-Length or Transfer-Encoding), frames the body (chunked when its length is
// unknown) and writes to the socket, or buffers until one is assigned.

const Stream = require('stream');
const { Buffer } = require('buffer');
const { checkIsHttpToken, checkInvalidHeaderChar, chunkExpression, continueExpression } = require('_http_common');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_HEADER_VALUE,
    ERR_HTTP_TRAILER_INVALID,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_INVALID_HTTP_TOKEN,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_CANNOT_PIPE,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_NULL_VALUES,
    ERR_STREAM_WRITE_AFTER_END,
    ERR_HTTP_BODY_NOT_ALLOWED,
    ERR_HTTP_CONTENT_LENGTH_MISMATCH,
  },
} = require('internal/errors');
const { withMethods } = require('internal/util/function_constructor');
const { validateString } = require('internal/validators');
const { shape } = require('internal/util/function_shape');

const kOutHeaders = Symbol('kOutHeaders');
const kNeedDrain = Symbol('kNeedDrain');
const kCorked = Symbol('corked');
const kHighWaterMark = Symbol('kHighWaterMark');
const kBytesWritten = Symbol('kBytesWritten');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');

const CRLF = '\r\n';
/** The largest binary body copied to go out in one write with its head. */
const SHARED_WRITE_LIMIT = 16 * 1024;
const nop = () => {};

function validateHeaderName(name, label) {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('header content', name);
}

/** The current date in IMF-fixdate, recomputed at most once a second as Node caches it. */
let cachedDate;
let cachedDateSecond = -1;
function utcDate() {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== cachedDateSecond) {
    cachedDateSecond = second;
    cachedDate = new Date(now).toUTCString();
  }
  return cachedDate;
}

function byteLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

const nonAscii = /[\u0080-\uffff]/;

function isAscii(string) {
  return !nonAscii.test(string);
}

function emitErrorLater(msg, err, callback) {
  process.nextTick(() => {
    callback(err);
    if (msg.listenerCount('error') > 0 || !msg.socket) msg.emit('error', err);
  });
}

/** Whether `strictContentLength` applies: a body of a length the headers state. */
function holdsToContentLength(msg) {
  return msg.strictContentLength && msg._contentLength != null && msg._hasBody && !msg.chunkedEncoding;
}

/**
 * Whether `data` can go out in one write with the head, which has not gone out yet. The
 * head is latin1: a string body shares its write only where the body's encoding gives
 * the head the same bytes, a binary one only when small and going straight to its socket
 * (one write instead of two is most of a small response's cost).
 */
function sharesWriteWithHead(msg, data, encoding) {
  if (typeof data === 'string') return encoding === 'latin1' || ((encoding === 'utf8' || !encoding) && isAscii(msg._header));
  return data instanceof Uint8Array && data.byteLength <= SHARED_WRITE_LIMIT && msg.socket?._httpMessage === msg && msg.socket.writable;
}

/**
 * Writes one chunk of `msg`'s body (Node's write_): a function of the message rather than a
 * method, as Node's OutgoingMessage.prototype.write works on any object given as `this`.
 */
function writeChunk(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    if (!msg.destroyed) emitErrorLater(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }
  const length = byteLength(chunk, encoding);
  if (!msg._header) {
    if (fromEnd) msg._contentLength = length;
    msg._implicitHeader();
  }
  // Checked before anything is written, so that a refused chunk leaves the message as it
  // was: the last chunk must make the length exact, the others must stay within it.
  const total = msg[kBytesWritten] + length;
  if (holdsToContentLength(msg) && (fromEnd ? total !== msg._contentLength : total > msg._contentLength)) {
    throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(total, msg._contentLength);
  }
  msg[kBytesWritten] = total;
  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw new ERR_HTTP_BODY_NOT_ALLOWED();
    process.nextTick(callback);
    return true;
  }
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(() => msg.socket?.uncork());
  }
  if (msg.chunkedEncoding && length !== 0) {
    msg._send(`${length.toString(16)}${CRLF}`, 'latin1', null);
    msg._send(chunk, encoding, null);
    return msg._send(CRLF, 'latin1', callback);
  }
  return msg._send(chunk, encoding, callback);
}

function OutgoingMessage(options) {
  if (!(this instanceof OutgoingMessage)) return new OutgoingMessage(options);
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this.strictContentLength = false;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this.finished = false;
  this._headerSent = false;
  this._closed = false;
  this.socket = null;
  this._header = null;
  this._keepAliveTimeout = 0;
  this._onPendingData = nop;
  this.errored = null;
  this[kOutHeaders] = null;
  this[kNeedDrain] = false;
  this[kCorked] = 0;
  this[kBytesWritten] = 0;
  this[kHighWaterMark] = options?.highWaterMark ?? Stream.getDefaultHighWaterMark?.(false) ?? 16384;
  this[kRejectNonStandardBodyWrites] = options?.rejectNonStandardBodyWrites ?? false;
}

withMethods(
  OutgoingMessage,
  class extends Stream {
    get writableFinished() {
      return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
    }

    get writableObjectMode() {
      return false;
    }

    get writableLength() {
      return this.outputSize + (this.socket ? this.socket.writableLength : 0);
    }

    get writableHighWaterMark() {
      return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark];
    }

    get writableCorked() {
      return this.socket ? this.socket.writableCorked : this[kCorked];
    }

    get writableEnded() {
      return this.finished;
    }

    get writableNeedDrain() {
      return !this.destroyed && !this.finished && this[kNeedDrain];
    }

    get connection() {
      return this.socket;
    }

    set connection(socket) {
      this.socket = socket;
    }

    get headersSent() {
      return Boolean(this._header);
    }

    cork() {
      if (this.socket) this.socket.cork();
      else this[kCorked]++;
    }

    uncork() {
      if (this.socket) this.socket.uncork();
      else if (this[kCorked]) this[kCorked]--;
    }

    setTimeout(msecs, callback) {
      if (callback) this.on('timeout', callback);
      if (this.socket) this.socket.setTimeout(msecs);
      else this.once('socket', (socket) => socket.setTimeout(msecs));
      return this;
    }

    destroy(error) {
      if (this.destroyed) return this;
      this.destroyed = true;
      this.errored = error;
      if (this.socket) this.socket.destroy(error);
      else this.once('socket', (socket) => socket.destroy(error));
      return this;
    }

    setHeader(name, value) {
      if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
      validateHeaderName(name);
      validateHeaderValue(name, value);
      this[kOutHeaders] ??= Object.create(null);
      this[kOutHeaders][name.toLowerCase()] = [name, value];
      return this;
    }

    setHeaders(headers) {
      if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
      if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
        throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
      }
      for (const key of headers.keys()) this.setHeader(key, headers.get(key));
      return this;
    }

    appendHeader(name, value) {
      if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
      validateHeaderName(name);
      validateHeaderValue(name, value);
      const key = name.toLowerCase();
      this[kOutHeaders] ??= Object.create(null);
      const existing = this[kOutHeaders][key];
      if (existing === undefined) {
        this[kOutHeaders][key] = [name, value];
      } else {
        const values = Array.isArray(existing[1]) ? existing[1] : [existing[1]];
        existing[1] = values.concat(value);
      }
      return this;
    }

    getHeader(name) {
      validateString(name, 'name');
      return this[kOutHeaders]?.[name.toLowerCase()]?.[1];
    }

    getHeaderNames() {
      return this[kOutHeaders] ? Object.keys(this[kOutHeaders]) : [];
    }

    getRawHeaderNames() {
      return this[kOutHeaders] ? Object.values(this[kOutHeaders]).map(([name]) => name) : [];
    }

    getHeaders() {
      const result = Object.create(null);
      for (const [key, [, value]] of Object.entries(this[kOutHeaders] ?? {})) result[key] = value;
      return result;
    }

    hasHeader(name) {
      validateString(name, 'name');
      return this[kOutHeaders] !== null && this[kOutHeaders][name.toLowerCase()] !== undefined;
    }

    removeHeader(name) {
      validateString(name, 'name');
      if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
      const key = name.toLowerCase();
      if (key === 'connection') this._removedConnection = true;
      else if (key === 'content-length') this._removedContLen = true;
      else if (key === 'transfer-encoding') this._removedTE = true;
      else if (key === 'date') this.sendDate = false;
      if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
    }

    _implicitHeader() {
      throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
    }

    /** Renders the head: the first line, the given headers, then the framing headers Node adds. */
    _storeHeader(firstLine, headers) {
      const state = { connection: false, contLen: false, te: false, date: false, expect: false, trailer: false, header: firstLine };
      if (headers) {
        if (headers === this[kOutHeaders]) {
          for (const key in headers) this._processHeader(state, headers[key][0], headers[key][1], false);
        } else if (Array.isArray(headers)) {
          const pairs = headers.length > 0 && Array.isArray(headers[0]);
          if (!pairs && headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
          if (pairs) for (const [name, value] of headers) this._processHeader(state, name, value, true);
          else for (let i = 0; i < headers.length; i += 2) this._processHeader(state, headers[i], headers[i + 1], true);
        } else {
          for (const key of Object.keys(headers)) this._processHeader(state, key, headers[key], true);
        }
      }
      let header = state.header;
      if (this.sendDate && !state.date) header += `Date: ${utcDate()}${CRLF}`;
      // A 204 or 304 has no body, so a chunked one sends no last chunk either; a proxy
      // could mistake what follows for one, so the connection closes after it.
      if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
        this.chunkedEncoding = false;
        this.shouldKeepAlive = false;
      }
      if (this._removedConnection) {
        this._last = this._last || !this.shouldKeepAlive;
      } else if (!state.connection) {
        const sendKeepAlive = this.shouldKeepAlive && (state.contLen || this.useChunkedEncodingByDefault || this.agent);
        if (sendKeepAlive && this.maxRequestsOnConnectionReached) {
          header += `Connection: close${CRLF}`;
        } else if (sendKeepAlive) {
          header += `Connection: keep-alive${CRLF}`;
          if (this._keepAliveTimeout && this._defaultKeepAlive) {
            const max = ~~this._maxRequestsPerSocket > 0 ? `, max=${this._maxRequestsPerSocket}` : '';
            header += `Keep-Alive: timeout=${Math.floor(this._keepAliveTimeout / 1000)}${max}${CRLF}`;
          }
        } else {
          this._last = true;
          header += `Connection: close${CRLF}`;
        }
      }
      if (!state.contLen && !state.te) {
        if (!this._hasBody) {
          this.chunkedEncoding = false;
        } else if (!this.useChunkedEncodingByDefault) {
          this._last = true;
        } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
          header += `Content-Length: ${this._contentLength}${CRLF}`;
        } else if (!this._removedTE) {
          header += `Transfer-Encoding: chunked${CRLF}`;
          this.chunkedEncoding = true;
        } else {
          // Neither length nor chunking: the body runs until the connection closes.
          this._last = true;
        }
      }
      if (this.chunkedEncoding !== true && state.trailer) throw new ERR_HTTP_TRAILER_INVALID();
      this._header = header + CRLF;
      this._headerSent = false;
      if (state.expect) this._send('');
    }

    _processHeader(state, name, value, validate) {
      if (validate) validateHeaderName(name);
      if (Array.isArray(value)) {
        // Repeated lines, except several cookies, which share one `Cookie` line.
        if (value.length < 2 || !isCookieField(name)) {
          for (const item of value) this._storeHeaderLine(state, name, item, validate);
          return;
        }
        value = value.join('; ');
      }
      this._storeHeaderLine(state, name, value, validate);
    }

    _storeHeaderLine(state, name, value, validate) {
      if (validate) validateHeaderValue(name, value);
      state.header += `${name}: ${value}${CRLF}`;
      const key = name.length < 18 ? name.toLowerCase() : '';
      if (key === 'connection') {
        state.connection = true;
        this._removedConnection = false;
        if (/(?:^|\W)close(?:$|\W)/i.test(value)) this._last = true;
        else this.shouldKeepAlive = true;
      } else if (key === 'transfer-encoding') {
        state.te = true;
        this._removedTE = false;
        if (chunkExpression.test(value)) this.chunkedEncoding = true;
      } else if (key === 'content-length') {
        state.contLen = true;
        this._contentLength = Number(value);
        this._removedContLen = false;
      } else if (key === 'date' || key === 'expect' || key === 'trailer') {
        state[key] = true;
        if (key === 'expect' && continueExpression.test(value)) this._expect_continue = true;
      } else if (key === 'keep-alive') {
        this._defaultKeepAlive = false;
      }
    }

    write(chunk, encoding, callback) {
      if (typeof encoding === 'function') {
        callback = encoding;
        encoding = null;
      }
      const ret = writeChunk(this, chunk, encoding, callback, false);
      if (!ret) this[kNeedDrain] = true;
      return ret;
    }

    /** Writes `data`, preceded by the head if it has not gone out yet. */
    _send(data, encoding, callback) {
      if (!this._headerSent && this._header !== null) {
        if (sharesWriteWithHead(this, data, encoding)) {
          if (typeof data === 'string') {
            data = this._header + data;
          } else {
            data = Buffer.concat([Buffer.from(this._header, 'latin1'), data]);
            encoding = undefined;
          }
        } else {
          this.outputData.unshift({ data: this._header, encoding: 'latin1', callback: null });
          this.outputSize += this._header.length;
          this._onPendingData(this._header.length);
        }
        this._headerSent = true;
      }
      return this._writeRaw(data, encoding, callback);
    }

    _writeRaw(data, encoding, callback) {
      const socket = this.socket;
      if (socket?.destroyed) return false;
      if (socket && socket._httpMessage === this && socket.writable) {
        if (this.outputData.length) this._flushOutput(socket);
        return socket.write(data, encoding, callback);
      }
      this.outputData.push({ data, encoding, callback });
      this.outputSize += data.length;
      this._onPendingData(data.length);
      return this.outputSize < this[kHighWaterMark];
    }

    _flushOutput(socket) {
      const { outputData } = this;
      if (outputData.length === 0) return undefined;
      socket.cork();
      let ret;
      for (const { data, encoding, callback } of outputData) ret = socket.write(data, encoding, callback ?? undefined);
      socket.uncork();
      this.outputData = [];
      this._onPendingData(-this.outputSize);
      this.outputSize = 0;
      return ret;
    }

    flushHeaders() {
      if (!this._header) this._implicitHeader();
      this._send('');
    }

    addTrailers(headers) {
      this._trailer = '';
      const entries = Array.isArray(headers) ? headers : Object.entries(headers);
      for (const [field, value] of entries) {
        if (typeof field !== 'string' || !field || !checkIsHttpToken(field)) {
          throw new ERR_INVALID_HTTP_TOKEN('Trailer name', field);
        }
        if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('trailer content', field);
        this._trailer += `${field}: ${value}${CRLF}`;
      }
    }

    end(chunk, encoding, callback) {
      if (typeof chunk === 'function') {
        callback = chunk;
        chunk = null;
        encoding = null;
      } else if (typeof encoding === 'function') {
        callback = encoding;
        encoding = null;
      }
      const finish = () => {
        if (this.socket?._hadError) return;
        this.emit('finish');
      };
      // The last chunk's own write reports the end, unless a terminator must follow it.
      let finishWithChunk = false;
      if (chunk) {
        if (this.finished) {
          emitErrorLater(this, new ERR_STREAM_WRITE_AFTER_END(), typeof callback === 'function' ? callback : nop);
          return this;
        }
        if (!this._header && !this.destroyed && (typeof chunk === 'string' || chunk instanceof Uint8Array)) {
          this._contentLength = byteLength(chunk, encoding);
          this._implicitHeader();
        }
        finishWithChunk = this._header !== null && this._hasBody && !this.chunkedEncoding && !this.destroyed;
        // What takes more than one write is corked into one; a head and body that share
        // their write need none.
        const oneWrite = finishWithChunk && !this._headerSent && this.outputData.length === 0 && sharesWriteWithHead(this, chunk, encoding);
        if (!oneWrite) this.socket?.cork();
        writeChunk(this, chunk, encoding, finishWithChunk ? finish : null, true);
      } else if (this.finished) {
        if (typeof callback === 'function') {
          if (!this.writableFinished) this.on('finish', callback);
          else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
        }
        return this;
      } else if (!this._header) {
        this.socket?.cork();
        this._contentLength = 0;
        this._implicitHeader();
      }
      if (typeof callback === 'function') this.once('finish', callback);
      if (holdsToContentLength(this) && this[kBytesWritten] !== this._contentLength) {
        throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this[kBytesWritten], this._contentLength);
      }
      if (this._hasBody && this.chunkedEncoding) {
        this._send(`0${CRLF}${this._trailer}${CRLF}`, 'latin1', finish);
      } else if (finishWithChunk) {
        // Reported by the chunk's write.
      } else if (!this._headerSent || this.writableLength || chunk) {
        this._send('', 'latin1', finish);
      } else {
        process.nextTick(finish);
      }
      if (this.socket) while (this.socket.writableCorked) this.socket.uncork();
      this[kCorked] = 0;
      this.finished = true;
      if (this.outputData.length === 0 && this.socket?._httpMessage === this) this._finish();
      return this;
    }

    _finish() {
      this.emit('prefinish');
    }

    /** A socket was assigned: what was buffered goes out. */
    _flush() {
      const socket = this.socket;
      if (!socket?.writable) return;
      const ret = this._flushOutput(socket);
      if (this.finished) this._finish();
      else if (ret && this[kNeedDrain]) {
        this[kNeedDrain] = false;
        this.emit('drain');
      }
    }

    pipe() {
      this.emit('error', new ERR_STREAM_CANNOT_PIPE());
    }
  },
);

// Whether the message has closed (its 'close' emitted), as Node's.
Object.defineProperty(OutgoingMessage.prototype, 'closed', {
  get() {
    return this._closed;
  },
  configurable: true,
});

// The headers' old homes, deprecated (DEP0066) but still read by older middleware: `_headers`
// (name -> value, lower-cased) and `_headerNames` (lower-cased -> as set), both views of the
// headers set so far.
const { deprecate } = require('util');
Object.defineProperties(OutgoingMessage.prototype, {
  _headers: {
    get: deprecate(
      function () {
        return this.getHeaders();
      },
      'OutgoingMessage.prototype._headers is deprecated',
      'DEP0066',
    ),
    set: deprecate(
      function (headers) {
        if (headers === null || headers === undefined) {
          this[kOutHeaders] = null;
        } else if (typeof headers === 'object') {
          this[kOutHeaders] = Object.create(null);
          for (const name of Object.keys(headers)) this[kOutHeaders][name.toLowerCase()] = [name, headers[name]];
        }
      },
      'OutgoingMessage.prototype._headers is deprecated',
      'DEP0066',
    ),
    configurable: true,
    enumerable: false,
  },
  _headerNames: {
    get: deprecate(
      function () {
        if (this[kOutHeaders] === null) return null;
        const names = Object.create(null);
        for (const [key, [name]] of Object.entries(this[kOutHeaders])) names[key] = name;
        return names;
      },
      'OutgoingMessage.prototype._headerNames is deprecated',
      'DEP0066',
    ),
    set: deprecate(
      function (names) {
        if (names === null || typeof names !== 'object' || this[kOutHeaders] === null) return;
        for (const key of Object.keys(names)) {
          const header = this[kOutHeaders][key];
          if (header !== undefined) header[0] = names[key];
        }
      },
      'OutgoingMessage.prototype._headerNames is deprecated',
      'DEP0066',
    ),
    configurable: true,
    enumerable: false,
  },
});

function isCookieField(name) {
  return name.length === 6 && name.toLowerCase() === 'cookie';
}

module.exports = {
  OutgoingMessage,
  // Node's are argument-forwarding wrappers (length 0).
  validateHeaderName: shape((...args) => validateHeaderName(...args), 'validateHeaderName'),
  validateHeaderValue: shape((...args) => validateHeaderValue(...args), 'validateHeaderValue'),
  kOutHeaders,
  kNeedDrain,
  utcDate,
};
