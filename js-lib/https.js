'use strict';
// https: http's client over tls.connect (an Agent of its own, pooling by the TLS
// options too), and http's connection handling on a tls.Server's secure connections.

const http = require('http');
const tls = require('tls');
const { setupHTTPServer, _connectionListener: connectionListener } = require('_http_server');
const { shape } = require('internal/util/function_shape');
const { URL, urlToHttpOptions } = require('internal/url');
const { withMethods } = require('internal/util/function_constructor');

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  http.Agent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
}

withMethods(
  Agent,
  class extends http.Agent {
    // Node's `createConnection(port, host, options)`; the Agent passes the options alone.
    createConnection(options, _host, _options) {
      return tls.connect(options);
    }

    /** Connections made with different TLS options are not shared. */
    getName(options = {}) {
      let name = super.getName(options);
      for (const key of ['ca', 'servername', 'rejectUnauthorized', 'ALPNProtocols']) name += `:${options[key] ?? ''}`;
      return name;
    }
  },
);

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function request(...args) {
  let options = {};
  if (typeof args[0] === 'string') options = urlToHttpOptions(new URL(args.shift()));
  else if (args[0] instanceof URL) options = urlToHttpOptions(args.shift());
  if (args[0] && typeof args[0] !== 'function') Object.assign(options, args.shift());
  options._defaultAgent = module.exports.globalAgent;
  return new http.ClientRequest(options, ...args);
}

// Node's `get(input, options, cb)`.
const get = shape(
  function get(...args) {
    const req = request(...args);
    req.end();
    return req;
  },
  undefined,
  3,
);

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  }
  options = { ...options };
  tls.Server.call(this, { allowHalfOpen: true, noDelay: options.noDelay ?? true, ALPNProtocols: ['http/1.1'], ...options });
  setupHTTPServer(this, options, requestListener);
  this.on('secureConnection', connectionListener);
}

withMethods(Server, class extends tls.Server {});
for (const name of ['close', 'closeAllConnections', 'closeIdleConnections', 'setTimeout']) {
  Server.prototype[name] = http.Server.prototype[name];
}

function createServer(options, listener) {
  return new Server(options, listener);
}

module.exports = { Agent, globalAgent, Server, createServer, get, request };
