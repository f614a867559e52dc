'use strict';
// ClientRequest: an outgoing request that gets a socket from an Agent (or from
// `createConnection`), writes its head and body there, and reads the response with
// a RESPONSE parser into an IncomingMessage. When the response has ended and the
// request has been written, a keep-alive socket goes back to the agent ('free');
// otherwise it is closed. A socket that ends or closes before a response arrives
// fails the request with "socket hang up".

const { withMethods } = require('internal/util/function_constructor');
const { Buffer } = require('buffer');
const { addAbortSignal, finished } = require('stream');
const { URL, urlToHttpOptions } = require('internal/url');
const { HTTPParser, RESPONSE, checkIsHttpToken } = require('_http_common');
const { IncomingMessage, completeMessage, pushBody, readStart, takeHead } = require('_http_incoming');
const { OutgoingMessage, kOutHeaders, kNeedDrain } = require('_http_outgoing');
const agentModule = require('_http_agent');
const { connResetException } = require('_http_server');
const {
  codes: { ERR_HTTP_HEADERS_SENT, ERR_INVALID_ARG_TYPE, ERR_INVALID_HTTP_TOKEN, ERR_INVALID_PROTOCOL, ERR_UNESCAPED_CHARACTERS },
} = require('internal/errors');
const { validateBoolean, validateInteger, validateNumber } = require('internal/validators');
const { getTimerDuration } = require('internal/timers');
const { current: currentFrame, runInFrame } = require('internal/async_context_frame');
const dc = require('diagnostics_channel');

const onClientRequestStartChannel = dc.channel('http.client.request.start');
const onClientResponseFinishChannel = dc.channel('http.client.response.finish');

const INVALID_PATH = /[^\u0021-\u00ff]/;
/** Methods whose requests usually carry no body, so Node frames none unless asked. */
const bodilessMethods = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

const kError = Symbol('kError');
const kListeners = Symbol('kListeners');
/**
 * The async context frame the request was made in: its socket's events, and so its
 * response's, run under it even on a socket an earlier request opened (Node's
 * per-request parser resource).
 */
const kAsyncFrame = Symbol('kAsyncFrame');

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

function isInformational(statusCode) {
  return statusCode >= 100 && statusCode < 200 && statusCode !== 101;
}

/** `http.request`'s arguments: `(url, [options], [cb])` or `(options, [cb])`, merged into one options object. */
function requestOptions(input, options, cb) {
  if (typeof input === 'string') input = urlToHttpOptions(new URL(input));
  else if (input instanceof URL) input = urlToHttpOptions(input);
  else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    options = Object.assign(input || {}, options);
  }
  return [options, cb];
}

function ClientRequest(input, maybeOptions, maybeCb) {
  if (!(this instanceof ClientRequest)) return new ClientRequest(input, maybeOptions, maybeCb);
  OutgoingMessage.call(this);
  this[kAsyncFrame] = currentFrame();
  const [options, cb] = requestOptions(input, maybeOptions, maybeCb);
  const defaultAgent = options._defaultAgent || agentModule.globalAgent;
  let { agent } = options;
  if (agent === false) {
    agent = new defaultAgent.constructor();
  } else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
  } else if (typeof agent.addRequest !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
  }
  this.agent = agent;

  const protocol = options.protocol || defaultAgent.protocol;
  const expectedProtocol = this.agent?.protocol || defaultAgent.protocol;
  if (options.path && INVALID_PATH.test(String(options.path))) throw new ERR_UNESCAPED_CHARACTERS('Request path');
  if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);

  const defaultPort = options.defaultPort || this.agent?.defaultPort;
  const connectOptions = { __proto__: null, ...options };
  const port = options.port || defaultPort || 80;
  connectOptions.port = port;
  const host = validateHost(options.hostname, 'hostname') || validateHost(options.host, 'host') || 'localhost';
  connectOptions.host = host;
  const setHost = options.setHost === undefined || Boolean(options.setHost);
  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) {
    validateNumber(options.timeout, 'timeout', 0);
    this.timeout = options.timeout;
  }
  delete connectOptions.signal;
  this.method = requestMethod(options.method);
  if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = options.maxHeaderSize;
  if (options.insecureHTTPParser !== undefined) validateBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = options.insecureHTTPParser;
  if (options.joinDuplicateHeaders !== undefined) validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  this.path = options.path || '/';
  if (cb) this.once('response', cb);
  this.useChunkedEncodingByDefault = !bodilessMethods.has(this.method);
  this._ended = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.host = host;
  this.protocol = protocol;
  this[kError] = undefined;
  // After the state above: an aborted signal destroys the request at once.
  if (options.signal) addAbortSignal(options.signal, this);

  if (this.agent) {
    // Ask for keep-alive only when the agent will actually reuse the connection.
    const reuses = this.agent.keepAlive || Number.isFinite(this.agent.maxSockets);
    this._last = !reuses;
    this.shouldKeepAlive = reuses;
  }

  if (Array.isArray(options.headers)) {
    this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, options.headers);
  } else {
    if (options.headers) for (const key of Object.keys(options.headers)) this.setHeader(key, options.headers[key]);
    if (host && !this.getHeader('host') && setHost) this.setHeader('Host', hostHeader(host, port, defaultPort));
    if (options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', `Basic ${Buffer.from(options.auth).toString('base64')}`);
    }
    // `Expect: 100-continue` sends the head at once, to learn whether to send the body.
    if (this.getHeader('expect')) this._implicitHeader();
  }

  if (this.agent) {
    this.agent.addRequest(this, connectOptions);
    return;
  }
  this._last = true;
  this.shouldKeepAlive = false;
  const connectTo = { ...connectOptions };
  if (connectTo.socketPath) connectTo.path = connectTo.socketPath;
  else if (connectTo.path) connectTo.path = undefined;
  let called = false;
  const onCreate = (err, socket) => {
    if (called) return;
    called = true;
    if (err) process.nextTick(() => this.emit('error', err));
    else this.onSocket(socket);
  };
  try {
    const socket = connectTo.createConnection(connectTo, onCreate);
    if (socket) onCreate(null, socket);
  } catch (err) {
    onCreate(err);
  }
}

withMethods(
  ClientRequest,
  class extends OutgoingMessage {
    _finish() {
      super._finish();
      if (onClientRequestStartChannel.hasSubscribers) onClientRequestStartChannel.publish({ request: this });
    }

    _implicitHeader() {
      if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
      this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
    }

    abort() {
      if (this.aborted) return;
      this.aborted = true;
      process.nextTick(() => this.emit('abort'));
      this.destroy();
    }

    destroy(err) {
      if (this.destroyed) return this;
      this.destroyed = true;
      // Whatever of the response is still to come is not wanted any more.
      this.res?._dump();
      this[kError] = err;
      this.socket?.destroy(err);
      return this;
    }

    onSocket(socket, err) {
      process.nextTick(() => runInFrame(this[kAsyncFrame], this.attachSocket, this, [socket, err]));
    }

    /** Starts the exchange on `socket`, unless the request was destroyed while waiting for it. */
    attachSocket(socket, err) {
      if (!this.destroyed && !err) {
        listenOnSocket(this, socket);
        this._flush();
        return;
      }
      this.destroyed = true;
      const fail = (error) => {
        if (!this.aborted && !error) error = connResetException('socket hang up');
        if (error) this.emit('error', error);
        this._closed = true;
        this.emit('close');
      };
      if (socket && !err && this.agent && !socket.destroyed) {
        socket.emit('free');
        fail(this[kError]);
      } else if (socket) {
        finished(socket.destroy(err || this[kError]), (socketErr) => {
          fail((socketErr?.code === 'ERR_STREAM_PREMATURE_CLOSE' ? null : socketErr) || err);
        });
      } else {
        fail(err || this[kError]);
      }
    }

    setTimeout(msecs, callback) {
      if (this._ended) return this;
      listenSocketTimeout(this);
      // Checked (and a too long one cut, with its warning) now, not when the socket connects.
      msecs = getTimerDuration(msecs, 'msecs');
      if (callback) this.once('timeout', callback);
      const apply = (socket) => {
        if (socket.connecting) socket.once('connect', () => socket.setTimeout(msecs));
        else socket.setTimeout(msecs);
      };
      if (this.socket) apply(this.socket);
      else this.once('socket', apply);
      return this;
    }

    clearTimeout(callback) {
      this.setTimeout(0, callback);
    }

    setNoDelay(noDelay) {
      this.deferToConnect('setNoDelay', [noDelay]);
    }

    setSocketKeepAlive(enable, initialDelay) {
      this.deferToConnect('setKeepAlive', [enable, initialDelay]);
    }

    /** Calls a socket method once the socket is connected. */
    deferToConnect(method, args) {
      const call = () => this.socket[method](...args);
      const onSocket = () => {
        if (this.socket.writable) call();
        else this.socket.once('connect', call);
      };
      if (this.socket) onSocket();
      else this.once('socket', onSocket);
    }
  },
);

function requestMethod(method) {
  if (method !== null && method !== undefined && typeof method !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
  }
  if (!method) return 'GET';
  if (!checkIsHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
  return method.toUpperCase();
}

/** The Host header: IPv6 literals bracketed, the port named unless it is the default. */
function hostHeader(host, port, defaultPort) {
  let value = host;
  const colon = value.indexOf(':');
  if (colon !== -1 && value.includes(':', colon + 1) && value[0] !== '[') value = `[${value}]`;
  if (port && +port !== defaultPort) value += `:${port}`;
  return value;
}

function emitRequestTimeout() {
  this._httpMessage?.emit('timeout');
}

/** The socket's idle timeout is reported on the request. */
function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = emitRequestTimeout;
  if (req.socket) req.socket.once('timeout', emitRequestTimeout);
  else req.on('socket', (socket) => socket.once('timeout', emitRequestTimeout));
}

function listenOnSocket(req, socket) {
  const parser = new HTTPParser(RESPONSE, { maxHeaderSize: req.maxHeaderSize || require('http').maxHeaderSize });
  req.socket = socket;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  parser.incoming = null;
  parser.onHeaders = (info) => parserOnHeaders(req, socket, parser, info);
  parser.onBody = (chunk) => pushBody(parser.incoming, chunk, socket);
  parser.onMessageComplete = (rawTrailers) => {
    if (parser.incoming !== null) completeMessage(parser.incoming, rawTrailers);
    if (!parser.incoming?.upgrade) readStart(socket);
  };
  const listeners = {
    error: (err) => socketOnError(req, socket, err),
    data: (chunk) => socketOnData(req, socket, chunk),
    end: () => socketOnEnd(req, socket),
    close: () => socketOnClose(req, socket),
    drain: () => {
      if (req[kNeedDrain] && !req.finished) {
        req[kNeedDrain] = false;
        req.emit('drain');
      }
    },
    timeout: () => req.res?.emit('timeout'),
  };
  for (const [event, listener] of Object.entries(listeners)) {
    listeners[event] = (...args) => runInFrame(req[kAsyncFrame], listener, undefined, args);
  }
  socket[kListeners] = listeners;
  // A response's timeout is listened for once a response has begun, as Node does.
  for (const [event, listener] of Object.entries(listeners)) if (event !== 'timeout') socket.on(event, listener);
  if (req.timeout !== undefined || req.agent?.options?.timeout) listenSocketTimeout(req);
  req.emit('socket', socket);
}

/** Detaches the request's listeners, keeping those named in `keep`. */
function stopListening(socket, req, keep = []) {
  const listeners = socket[kListeners];
  if (listeners) {
    for (const [event, listener] of Object.entries(listeners)) if (!keep.includes(event)) socket.removeListener(event, listener);
  }
  if (keep.length === 0) socket[kListeners] = null;
  if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
}

function freeParser(req, socket) {
  req.parser = null;
  socket.parser = null;
}

function parserOnHeaders(req, socket, parser, info) {
  const res = new IncomingMessage(socket);
  parser.incoming = res;
  takeHead(res, info, req);
  res.statusCode = info.statusCode;
  res.statusMessage = info.statusMessage;
  // Whatever answers a CONNECT, the connection then belongs to the tunnel.
  if (req.method === 'CONNECT') info.upgrade = true;
  res.upgrade = info.upgrade;
  if (req.res) {
    // A second response to one request: the connection cannot be trusted.
    socket.destroy();
    return true;
  }
  req.res = res;
  if (res.upgrade) return true;
  if (isInformational(res.statusCode)) {
    req.res = null;
    if (res.statusCode === 100) req.emit('continue');
    req.emit('information', {
      statusCode: res.statusCode,
      statusMessage: res.statusMessage,
      httpVersion: res.httpVersion,
      httpVersionMajor: res.httpVersionMajor,
      httpVersionMinor: res.httpVersionMinor,
      headers: res.headers,
      rawHeaders: res.rawHeaders,
    });
    return true;
  }
  // The server must agree to keep the connection, and an upgraded one never is.
  if (req.shouldKeepAlive && !info.shouldKeepAlive && !req.upgradeOrConnect) req.shouldKeepAlive = false;
  res.req = req;
  if (onClientResponseFinishChannel.hasSubscribers) onClientResponseFinishChannel.publish({ request: req, response: res });
  socket.on('timeout', socket[kListeners].timeout);
  res.on('end', () => responseOnEnd(req, res));
  req.on('finish', () => {
    if (req.shouldKeepAlive && req._ended) responseKeepAlive(req);
  });
  if (req.aborted || !req.emit('response', res)) res._dump();
  if (req.method === 'HEAD') return true;
  if (res.statusCode === 304) res.complete = true;
  return false;
}

function socketOnData(req, socket, chunk) {
  const parser = socket.parser;
  const ret = parser.execute(chunk);
  if (ret instanceof Error) {
    freeParser(req, socket);
    stopListening(socket, req, ['close', 'error']);
    socket.destroy();
    socket._hadError = true;
    req.emit('error', ret);
  } else if (ret?.upgrade) {
    onUpgrade(req, socket, parser, ret.upgrade);
  } else if (parser.incoming?.complete && !isInformational(parser.incoming.statusCode)) {
    stopListening(socket, req, ['close', 'error', 'timeout']);
    freeParser(req, socket);
  }
}

function onUpgrade(req, socket, parser, head) {
  const res = parser.incoming;
  req.res = res;
  freeParser(req, socket);
  stopListening(socket, req, ['close', 'error']);
  const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  if (req.listenerCount(eventName) === 0) {
    // An upgrade nobody handles: the connection is of no further use.
    socket.destroy();
    return;
  }
  req.upgradeOrConnect = true;
  socket.emit('agentRemove');
  stopListening(socket, req);
  socket._httpMessage = null;
  socket.readableFlowing = null;
  req.emit(eventName, res, socket, head);
  req.destroyed = true;
  req._closed = true;
  req.emit('close');
}

function socketOnEnd(req, socket) {
  if (!req.res && !socket._hadError) {
    socket._hadError = true;
    req.emit('error', connResetException('socket hang up'));
  }
  if (socket.parser) {
    socket.parser.finish();
    freeParser(req, socket);
  }
  socket.destroy();
}

function socketOnError(req, socket, err) {
  socket._hadError = true;
  req.emit('error', err);
  if (socket.parser) {
    socket.parser.finish();
    freeParser(req, socket);
  }
  stopListening(socket, req, ['close', 'error']);
  socket.destroy();
}

function socketOnClose(req, socket) {
  const { res } = req;
  req.destroyed = true;
  if (res) {
    if (!res.complete) res.destroy(connResetException('aborted'));
    req._closed = true;
    req.emit('close');
    if (!res.aborted && res.readable) res.push(null);
  } else {
    if (!socket._hadError) {
      // The connection went away before any response: the request fails.
      socket._hadError = true;
      req.emit('error', connResetException('socket hang up'));
    }
    req._closed = true;
    req.emit('close');
  }
  req.outputData.length = 0;
  if (socket.parser) {
    socket.parser.finish();
    freeParser(req, socket);
  }
}

function responseOnEnd(req, res) {
  const { socket } = req;
  if (socket && req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
  req._ended = true;
  if (!req.shouldKeepAlive) {
    if (socket.writable) socket.destroySoon();
  } else if (req.writableFinished && !res.aborted) {
    responseKeepAlive(req);
  }
}

/** The exchange is over: the socket goes back to the agent once 'end' listeners have run. */
function responseKeepAlive(req) {
  const { socket } = req;
  if (req.timeoutCb) {
    socket.setTimeout(0, req.timeoutCb);
    req.timeoutCb = null;
  }
  stopListening(socket, req);
  req.destroyed = true;
  // The response must not destroy the socket once it is someone else's.
  if (req.res) req.res.socket = null;
  process.nextTick(() => {
    req._closed = true;
    req.emit('close');
    if (req.socket) req.socket.emit('free');
  });
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = { ClientRequest, request, get };
