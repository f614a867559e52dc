'use strict';
// https: Node's API over http's client and server, on a tls that cannot connect in
// the sandbox yet (see tls.js): requests and servers fail with the 'error' event,
// code ERR_FEATURE_UNAVAILABLE_ON_PLATFORM.

const http = require('http');
const tls = require('tls');
const { URL, urlToHttpOptions } = require('internal/url');
const { withMethods } = require('internal/util/function_constructor');

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  http.Agent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
}

withMethods(Agent, class extends http.Agent {
  createConnection(options) {
    return tls.connect(options);
  }
});

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function request(...args) {
  let options = {};
  if (typeof args[0] === 'string') options = urlToHttpOptions(new URL(args.shift()));
  else if (args[0] instanceof URL) options = urlToHttpOptions(args.shift());
  if (args[0] && typeof args[0] !== 'function') Object.assign(options, args.shift());
  options._defaultAgent = module.exports.globalAgent;
  return new http.ClientRequest(options, ...args);
}

function get(...args) {
  const req = request(...args);
  req.end();
  return req;
}

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  tls.Server.call(this, typeof options === 'function' ? {} : options);
  if (typeof options === 'function') listener = options;
  if (listener) this.on('request', listener);
}

withMethods(Server, class extends tls.Server {});

function createServer(options, listener) {
  return new Server(options, listener);
}

module.exports = { Agent, globalAgent, Server, createServer, get, request };
