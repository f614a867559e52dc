'use strict';
// The HTTP server: a net.Server whose connections each get a parser. Requests are
// answered in order (a pipelined request's response waits for the one before it);
// keep-alive connections idle out after `keepAliveTimeout`; a connection whose head
// or request takes longer than `headersTimeout`/`requestTimeout` gets 408 and is
// closed, which is what stops slow-loris clients from holding connections.

const net = require('net');
const { HTTPParser, REQUEST, checkInvalidHeaderChar, continueExpression, chunkExpression } = require('_http_common');
const { IncomingMessage, completeMessage, hasReadableState, pushBody, readStart, takeHead } = require('_http_incoming');
const { OutgoingMessage, kOutHeaders, kNeedDrain } = require('_http_outgoing');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_STATUS_CODE,
    ERR_HTTP_REQUEST_TIMEOUT,
    ERR_HTTP_SOCKET_ASSIGNED,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { withMethods } = require('internal/util/function_constructor');
const { validateBoolean, validateInteger, validateObject } = require('internal/validators');
const dc = require('diagnostics_channel');

const onRequestStartChannel = dc.channel('http.server.request.start');
const onResponseFinishChannel = dc.channel('http.server.response.finish');

const STATUS_CODES = {
  100: 'Continue',
  101: 'Switching Protocols',
  102: 'Processing',
  103: 'Early Hints',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  203: 'Non-Authoritative Information',
  204: 'No Content',
  205: 'Reset Content',
  206: 'Partial Content',
  207: 'Multi-Status',
  208: 'Already Reported',
  226: 'IM Used',
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  305: 'Use Proxy',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  417: 'Expectation Failed',
  418: "I'm a Teapot",
  421: 'Misdirected Request',
  422: 'Unprocessable Entity',
  423: 'Locked',
  424: 'Failed Dependency',
  425: 'Too Early',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates',
  507: 'Insufficient Storage',
  508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded',
  510: 'Not Extended',
  511: 'Network Authentication Required',
};

const kServerResponse = Symbol('ServerResponse');
const kIncomingMessage = Symbol('IncomingMessage');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
const kState = Symbol('kState');
/** A response's connection: the state its server keeps for the socket. */
const kConnectionState = Symbol('kConnectionState');

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
/** What a server without a 'clientError' listener answers a connection it gives up on. */
const errorResponses = {
  HPE_HEADER_OVERFLOW: 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n',
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n',
  ERR_HTTP_REQUEST_TIMEOUT: 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n',
};

function connResetException(message) {
  const err = new Error(message);
  err.code = 'ECONNRESET';
  return err;
}

function onServerResponseClose() {
  const res = this._httpMessage;
  if (res) emitCloseNT(res);
}

// One link of a Link header, as Node checks it: `<uri>` and then `; param` or `; param=value`.
const linkValue = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;

/** writeEarlyHints' `link` (a string or an array of them), checked and joined. */
function linkHeaderValue(links) {
  const invalid = (value) =>
    new ERR_INVALID_ARG_VALUE('hints', value, 'must be an array or string of format "</styles.css>; rel=preload; as=style"');
  if (typeof links !== 'string' && !Array.isArray(links)) throw invalid(links);
  for (const link of typeof links === 'string' ? [links] : links) {
    if (typeof link !== 'string' || !linkValue.test(link)) throw invalid(link);
  }
  return typeof links === 'string' ? links : links.join(', ');
}

function emitCloseNT(res) {
  if (res._closed) return;
  res.destroyed = true;
  res._closed = true;
  res.emit('close');
}

function ServerResponse(req, options) {
  if (!(this instanceof ServerResponse)) return new ServerResponse(req, options);
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  this.statusCode = 200;
  this.statusMessage = undefined;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}

withMethods(
  ServerResponse,
  class extends OutgoingMessage {
    assignSocket(socket) {
      if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
      socket._httpMessage = this;
      // A server's own connection listens once for all its responses (connectionListener).
      if (socket[kState] === undefined) socket.on('close', onServerResponseClose);
      this.socket = socket;
      this.emit('socket', socket);
      this._flush();
    }

    detachSocket(socket) {
      if (socket[kState] === undefined) socket.removeListener('close', onServerResponseClose);
      socket._httpMessage = null;
      this.socket = null;
    }

    writeContinue(callback) {
      this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', callback);
      this._sent100 = true;
    }

    writeProcessing(callback) {
      this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', callback);
    }

    writeEarlyHints(hints, callback) {
      validateObject(hints, 'hints');
      if (hints.link === null || hints.link === undefined) return;
      const link = linkHeaderValue(hints.link);
      if (link.length === 0) return;
      let head = 'HTTP/1.1 103 Early Hints\r\n';
      head += `Link: ${link}\r\n`;
      for (const key of Object.keys(hints)) {
        if (key !== 'link') head += `${key}: ${hints[key]}\r\n`;
      }
      this._writeRaw(`${head}\r\n`, 'ascii', callback);
    }

    _implicitHeader() {
      this.writeHead(this.statusCode);
    }

    writeHead(statusCode, reason, obj) {
      if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
      const originalStatusCode = statusCode;
      statusCode |= 0;
      if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
      if (typeof reason === 'string') {
        this.statusMessage = reason;
      } else {
        this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
        obj ??= reason;
      }
      this.statusCode = statusCode;
      let headers;
      if (this[kOutHeaders]) {
        if (Array.isArray(obj)) {
          if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
          // Given headers replace earlier ones of the same name but may repeat among themselves.
          for (let i = 0; i < obj.length; i += 2) this.removeHeader(obj[i]);
          for (let i = 0; i < obj.length; i += 2) if (obj[i]) this.appendHeader(obj[i], obj[i + 1]);
        } else if (obj) {
          for (const key of Object.keys(obj)) if (key) this.setHeader(key, obj[key]);
        }
        headers = this[kOutHeaders];
      } else {
        headers = obj;
      }
      if (checkInvalidHeaderChar(this.statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');
      const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
      if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
      // A client still waiting for 100 Continue may send its body anyway: do not reuse the connection.
      if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
      this._storeHeader(statusLine, headers);
      return this;
    }
  },
);
// Node's older name for writeHead is the same function.
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

/** Server options shared with https (where it exists). */
function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = options.maxHeaderSize;
  if (options.insecureHTTPParser !== undefined) validateBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = options.insecureHTTPParser;
  if (options.requestTimeout !== undefined) validateInteger(options.requestTimeout, 'requestTimeout', 0);
  this.requestTimeout = options.requestTimeout ?? 300000;
  if (options.headersTimeout !== undefined) validateInteger(options.headersTimeout, 'headersTimeout', 0);
  this.headersTimeout = options.headersTimeout ?? Math.min(60000, this.requestTimeout);
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', this.headersTimeout);
  }
  if (options.connectionsCheckingInterval !== undefined) {
    validateInteger(options.connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
  }
  this.connectionsCheckingInterval = options.connectionsCheckingInterval ?? 30000;
  if (options.requireHostHeader !== undefined) validateBoolean(options.requireHostHeader, 'options.requireHostHeader');
  this.requireHostHeader = options.requireHostHeader ?? true;
  if (options.joinDuplicateHeaders !== undefined) validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  this.rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites ?? false;
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
  });
  setupHTTPServer(this, options, requestListener);
  this.on('connection', connectionListener);
}

/**
 * What an HTTP server adds to the server it runs on (net's, or tls' for https, which
 * serves connections on 'secureConnection'): its options, timeouts and connections.
 */
function setupHTTPServer(server, options, requestListener) {
  storeHTTPOptions.call(server, options);
  if (requestListener) server.on('request', requestListener);
  server.httpAllowHalfOpen = false;
  server.on('listening', setupConnectionsTracking);
  server.timeout = 0;
  server.maxHeadersCount = null;
  server.maxRequestsPerSocket = 0;
  server.keepAliveTimeout = 5000;
  server[kConnections] = new Set();
}

withMethods(
  Server,
  class extends net.Server {
    close(...args) {
      clearInterval(this[kConnectionsCheckingInterval]);
      this.closeIdleConnections();
      return super.close(...args);
    }

    closeAllConnections() {
      for (const socket of this[kConnections]) socket.destroy();
    }

    /** `await using server`: closes it (a server not listening rejects, as close's callback is told). */
    [Symbol.asyncDispose]() {
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }

    closeIdleConnections() {
      for (const socket of this[kConnections]) {
        const state = socket[kState];
        if (!socket._httpMessage && state.incoming.length === 0 && !state.parser.inMessage) socket.destroy();
      }
    }

    setTimeout(msecs, callback) {
      this.timeout = msecs;
      if (callback) this.on('timeout', callback);
      return this;
    }
  },
);

function setupConnectionsTracking() {
  clearInterval(this[kConnectionsCheckingInterval]);
  if (this.connectionsCheckingInterval > 0) {
    this[kConnectionsCheckingInterval] = setInterval(checkConnections.bind(this), this.connectionsCheckingInterval).unref();
  }
}

/** Fails connections whose current head or request has taken too long. */
function checkConnections() {
  if (this.headersTimeout === 0 && this.requestTimeout === 0) return;
  const now = Date.now();
  for (const socket of this[kConnections]) {
    const state = socket[kState];
    if (state.requestStart === 0) continue;
    const elapsed = now - state.requestStart;
    const headersLate = this.headersTimeout > 0 && state.parser.inMessage && elapsed > this.headersTimeout;
    const requestLate = this.requestTimeout > 0 && elapsed > this.requestTimeout;
    if (headersLate || requestLate) {
      state.requestStart = 0;
      socketOnError.call(socket, new ERR_HTTP_REQUEST_TIMEOUT());
    }
  }
}

function noop() {}

function socketOnError(err) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  if (!this.server.emit('clientError', err, this)) {
    if (this.writable && this.bytesWritten === 0) {
      const response = errorResponses[err.code] ?? badRequestResponse;
      this.write(response);
    }
    this.destroy(err);
  }
}

function socketOnTimeout() {
  const state = this[kState];
  const req = state?.incoming[0];
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res?.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function connectionListener(socket) {
  // biome-ignore lint/complexity/noUselessThisAlias: names the server for the closures below and the helpers' `server` parameter
  const server = this;
  socket.server = server;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);
  const parser = new HTTPParser(REQUEST, { maxHeaderSize: server.maxHeaderSize ?? require('http').maxHeaderSize });
  const state = {
    server,
    socket,
    parser,
    incoming: [],
    outgoing: [],
    outgoingData: 0,
    requestsCount: 0,
    keepAliveTimeoutSet: false,
    requestStart: 0,
    current: null,
  };
  socket[kState] = state;
  socket.parser = parser;
  socket._paused = false;
  server[kConnections].add(socket);

  parser.onHeaders = (info) => onHeaders(server, socket, state, info);
  parser.onBody = (chunk) => pushBody(state.current, chunk, socket);
  parser.onMessageComplete = (rawTrailers) => {
    const req = state.current;
    state.current = null;
    state.requestStart = 0;
    if (req !== null) completeMessage(req, rawTrailers);
    if (!req?.upgrade) readStart(socket);
  };

  const onData = (chunk) => {
    if (state.requestStart === 0) state.requestStart = Date.now();
    if (state.keepAliveTimeoutSet) {
      socket.setTimeout(0);
      state.keepAliveTimeoutSet = false;
    }
    const ret = parser.execute(chunk);
    if (ret instanceof Error) {
      socketOnError.call(socket, ret);
    } else if (ret?.upgrade) {
      onUpgrade(server, socket, state, ret.upgrade);
    }
  };
  const onEnd = () => {
    const ret = parser.finish();
    if (ret instanceof Error) {
      socketOnError.call(socket, ret);
      return;
    }
    if (!server.httpAllowHalfOpen) {
      abortIncoming(state);
      if (socket.writable) socket.end();
    } else if (state.outgoing.length) {
      state.outgoing[state.outgoing.length - 1]._last = true;
    } else if (socket._httpMessage) {
      socket._httpMessage._last = true;
    } else if (socket.writable) {
      socket.end();
    }
  };
  const onClose = () => {
    server[kConnections].delete(socket);
    abortIncoming(state);
  };
  const onDrain = () => socketOnDrain(socket, state);
  state.listeners = { data: onData, end: onEnd, close: onClose, drain: onDrain };
  socket.on('data', onData);
  socket.on('end', onEnd);
  socket.on('close', onClose);
  socket.on('close', onServerResponseClose);
  socket.on('drain', onDrain);
  socket.on('error', socketOnError);
  // The parser reads the connection's bytes itself while nobody else listens for them.
  if (typeof socket._consumeReads === 'function') socket._consumeReads(onData);
  if (socket._handle?.reading === false && !socket.readableFlowing) socket.resume();
}

function abortIncoming(state) {
  while (state.incoming.length) {
    const req = state.incoming.shift();
    req.destroy(connResetException('aborted'));
  }
}

function onUpgrade(server, socket, state, head) {
  const req = state.current;
  state.current = null;
  socket._unconsumeReads?.();
  for (const [event, listener] of Object.entries(state.listeners)) socket.removeListener(event, listener);
  socket.removeListener('close', onServerResponseClose);
  socket.removeListener('error', socketOnError);
  socket.removeListener('timeout', socketOnTimeout);
  server[kConnections].delete(socket);
  socket.parser = null;
  socket._httpUpgraded = true;
  const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  if (server.listenerCount(eventName) > 0) {
    socket.readableFlowing = null;
    server.emit(eventName, req, socket, head);
  } else {
    socket.destroy();
  }
}

function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;
  if (socket._paused && !needPause) {
    socket._paused = false;
    socket.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function onHeaders(server, socket, state, info) {
  const req = new server[kIncomingMessage](socket);
  takeHead(req, info, server);
  req.method = info.method;
  req.url = info.url;
  req.upgrade = info.upgrade;
  if (info.upgrade) {
    info.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    req.upgrade = info.upgrade;
    if (info.upgrade) {
      state.current = req;
      return false;
    }
  }
  state.current = req;
  state.incoming.push(req);
  if (!socket._paused) {
    if (socket._writableState.needDrain || state.outgoingData >= socket.writableHighWaterMark) {
      socket._paused = true;
      socket.pause();
    }
  }
  const res = new server[kServerResponse](req, {
    highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  // What the listeners need is on the response: closures holding it would make every
  // response a cycle that only QuickJS's collector frees, walking the whole heap to do so.
  res[kConnectionState] = state;
  res._onPendingData = onPendingData;
  res.shouldKeepAlive = info.shouldKeepAlive;
  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);
  res.on('finish', resOnFinish);
  if (onRequestStartChannel.hasSubscribers) onRequestStartChannel.publish({ request: req, response: res, socket, server });
  if (dispatchSpecial(server, socket, state, req, res)) return false;
  server.emit('request', req, res);
  return false;
}

/** Whether a header is present, without building `req.headers` for every request. */
function hasRawHeader(rawHeaders, lowerName) {
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i].length === lowerName.length && rawHeaders[i].toLowerCase() === lowerName) return true;
  }
  return false;
}

/** Host header, request limits and Expect, as Node checks them for HTTP/1.1; true when answered. */
function dispatchSpecial(server, socket, state, req, res) {
  if (req.httpVersionMajor !== 1 || req.httpVersionMinor !== 1) return false;
  if (server.requireHostHeader && !hasRawHeader(req.rawHeaders, 'host')) {
    res.writeHead(400, ['Connection', 'close']);
    res.end();
    return true;
  }
  const limited = typeof server.maxRequestsPerSocket === 'number' && server.maxRequestsPerSocket > 0;
  if (limited) {
    state.requestsCount++;
    res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
    if (server.maxRequestsPerSocket < state.requestsCount) {
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
      return true;
    }
  }
  if (!hasRawHeader(req.rawHeaders, 'expect')) return false;
  if (continueExpression.test(req.headers.expect)) {
    res._expect_continue = true;
    if (server.listenerCount('checkContinue') > 0) server.emit('checkContinue', req, res);
    else {
      res.writeContinue();
      server.emit('request', req, res);
    }
  } else if (server.listenerCount('checkExpectation') > 0) {
    server.emit('checkExpectation', req, res);
  } else {
    res.writeHead(417);
    res.end();
  }
  return true;
}

/** A response (`this`) buffers or lets go of `delta` bytes while it waits for its socket. */
function onPendingData(delta) {
  const state = this[kConnectionState];
  state.outgoingData += delta;
  socketOnDrain(state.socket, state);
}

/** A response finished (`this`): the next one on its connection may go out. */
function resOnFinish() {
  // biome-ignore lint/complexity/noUselessThisAlias: the emitter is the response
  const res = this;
  const { req } = res;
  const state = res[kConnectionState];
  const { socket, server } = state;
  if (onResponseFinishChannel.hasSubscribers) onResponseFinishChannel.publish({ request: req, response: res, socket, server });
  if (state.incoming[0] === req) state.incoming.shift();
  // A body nobody read is drained so that the connection can carry the next request.
  if (!req._consuming && !(hasReadableState(req) && req._readableState.resumeScheduled)) req._dump();
  res.detachSocket(socket);
  process.nextTick(emitCloseNT, res);
  if (res._last) {
    socket.destroySoon();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    state.outgoing.shift().assignSocket(socket);
  }
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  createServer,
  storeHTTPOptions,
  setupHTTPServer,
  _connectionListener: connectionListener,
  kServerResponse,
  kIncomingMessage,
  kConnectionsCheckingInterval,
  connResetException,
};
