'use strict';
// IncomingMessage: a request on the server or a response on the client, as a
// Readable of its body. Headers are kept raw and turned into Node's lowercased,
// de-duplicated object only when asked for; the Readable's state is built only when
// something reads or watches the body (most requests have none, and building and
// ending a stream costs more than the rest of a request in QuickJS).

const Stream = require('stream');
const { Readable, finished } = Stream;
const { withMethods } = require('internal/util/function_constructor');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
/** The body's highWaterMark, until the stream state is built. */
const kHighWaterMark = Symbol('kHighWaterMark');
/** What happened to the body before its stream state was built: `ended`, `dumped`. */
const kPending = Symbol('kPending');

/** Fields whose repeats Node drops: a message has one of each. */
const singleValued = new Set([
  'content-type',
  'content-length',
  'user-agent',
  'referer',
  'host',
  'authorization',
  'proxy-authorization',
  'if-modified-since',
  'if-unmodified-since',
  'from',
  'location',
  'max-forwards',
  'retry-after',
  'etag',
  'last-modified',
  'server',
  'age',
  'expires',
]);

/**
 * Adds one header line to `dest` by Node's rules for repeated fields: set-cookie
 * collects an array, cookie joins with `; `, single-valued fields keep their first
 * value (unless `joinDuplicates`), and the rest join with `, `. Only own string values
 * count as present, so a field named like an Object.prototype member is kept.
 */
function addHeaderLine(field, value, dest, joinDuplicates) {
  const name = field.toLowerCase();
  const existing = Object.hasOwn(dest, name) ? dest[name] : undefined;
  if (name === 'set-cookie') {
    if (existing === undefined) dest[name] = [value];
    else existing.push(value);
  } else if (typeof existing !== 'string') {
    dest[name] = value;
  } else if (name === 'cookie') {
    dest[name] = `${existing}; ${value}`;
  } else if (joinDuplicates || !singleValued.has(name)) {
    dest[name] = `${existing}, ${value}`;
  }
}

function headersObject(raw, joinDuplicates) {
  const headers = {};
  for (let i = 0; i < raw.length; i += 2) addHeaderLine(raw[i], raw[i + 1], headers, joinDuplicates);
  return headers;
}

function distinctObject(raw) {
  const headers = {};
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    headers[name] ??= [];
    headers[name].push(raw[i + 1]);
  }
  return headers;
}

function IncomingMessage(socket) {
  if (!(this instanceof IncomingMessage)) return new IncomingMessage(socket);
  // What Readable's constructor does, but its state waits for `_readableState`'s first use.
  Stream.call(this);
  this[kHighWaterMark] = socket?.readableHighWaterMark;
  this[kPending] = null;
  this.socket = socket;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this.complete = false;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this._consuming = false;
  this._dumped = false;
  this[kHeaders] = null;
  this[kHeadersDistinct] = null;
  this[kTrailers] = null;
  this[kTrailersDistinct] = null;
}

/**
 * Builds the message's Readable state on first use, then replays what the body did
 * meanwhile: its end, and the dump of an unread body (both: the state a stream has
 * once ended and destroyed, as Node's request is after its response). Every Readable
 * method and property goes through `_readableState`, so none can see the message
 * without it.
 */
function buildReadableState(message) {
  const highWaterMark = message[kHighWaterMark];
  const state = new Readable.ReadableState(highWaterMark === undefined ? undefined : { highWaterMark }, message, false);
  state.readingMore = true;
  Object.defineProperty(message, '_readableState', { value: state, writable: true, configurable: true, enumerable: true });
  const pending = message[kPending];
  message[kPending] = null;
  if (pending?.ended && pending.dumped) {
    // Read to its end, unwatched, and destroyed: what the stream went through had no one to tell.
    state.flowing = true;
    state.ended = true;
    state.endEmitted = true;
    state.destroyed = true;
    state.closed = true;
    state.closeEmitted = true;
  } else if (pending?.ended) {
    message.push(null);
  } else if (pending?.dumped) {
    message.resume();
  }
  return state;
}

/** Whether a message's stream state exists yet (reading it would build it). */
function hasReadableState(message) {
  return Object.hasOwn(message, '_readableState');
}

withMethods(
  IncomingMessage,
  class extends Readable {
    get _readableState() {
      return buildReadableState(this);
    }

    set _readableState(state) {
      Object.defineProperty(this, '_readableState', { value: state, writable: true, configurable: true, enumerable: true });
    }

    get connection() {
      return this.socket;
    }

    set connection(socket) {
      this.socket = socket;
    }

    get headers() {
      this[kHeaders] ??= headersObject(this.rawHeaders, this.joinDuplicateHeaders);
      return this[kHeaders];
    }

    set headers(value) {
      this[kHeaders] = value;
    }

    get headersDistinct() {
      this[kHeadersDistinct] ??= distinctObject(this.rawHeaders);
      return this[kHeadersDistinct];
    }

    set headersDistinct(value) {
      this[kHeadersDistinct] = value;
    }

    get trailers() {
      this[kTrailers] ??= headersObject(this.rawTrailers, this.joinDuplicateHeaders);
      return this[kTrailers];
    }

    set trailers(value) {
      this[kTrailers] = value;
    }

    get trailersDistinct() {
      this[kTrailersDistinct] ??= distinctObject(this.rawTrailers);
      return this[kTrailersDistinct];
    }

    set trailersDistinct(value) {
      this[kTrailersDistinct] = value;
    }

    setTimeout(msecs, callback) {
      if (callback) this.on('timeout', callback);
      this.socket.setTimeout(msecs);
      return this;
    }

    /** The body is wanted: the socket may read again if the parser paused it. */
    _read(_n) {
      if (!this._consuming) {
        this._readableState.readingMore = false;
        this._consuming = true;
      }
      if (this.socket?.readable && this.socket.isPaused() && !this.socket._httpUpgraded) this.socket.resume();
    }

    _destroy(err, callback) {
      if (!this.readableEnded || !this.complete) {
        this.aborted = true;
        this.emit('aborted');
      }
      if (this.socket && !this.socket.destroyed && this.aborted) {
        this.socket.destroy(err);
        const cleanup = finished(this.socket, (socketErr) => {
          cleanup();
          const reason = socketErr?.code === 'ERR_STREAM_PREMATURE_CLOSE' ? null : socketErr;
          process.nextTick(() => this._finishDestroy(reason || err, callback));
        });
      } else {
        process.nextTick(() => this._finishDestroy(err, callback));
      }
    }

    /** An aborted message reports its error only to those listening for one, as Node keeps it. */
    _finishDestroy(err, callback) {
      if (this.listenerCount('error') === 0) callback();
      else callback(err);
    }

    /** Discards an unread body so that the connection can carry the next message. */
    _dump() {
      if (this._dumped) return;
      this._dumped = true;
      if (this.listenerCount('data') > 0) this.removeAllListeners('data');
      if (hasReadableState(this)) this.resume();
      else this[kPending] = { ...this[kPending], dumped: true };
    }

    _addHeaderLines(headers, count) {
      for (let i = 0; i < count; i += 2) addHeaderLine(headers[i], headers[i + 1], this.headers, this.joinDuplicateHeaders);
    }

    _addHeaderLine(field, value, dest) {
      addHeaderLine(field, value, dest, this.joinDuplicateHeaders);
    }
  },
);

/** Node's default limit on the header lines that reach `message.headers`. */
const MAX_HEADER_PAIRS = 2000;

/**
 * Fills a message from a parsed head: its version, and its raw headers, of which the
 * lines past `maxHeadersCount` (null: Node's default, 0: no limit) stay out of the
 * headers object.
 */
function takeHead(message, info, { joinDuplicateHeaders, maxHeadersCount }) {
  message.httpVersionMajor = info.versionMajor;
  message.httpVersionMinor = info.versionMinor;
  message.httpVersion = `${info.versionMajor}.${info.versionMinor}`;
  if (joinDuplicateHeaders) message.joinDuplicateHeaders = true;
  message.rawHeaders = info.rawHeaders;
  const limit = typeof maxHeadersCount === 'number' ? maxHeadersCount : MAX_HEADER_PAIRS;
  if (limit > 0 && info.rawHeaders.length > limit * 2) {
    message.headers = {};
    message._addHeaderLines(info.rawHeaders, limit * 2);
  }
}

/** Hands a body chunk to its message; while the message is full, the socket stops reading. */
function pushBody(message, chunk, socket) {
  if (message === null || message._dumped || chunk.length === 0) return;
  if (!message.push(chunk)) socket.pause();
}

/**
 * Node's readStart: a socket paused because a body was not read fast enough reads on
 * once its message is complete, for the next message on the connection (a keep-alive
 * socket handed to the next request would otherwise never see its response). A server
 * socket held back for pipelined responses (`_paused`) stays paused.
 */
function readStart(socket) {
  if (socket && !socket._paused && socket.readable && socket.isPaused()) socket.resume();
}

/** The parser finished a message: its trailers arrive and its body ends (unless the connection was upgraded). */
function completeMessage(message, rawTrailers) {
  message.complete = true;
  message.rawTrailers = rawTrailers;
  if (message.upgrade) return;
  if (hasReadableState(message)) message.push(null);
  else message[kPending] = { ...message[kPending], ended: true };
}

module.exports = { IncomingMessage, completeMessage, hasReadableState, pushBody, readStart, takeHead };
