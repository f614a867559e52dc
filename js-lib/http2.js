'use strict';
// http2: the module loads with Node's constants and settings codecs, so packages that
// require it for an optional HTTP/2 path (superagent, got) run over HTTP/1.1. There is
// no HTTP/2 implementation in the sandbox yet: opening a session or listening fails
// with ERR_FEATURE_UNAVAILABLE_ON_PLATFORM, as the call's 'error' event.

const EventEmitter = require('events');
const net = require('net');
const { Buffer } = require('buffer');
const { STATUS_CODES } = require('_http_server');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage } = require('_http_outgoing');
const {
  codes: { ERR_FEATURE_UNAVAILABLE_ON_PLATFORM },
} = require('internal/errors');
const { shape } = require('internal/util/function_shape');
const { validateObject } = require('internal/validators');

const headerNames = [
  ':status',
  ':method',
  ':authority',
  ':scheme',
  ':path',
  ':protocol',
  'accept-encoding',
  'accept-language',
  'accept-ranges',
  'accept',
  'access-control-allow-credentials',
  'access-control-allow-headers',
  'access-control-allow-methods',
  'access-control-allow-origin',
  'access-control-expose-headers',
  'access-control-request-headers',
  'access-control-request-method',
  'age',
  'authorization',
  'cache-control',
  'connection',
  'content-disposition',
  'content-encoding',
  'content-length',
  'content-type',
  'cookie',
  'date',
  'etag',
  'forwarded',
  'host',
  'if-modified-since',
  'if-none-match',
  'if-range',
  'last-modified',
  'link',
  'location',
  'range',
  'referer',
  'server',
  'set-cookie',
  'strict-transport-security',
  'transfer-encoding',
  'te',
  'upgrade-insecure-requests',
  'upgrade',
  'user-agent',
  'vary',
  'x-content-type-options',
  'x-frame-options',
  'keep-alive',
  'proxy-connection',
  'x-xss-protection',
  'alt-svc',
  'content-security-policy',
  'early-data',
  'expect-ct',
  'origin',
  'purpose',
  'timing-allow-origin',
  'x-forwarded-for',
  'priority',
  'accept-charset',
  'access-control-max-age',
  'allow',
  'content-language',
  'content-location',
  'content-md5',
  'content-range',
  'dnt',
  'expect',
  'expires',
  'from',
  'if-match',
  'if-unmodified-since',
  'max-forwards',
  'prefer',
  'proxy-authenticate',
  'proxy-authorization',
  'refresh',
  'retry-after',
  'trailer',
  'tk',
  'via',
  'warning',
  'www-authenticate',
  'http2-settings',
];
const methodNames = [
  'ACL',
  'BASELINE-CONTROL',
  'BIND',
  'CHECKIN',
  'CHECKOUT',
  'CONNECT',
  'COPY',
  'DELETE',
  'GET',
  'HEAD',
  'LABEL',
  'LINK',
  'LOCK',
  'MERGE',
  'MKACTIVITY',
  'MKCALENDAR',
  'MKCOL',
  'MKREDIRECTREF',
  'MKWORKSPACE',
  'MOVE',
  'OPTIONS',
  'ORDERPATCH',
  'PATCH',
  'POST',
  'PRI',
  'PROPFIND',
  'PROPPATCH',
  'PUT',
  'REBIND',
  'REPORT',
  'SEARCH',
  'TRACE',
  'UNBIND',
  'UNCHECKOUT',
  'UNLINK',
  'UNLOCK',
  'UPDATE',
  'UPDATEREDIRECTREF',
  'VERSION-CONTROL',
];

/** Settings by name: their identifier on the wire, and whether they are flags. */
const settings = [
  ['headerTableSize', 1],
  ['enablePush', 2, true],
  ['maxConcurrentStreams', 3],
  ['initialWindowSize', 4],
  ['maxFrameSize', 5],
  ['maxHeaderListSize', 6],
  ['enableConnectProtocol', 8, true],
];

const constants = {
  NGHTTP2_ERR_FRAME_SIZE_ERROR: -522,
  NGHTTP2_SESSION_SERVER: 0,
  NGHTTP2_SESSION_CLIENT: 1,
  NGHTTP2_STREAM_STATE_IDLE: 1,
  NGHTTP2_STREAM_STATE_OPEN: 2,
  NGHTTP2_STREAM_STATE_RESERVED_LOCAL: 3,
  NGHTTP2_STREAM_STATE_RESERVED_REMOTE: 4,
  NGHTTP2_STREAM_STATE_HALF_CLOSED_LOCAL: 5,
  NGHTTP2_STREAM_STATE_HALF_CLOSED_REMOTE: 6,
  NGHTTP2_STREAM_STATE_CLOSED: 7,
  NGHTTP2_FLAG_NONE: 0,
  NGHTTP2_FLAG_END_STREAM: 1,
  NGHTTP2_FLAG_END_HEADERS: 4,
  NGHTTP2_FLAG_ACK: 1,
  NGHTTP2_FLAG_PADDED: 8,
  NGHTTP2_FLAG_PRIORITY: 32,
  DEFAULT_SETTINGS_HEADER_TABLE_SIZE: 4096,
  DEFAULT_SETTINGS_ENABLE_PUSH: 1,
  DEFAULT_SETTINGS_MAX_CONCURRENT_STREAMS: 4294967295,
  DEFAULT_SETTINGS_INITIAL_WINDOW_SIZE: 65535,
  DEFAULT_SETTINGS_MAX_FRAME_SIZE: 16384,
  DEFAULT_SETTINGS_MAX_HEADER_LIST_SIZE: 65535,
  DEFAULT_SETTINGS_ENABLE_CONNECT_PROTOCOL: 0,
  MAX_MAX_FRAME_SIZE: 16777215,
  MIN_MAX_FRAME_SIZE: 16384,
  MAX_INITIAL_WINDOW_SIZE: 2147483647,
  NGHTTP2_SETTINGS_HEADER_TABLE_SIZE: 1,
  NGHTTP2_SETTINGS_ENABLE_PUSH: 2,
  NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS: 3,
  NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE: 4,
  NGHTTP2_SETTINGS_MAX_FRAME_SIZE: 5,
  NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE: 6,
  NGHTTP2_SETTINGS_ENABLE_CONNECT_PROTOCOL: 8,
  PADDING_STRATEGY_NONE: 0,
  PADDING_STRATEGY_ALIGNED: 1,
  PADDING_STRATEGY_MAX: 2,
  PADDING_STRATEGY_CALLBACK: 1,
  NGHTTP2_NO_ERROR: 0,
  NGHTTP2_PROTOCOL_ERROR: 1,
  NGHTTP2_INTERNAL_ERROR: 2,
  NGHTTP2_FLOW_CONTROL_ERROR: 3,
  NGHTTP2_SETTINGS_TIMEOUT: 4,
  NGHTTP2_STREAM_CLOSED: 5,
  NGHTTP2_FRAME_SIZE_ERROR: 6,
  NGHTTP2_REFUSED_STREAM: 7,
  NGHTTP2_CANCEL: 8,
  NGHTTP2_COMPRESSION_ERROR: 9,
  NGHTTP2_CONNECT_ERROR: 10,
  NGHTTP2_ENHANCE_YOUR_CALM: 11,
  NGHTTP2_INADEQUATE_SECURITY: 12,
  NGHTTP2_HTTP_1_1_REQUIRED: 13,
  NGHTTP2_DEFAULT_WEIGHT: 16,
};
for (const name of headerNames) constants[`HTTP2_HEADER_${name.replace(/^:/, '').toUpperCase().replace(/-/g, '_')}`] = name;
for (const name of methodNames) constants[`HTTP2_METHOD_${name.replace(/-/g, '_')}`] = name;
for (const [code, text] of Object.entries(STATUS_CODES)) {
  const name = code === '418' ? 'TEAPOT' : text.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  constants[`HTTP_STATUS_${name}`] = Number(code);
}

function unavailable() {
  return new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('HTTP/2');
}

function getDefaultSettings() {
  return {
    __proto__: null,
    headerTableSize: 4096,
    enablePush: true,
    initialWindowSize: 65535,
    maxFrameSize: 16384,
    maxConcurrentStreams: 4294967295,
    maxHeaderSize: 65535,
    maxHeaderListSize: 65535,
    enableConnectProtocol: false,
  };
}

/** Settings as a SETTINGS frame's payload: a 16-bit identifier and a 32-bit value each. */
function getPackedSettings(values) {
  if (values === undefined) values = {};
  validateObject(values, 'settings');
  const present = settings.filter(([name]) => values[name] !== undefined);
  const packed = Buffer.alloc(present.length * 6);
  present.forEach(([name, id], i) => {
    packed.writeUInt16BE(id, i * 6);
    packed.writeUInt32BE(Number(values[name]), i * 6 + 2);
  });
  return packed;
}

function getUnpackedSettings(buffer) {
  if (buffer.length % 6 !== 0) {
    const err = new RangeError('Packed settings length must be a multiple of six');
    err.code = 'ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH';
    throw err;
  }
  const view = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const values = {};
  for (let offset = 0; offset < view.length; offset += 6) {
    const setting = settings.find(([, id]) => id === view.readUInt16BE(offset));
    if (setting === undefined) continue;
    const value = view.readUInt32BE(offset + 2);
    values[setting[0]] = setting[2] ? value !== 0 : value;
  }
  return values;
}

/** A session that cannot open: it fails on the next tick, then closes. */
class Http2Session extends EventEmitter {
  constructor() {
    super();
    this.destroyed = false;
    process.nextTick(() => {
      this.destroyed = true;
      this.emit('error', unavailable());
      this.emit('close');
    });
  }

  request() {
    throw unavailable();
  }

  close(callback) {
    if (callback) this.once('close', callback);
  }

  destroy() {
    this.destroyed = true;
  }
}

function connect(_authority, options, listener) {
  const session = new Http2Session();
  if (typeof options === 'function') listener = options;
  if (listener) session.once('connect', listener);
  return session;
}

class Http2Server extends net.Server {
  constructor(options, handler) {
    super();
    if (typeof options === 'function') handler = options;
    if (handler) this.on('request', handler);
  }

  listen(...args) {
    if (typeof args[args.length - 1] === 'function') this.once('listening', args.pop());
    process.nextTick(() => this.emit('error', unavailable()));
    return this;
  }
}

// Node's `(stream, headers, options, rawHeaders)` and `(stream, headers)`.
class Http2ServerRequest extends IncomingMessage {}
shape(Http2ServerRequest, undefined, 4);
class Http2ServerResponse extends OutgoingMessage {}
shape(Http2ServerResponse, undefined, 2);

module.exports = {
  connect,
  constants,
  createServer: (options, handler) => new Http2Server(options, handler),
  createSecureServer: (options, handler) => new Http2Server(options, handler),
  getDefaultSettings,
  getPackedSettings,
  getUnpackedSettings,
  performServerHandshake(_socket) {
    throw unavailable();
  },
  sensitiveHeaders: Symbol('nodejs.http2.sensitiveHeaders'),
  Http2ServerRequest,
  Http2ServerResponse,
};
