'use strict';
// node:dgram — UDP sockets over the host's `udp-*` calls (host/src/net/udp.rs), checked
// against `--allow-net` as TCP is: `bind` as `listen`, `send` as `connect`. A socket
// that sends before it is bound gets an ephemeral port, as in Node, and is given only
// datagrams from hosts and ports the program may reach. Broadcast, multicast, TTLs and
// buffer sizes are not available in the sandbox.

const EventEmitter = require('events');
const dns = require('dns');
const { isIP } = require('net');
const { Buffer } = require('buffer');
const dc = require('diagnostics_channel');
const { onCompletion, setOperationRef } = require('internal/event_loop');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_FEATURE_UNAVAILABLE_ON_PLATFORM,
    ERR_INVALID_ARG_TYPE,
    ERR_SOCKET_ALREADY_BOUND,
    ERR_SOCKET_BAD_PORT,
    ERR_SOCKET_BAD_TYPE,
    ERR_SOCKET_DGRAM_IS_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
  exceptionWithHostPort,
} = require('internal/errors');

const binding = internalBinding('net');

const UNBOUND = 0;
const BINDING = 1;
const BOUND = 2;

function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') || (typeof port === 'string' && port.trim() === '')) {
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  const number = +port;
  if (!Number.isInteger(number) || number < 0 || number > 0xffff || (number === 0 && !allowZero)) {
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return number;
}

/** The bytes of `send`'s message: a Buffer, typed array, DataView, string or an array of them. */
function messageBytes(msg) {
  const part = (item) => {
    if (typeof item === 'string') return Buffer.from(item);
    if (ArrayBuffer.isView(item)) return Buffer.from(item.buffer, item.byteOffset, item.byteLength);
    throw new ERR_INVALID_ARG_TYPE('buffer list arguments', ['Buffer', 'TypedArray', 'DataView', 'string'], item);
  };
  if (Array.isArray(msg)) return Buffer.concat(msg.map(part));
  if (typeof msg === 'string' || ArrayBuffer.isView(msg)) return part(msg);
  throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], msg);
}

/** `offset` and `length` bytes of a message given as one buffer or string. */
function sliceMessage(msg, offset, length) {
  const bytes = typeof msg === 'string' ? Buffer.from(msg) : msg;
  if (!ArrayBuffer.isView(bytes)) throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], msg);
  const start = offset >>> 0;
  const count = length >>> 0;
  if (start > bytes.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (start + count > bytes.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, count);
}

const udpSocketChannel = dc.channel('udp.socket');

class Socket extends EventEmitter {
  constructor(type, listener) {
    super();
    const options = typeof type === 'object' && type !== null ? type : { type };
    if (options.type !== 'udp4' && options.type !== 'udp6') throw new ERR_SOCKET_BAD_TYPE();
    this.type = options.type;
    this._family = options.type === 'udp6' ? 6 : 4;
    this._state = UNBOUND;
    this._id = undefined;
    this._local = undefined;
    this._remote = undefined;
    this._receiving = undefined;
    this._refed = true;
    this._queue = [];
    this._closed = false;
    if (typeof listener === 'function') this.on('message', listener);
    if (udpSocketChannel.hasSubscribers) udpSocketChannel.publish({ socket: this });
  }

  _checkRunning() {
    if (this._closed) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
  }

  bind(port, address, callback) {
    this._checkRunning();
    let options = port;
    if (typeof port !== 'object' || port === null) {
      if (typeof address === 'function') [callback, address] = [address, undefined];
      else if (typeof port === 'function') [callback, port] = [port, undefined];
      options = { port, address };
    }
    if (this._state !== UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
    if (typeof callback === 'function') this.once('listening', callback);
    const boundPort = options.port === undefined || options.port === null ? 0 : validatePort(options.port);
    this._bindTo(options.address, boundPort);
    return this;
  }

  _bindTo(address, port) {
    this._state = BINDING;
    const implicit = address === undefined && port === 0;
    this._lookup(address ?? (this._family === 6 ? '::' : '0.0.0.0'), (err, ip) => {
      if (this._state !== BINDING) return;
      if (err) {
        this._state = UNBOUND;
        this.emit('error', err);
        return;
      }
      const result = binding.udpBind(implicit ? '' : ip, port, this._family);
      if (typeof result === 'number') {
        this._state = UNBOUND;
        this.emit('error', exceptionWithHostPort(result, 'bind', ip, port));
        return;
      }
      const [id, localAddress, localPort, family] = result;
      this._id = id;
      this._local = { address: localAddress, family: family === 6 ? 'IPv6' : 'IPv4', port: localPort };
      this._state = BOUND;
      this._receive();
      this.emit('listening');
      for (const send of this._queue.splice(0)) send();
    });
  }

  /** `address` as an IP of this socket's family, looked up when it is a name. */
  _lookup(address, callback) {
    if (isIP(address)) {
      process.nextTick(callback, null, address);
      return;
    }
    dns.lookup(address, { family: this._family }, (err, ip) => callback(err, ip));
  }

  _receive() {
    const op = binding.udpReceive(this._id);
    this._receiving = op;
    onCompletion(op, (result) => {
      this._receiving = undefined;
      if (this._state !== BOUND) return;
      if (typeof result === 'number') {
        this.emit('error', exceptionWithHostPort(result, 'recvmsg', this._local.address, this._local.port));
        return;
      }
      const [data, address, port, family] = result;
      this._receive();
      const rinfo = { address, family: family === 6 ? 'IPv6' : 'IPv4', port, size: data.byteLength };
      this.emit('message', Buffer.from(data), rinfo);
    });
    // Only an operation in flight can be unrefed: after onCompletion, which puts it there.
    if (!this._refed) setOperationRef(op, false);
  }

  /**
   * `send(msg[, offset, length][, port][, address][, callback])`, read as Node reads it:
   * an unconnected socket needs a port; a connected one refuses a port or address.
   */
  send(msg, offset, length, port, address, callback) {
    this._checkRunning();
    const connected = this._remote !== undefined;
    if (!connected) {
      if (address || (port && typeof port !== 'function')) msg = sliceMessage(msg, offset, length);
      else [callback, port, address] = [port, offset, length];
    } else {
      if (typeof length === 'number') {
        msg = sliceMessage(msg, offset, length);
        if (typeof port === 'function') [callback, port] = [port, null];
      } else {
        callback = offset;
      }
      if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    }
    const bytes = messageBytes(msg);
    if (!connected) port = validatePort(port, 'Port', false);
    if (typeof address === 'function') [callback, address] = [address, undefined];
    if (typeof callback !== 'function') callback = undefined;
    if (this._state === UNBOUND) this._bindTo(undefined, 0);
    const deliver = () => {
      const target = this._remote ?? { address: address ?? (this._family === 6 ? '::1' : '127.0.0.1'), port };
      this._lookup(target.address, (err, ip) => {
        if (err) return this._sent(err, callback);
        onCompletion(binding.udpSend(this._id, bytes, ip, target.port), (result) => {
          this._sent(typeof result === 'number' ? exceptionWithHostPort(result, 'send', ip, target.port) : null, callback, bytes.length);
        });
      });
    };
    if (this._state === BOUND) deliver();
    else this._queue.push(deliver);
  }

  _sent(err, callback, bytes) {
    if (typeof callback === 'function') callback(err, err ? undefined : bytes);
    else if (err) this.emit('error', err);
  }

  connect(port, address, callback) {
    this._checkRunning();
    port = validatePort(port, 'Port', false);
    if (typeof address === 'function') [callback, address] = [address, undefined];
    if (this._remote !== undefined) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    if (typeof callback === 'function') this.once('connect', callback);
    const connectTo = () => {
      this._lookup(address ?? (this._family === 6 ? '::1' : '127.0.0.1'), (err, ip) => {
        if (err) return this.emit('error', err);
        this._remote = { address: ip, family: this._family === 6 ? 'IPv6' : 'IPv4', port };
        this.emit('connect');
      });
    };
    if (this._state === UNBOUND) this._bindTo(undefined, 0);
    if (this._state === BOUND) connectTo();
    else this._queue.push(connectTo);
  }

  disconnect() {
    if (this._remote === undefined) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    this._remote = undefined;
  }

  remoteAddress() {
    if (this._remote === undefined) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    return { ...this._remote };
  }

  address() {
    if (this._state !== BOUND) throw exceptionWithHostPort(-9, 'getsockname');
    return { ...this._local };
  }

  close(callback) {
    this._checkRunning();
    if (typeof callback === 'function') this.once('close', callback);
    this._closed = true;
    this._state = UNBOUND;
    if (this._id !== undefined) binding.close(this._id);
    process.nextTick(() => this.emit('close'));
    return this;
  }

  ref() {
    this._refed = true;
    if (this._receiving !== undefined) setOperationRef(this._receiving, true);
    return this;
  }

  unref() {
    this._refed = false;
    if (this._receiving !== undefined) setOperationRef(this._receiving, false);
    return this;
  }
}

for (const name of [
  'setBroadcast',
  'setTTL',
  'setMulticastTTL',
  'setMulticastLoopback',
  'setMulticastInterface',
  'addMembership',
  'dropMembership',
  'addSourceSpecificMembership',
  'dropSourceSpecificMembership',
  'setRecvBufferSize',
  'setSendBufferSize',
  'getRecvBufferSize',
  'getSendBufferSize',
]) {
  Socket.prototype[name] = function unavailable() {
    throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM(`dgram.Socket.${name}`);
  };
}

function createSocket(type, listener) {
  return new Socket(type, listener);
}

module.exports = { createSocket, Socket };
