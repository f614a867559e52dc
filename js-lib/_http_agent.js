'use strict';
// The HTTP client's connection pool. Sockets are grouped by origin (`getName`); a
// request takes a free socket, opens a new one within `maxSockets`/`maxTotalSockets`,
// or waits in `requests`. A socket whose request finished is offered back with the
// socket's 'free' event: it serves the next waiting request, joins `freeSockets`
// (keep-alive, unref'd so an idle pool does not hold the process open) or is destroyed.

const { withMethods } = require('internal/util/function_constructor');
const EventEmitter = require('events');
const net = require('net');
const { validateNumber, validateOneOf } = require('internal/validators');

const kRequestOptions = Symbol('requestOptions');

/** A free socket that fails is dropped from the pool rather than reported: no request owns it. */
function freeSocketErrorListener() {
  this.destroy();
  this.emit('agentRemove');
}

function removeFrom(lists, name, socket) {
  const list = lists[name];
  if (list === undefined) return;
  const index = list.indexOf(socket);
  if (index !== -1) list.splice(index, 1);
  if (list.length === 0) delete lists[name];
}

/** The request gets the socket; a per-request timeout overrides the agent's. */
function setRequestSocket(agent, req, socket) {
  req.onSocket(socket);
  const agentTimeout = agent.options.timeout || 0;
  if (req.timeout !== undefined && req.timeout !== agentTimeout) socket.setTimeout(req.timeout);
}

function installListeners(agent, socket, options) {
  const onFree = () => agent.emit('free', socket, options);
  const onClose = () => {
    agent.totalSocketCount--;
    agent.removeSocket(socket, options);
  };
  const onTimeout = () => {
    if (Object.values(agent.freeSockets).some((list) => list.includes(socket))) socket.destroy();
  };
  const onRemove = () => {
    agent.totalSocketCount--;
    agent.removeSocket(socket, options);
    socket.removeListener('close', onClose);
    socket.removeListener('free', onFree);
    socket.removeListener('timeout', onTimeout);
    socket.removeListener('agentRemove', onRemove);
  };
  socket.on('free', onFree);
  socket.on('close', onClose);
  socket.on('timeout', onTimeout);
  // Upgraded connections leave the pool through 'agentRemove'.
  socket.on('agentRemove', onRemove);
}

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = { __proto__: null, ...options };
  this.options.noDelay ??= true;
  this.options.path = null;
  this.requests = { __proto__: null };
  this.sockets = { __proto__: null };
  this.freeSockets = { __proto__: null };
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.scheduling = this.options.scheduling || 'lifo';
  validateOneOf(this.scheduling, 'scheduling', ['fifo', 'lifo']);
  this.maxTotalSockets = this.options.maxTotalSockets;
  if (this.maxTotalSockets !== undefined) validateNumber(this.maxTotalSockets, 'maxTotalSockets', 1);
  else this.maxTotalSockets = Infinity;
  this.totalSocketCount = 0;
  this.on('free', (socket, socketOptions) => this.onFree(socket, socketOptions));
}

withMethods(
  Agent,
  class extends EventEmitter {
    onFree(socket, options) {
      const name = this.getName(options);
      if (!socket.writable) {
        socket.destroy();
        return;
      }
      const waiting = this.requests[name];
      if (waiting?.length) {
        const req = waiting.shift();
        if (waiting.length === 0) delete this.requests[name];
        req[kRequestOptions] = undefined;
        setRequestSocket(this, req, socket);
        return;
      }
      const req = socket._httpMessage;
      if (!req?.shouldKeepAlive || !this.keepAlive) {
        socket.destroy();
        return;
      }
      const free = this.freeSockets[name] ?? [];
      const inUse = this.sockets[name]?.length ?? 0;
      if (
        this.totalSocketCount > this.maxTotalSockets ||
        free.length + inUse > this.maxSockets ||
        free.length >= this.maxFreeSockets ||
        !this.keepSocketAlive(socket)
      ) {
        socket.destroy();
        return;
      }
      this.freeSockets[name] = free;
      socket._httpMessage = null;
      removeFrom(this.sockets, name, socket);
      socket.once('error', freeSocketErrorListener);
      free.push(socket);
    }

    createConnection(...args) {
      return net.createConnection(...args);
    }

    /** The pool key: sockets are shared between requests to the same host, port and local address. */
    getName(options = {}) {
      let name = `${options.host || 'localhost'}:`;
      if (options.port) name += options.port;
      name += ':';
      if (options.localAddress) name += options.localAddress;
      if (options.family === 4 || options.family === 6) name += `:${options.family}`;
      if (options.socketPath) name += `:${options.socketPath}`;
      return name;
    }

    addRequest(req, options, port, localAddress) {
      if (typeof options === 'string') options = { host: options, port, localAddress };
      options = { __proto__: null, ...options, ...this.options };
      if (options.socketPath) options.path = options.socketPath;
      const name = this.getName(options);
      this.sockets[name] ??= [];
      const free = this.freeSockets[name];
      let socket;
      if (free) {
        while (free.length && free[0].destroyed) free.shift();
        socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
        if (free.length === 0) delete this.freeSockets[name];
      }
      const count = (free?.length ?? 0) + this.sockets[name].length;
      if (socket) {
        this.reuseSocket(socket, req);
        setRequestSocket(this, req, socket);
        this.sockets[name].push(socket);
      } else if (count < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
        this.createSocket(req, options, (err, newSocket) => {
          if (err) req.onSocket(newSocket, err);
          else setRequestSocket(this, req, newSocket);
        });
      } else {
        req[kRequestOptions] = options;
        this.requests[name] ??= [];
        this.requests[name].push(req);
      }
    }

    createSocket(_req, options, callback) {
      options = { __proto__: null, ...options, ...this.options };
      if (options.socketPath) options.path = options.socketPath;
      const name = this.getName(options);
      options._agentKey = name;
      options.encoding = null;
      if (this.keepAlive) {
        options.keepAlive = this.keepAlive;
        options.keepAliveInitialDelay = this.keepAliveMsecs;
      }
      let called = false;
      const onCreate = (err, socket) => {
        if (called) return;
        called = true;
        if (err) {
          callback(err);
          return;
        }
        this.sockets[name] ??= [];
        this.sockets[name].push(socket);
        this.totalSocketCount++;
        installListeners(this, socket, options);
        callback(null, socket);
      };
      const socket = this.createConnection(options, onCreate);
      if (socket) onCreate(null, socket);
    }

    /** Readies a socket for the free list; false when the server's Keep-Alive hint leaves no time to reuse it. */
    keepSocketAlive(socket) {
      socket.setKeepAlive(true, this.keepAliveMsecs);
      socket.unref();
      let timeout = this.options.timeout || 0;
      const hint = socket._httpMessage?.res?.headers['keep-alive'];
      const seconds = hint && /^timeout=(\d+)/.exec(hint)?.[1];
      if (seconds) {
        // Give up on the socket a second before the server does, so a request does not race its close.
        const serverTimeout = Number(seconds) * 1000 - 1000;
        if (serverTimeout <= 0) return false;
        if (serverTimeout < timeout) timeout = serverTimeout;
      }
      if (socket.timeout !== timeout) socket.setTimeout(timeout);
      return true;
    }

    reuseSocket(socket, req) {
      socket.removeListener('error', freeSocketErrorListener);
      req.reusedSocket = true;
      socket.ref();
    }

    /** A socket left the pool: a request waiting for room gets a new connection. */
    removeSocket(socket, options) {
      const name = this.getName(options);
      removeFrom(this.sockets, name, socket);
      if (!socket.writable) removeFrom(this.freeSockets, name, socket);
      let req = this.requests[name]?.[0];
      if (req === undefined) {
        // maxTotalSockets may hold back requests to other origins.
        req = Object.values(this.requests).find((list) => list.length)?.[0];
        options = req?.[kRequestOptions];
      }
      if (req && options) {
        req[kRequestOptions] = undefined;
        this.createSocket(req, options, (err, socket) => {
          if (err) req.onSocket(socket, err);
          else socket.emit('free');
        });
      }
    }

    destroy() {
      for (const lists of [this.freeSockets, this.sockets]) {
        for (const list of Object.values(lists)) for (const socket of [...list]) socket.destroy();
      }
    }
  },
);
Agent.defaultMaxSockets = Infinity;

/** Node 20's default: connections are kept alive and idle out after five seconds. */
const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

module.exports = { Agent, globalAgent };
