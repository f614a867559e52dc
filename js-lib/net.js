'use strict';
// TCP sockets and servers over the host's `net` binding. A Socket is a stream.Duplex
// whose reads, writes and shutdown are host operations completing through the event
// loop (one read in flight while the stream wants data, so backpressure reaches the
// kernel); a Server keeps one accept in flight while it listens.

const EventEmitter = require('events');
const pathModule = require('path');
const stream = require('stream');
const { Buffer } = require('buffer');
const binding = internalBinding('net');
/** The encodings the host binding writes strings in (see `_writeString`), by Writable's names. */
const stringWriters = { __proto__: null, utf8: binding.writeUtf8String, latin1: binding.writeLatin1String };
const { onCompletion, setOperationRef } = require('internal/event_loop');
const { addHandle, removeHandle } = require('internal/active_handles');
const { getTimerDuration, loopTime, updateLoopTime } = require('internal/timers');
const { current: currentFrame } = require('internal/async_context_frame');
const { isIP, isIPv4, isIPv6, validateHints } = require('internal/net');
const { BlockList, SocketAddress } = require('internal/net/blocklist');
const heldListens = require('internal/net/held_listens');
const { listened: clusterListened, sharesListeners } = require('internal/cluster/listening');
const {
  codes: {
    ERR_FEATURE_UNAVAILABLE_ON_PLATFORM,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ADDRESS_FAMILY,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_INVALID_IP_ADDRESS,
    ERR_MISSING_ARGS,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
    ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
  },
  dnsException,
  exceptionWithHostPort,
} = require('internal/errors');
const { withMethods } = require('internal/util/function_constructor');
const { isUint8Array } = require('internal/util/types');
const dc = require('diagnostics_channel');

const netClientSocketChannel = dc.channel('net.client.socket');
const netServerSocketChannel = dc.channel('net.server.socket');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateNumber,
  validatePort,
  validateString,
} = require('internal/validators');

const { EBADF, ECANCELED, EINVAL, ENOBUFS, ENOTCONN, ENOTFOUND, EPIPE } = internalBinding('errno').codes;
// A shutdown failing so finds the connection ended already (closed, or reset by the peer):
// nothing is left to end, and as in Node it is no error.
const endedAlready = [ECANCELED, EPIPE, ENOTCONN];
/**
 * The most one host write carries. The rest of a large write waits in the guest's
 * memory (where the program's own limit applies), not in the host's.
 */
const WRITE_CHUNK = 1 << 20;
/** The longest string `_writeString` takes: its UTF-8 is at most one write chunk. */
const STRING_WRITE_MAX = WRITE_CHUNK / 3;
/** How long a write the host had no room for (ENOBUFS) waits before it is offered again. */
const WRITE_RETRY_MS = 1;
/** Bytes asked of the host per read: libuv's 64 KiB. */
const READ_SIZE = 65536;
const DEFAULT_BACKLOG = 511;

const kOperations = Symbol('kOperations');
const kRefed = Symbol('kRefed');
const kTimeout = Symbol('kTimeout');
/** The loop time (ms) of the socket's last activity, from which its idle timeout counts. */
const kLastActive = Symbol('kLastActive');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kOptions = Symbol('kOptions');
const kOwner = Symbol('kOwner');
const kUserBuffer = Symbol('kUserBuffer');
const kNormalized = Symbol('kNormalized');
/** Who takes the socket's bytes instead of its stream (see `_consumeReads`), or null. */
const kReadConsumer = Symbol('kReadConsumer');
/**
 * The async context frame a socket's or server's callbacks run under: the one current
 * when its handle came to be (connect, listen, or the accept of an incoming
 * connection), as Node's handle resources carry theirs.
 */
const kAsyncFrame = Symbol('kAsyncFrame');

function isFailure(result) {
  return typeof result === 'number' && result < 0;
}

function familyName(family) {
  return family === 6 ? 'IPv6' : 'IPv4';
}

/**
 * Runs `callback(result)` when `op` completes, counting it against `owner`'s ref state;
 * `requestType` names a one-off request as process.getActiveResourcesInfo() does.
 */
function track(owner, op, callback, requestType = undefined) {
  owner[kOperations].add(op);
  onCompletion(
    op,
    (result) => {
      owner[kOperations].delete(op);
      callback(result);
    },
    requestType,
    owner[kAsyncFrame],
  );
  // Only an operation in flight can be unrefed: after onCompletion, which puts it there.
  if (!owner[kRefed]) setOperationRef(op, false);
  return op;
}

function isRefed(owner) {
  return owner[kRefed];
}

function setRefed(owner, refed) {
  owner[kRefed] = refed;
  for (const op of owner[kOperations]) setOperationRef(op, refed);
}

/** The error a write that failed with `errno` reports. */
function writeError(errno) {
  return errno === ECANCELED ? new ERR_SOCKET_CLOSED() : socketException(errno, 'write');
}

/** A failed read, write or shutdown: `read ECONNRESET`. */
function socketException(errno, syscall) {
  return exceptionWithHostPort(errno, syscall, undefined, undefined, false);
}

/** Keep-alive's initial delay as Node's handles take it: whole seconds, none below 0. */
function keepAliveSeconds(msecs) {
  return Math.max(0, ~~(msecs / 1000));
}

/**
 * A connection of the host as Node's TCP or Pipe handle shows it (`socket._handle`): there
 * from connect() on, with the host's id once connected, and the calls Node's Socket makes
 * on its handle, which a program may wrap or make itself.
 */
class SocketHandle {
  constructor(id) {
    this.id = id;
    this.reading = false;
    this.closed = false;
    // A Unix socket's (known once connected), which cannot be reset.
    this.isPipe = false;
    // An accepted connection's id and addresses as the host gave them (null for connect()'s).
    this.connection = null;
  }

  /** The handle a listener gives its 'onconnection' for `connection`, as the host accepted it. */
  static accepted(connection) {
    const handle = new SocketHandle(connection[0]);
    handle.connection = connection;
    return handle;
  }

  setNoDelay(enable) {
    binding.setNoDelay(this.id, enable);
    return 0;
  }

  setKeepAlive(enable, delaySeconds) {
    binding.setKeepAlive(this.id, enable, delaySeconds * 1000);
    return 0;
  }

  /**
   * Closes the connection once (the host may give its id to the next one); `callback`
   * runs after, as a handle's close callback does, even when it was closed already.
   */
  close(callback) {
    this._closeWith(binding.close, callback);
  }

  /** Closes the connection as close() does, but with a reset (RST) instead of an orderly end. */
  reset(callback) {
    this._closeWith(binding.reset, callback);
  }

  _closeWith(hostClose, callback) {
    if (!this.closed) {
      this.closed = true;
      if (this.id !== null) hostClose(this.id);
    }
    if (typeof callback === 'function') setImmediate(callback);
  }
}

function toNumber(value) {
  const number = Number(value);
  return number >= 0 ? number : false;
}

function isPipeName(value) {
  return typeof value === 'string' && toNumber(value) === false;
}

/**
 * `(port, host, callback)`, `(path, callback)` or `(options, callback)` as
 * `[options, callback]`, as Node's connect and listen read their arguments.
 */
function normalizeArgs(args) {
  if (args.length === 0) return Object.assign([{}, null], { [kNormalized]: true });
  const first = args[0];
  let options = {};
  if (typeof first === 'object' && first !== null) options = first;
  else if (isPipeName(first)) options.path = first;
  else {
    options.port = first;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const callback = args[args.length - 1];
  return Object.assign([options, typeof callback === 'function' ? callback : null], { [kNormalized]: true });
}

function socketToDnsFamily(family) {
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  return family;
}

/** Node's checks of connect's options, before anything starts. */
function validateConnectOptions(options) {
  const { localAddress, localPort, autoSelectFamily, autoSelectFamilyAttemptTimeout } = options;
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
  }
}

/** The program's own `lookup` for a name, or null when the host resolves it (checking what dns.lookup would). */
function lookupOf(options) {
  if (options.lookup != null) {
    validateFunction(options.lookup, 'options.lookup');
    return options.lookup;
  }
  const family = socketToDnsFamily(options.family);
  if (family != null && family !== 0 && family !== 4 && family !== 6) {
    throw new ERR_INVALID_ARG_VALUE('options.family', family, 'must be one of: 0, 4, 6');
  }
  if (options.hints) validateHints(options.hints);
  return null;
}

function writeAfterFIN(chunk, encoding, callback) {
  if (!this.writableEnded) return stream.Duplex.prototype.write.call(this, chunk, encoding, callback);
  if (typeof encoding === 'function') callback = encoding;
  const err = new Error('This socket has been ended by the other party');
  err.code = 'EPIPE';
  if (typeof callback === 'function') process.nextTick(callback, err);
  this.destroy(err);
  return false;
}

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

/**
 * A consumed socket's own listener methods (see `_consumeReads`): a listener for its
 * bytes ends the consuming first.
 */
const unconsumingListenerMethods = Object.fromEntries(
  ['on', 'addListener', 'prependListener'].map((method) => [
    method,
    function (event, listener) {
      if (event === 'data' || event === 'readable') this._unconsumeReads();
      return stream.Duplex.prototype[method].call(this, event, listener);
    },
  ]),
);

/** A socket's idle timer fired: 'timeout' if it has been idle that long, else wait for the rest. */
function onIdleTimer(socket) {
  socket[kTimeout] = null;
  if (socket.timeout === 0 || socket.destroyed) return;
  const idle = updateLoopTime() - socket[kLastActive];
  if (idle < socket.timeout) socket[kTimeout] = setTimeout(onIdleTimer, socket.timeout - idle, socket).unref();
  else socket.emit('timeout');
}

/**
 * connect's `onread`: `{ buffer, callback }`, the buffer (or a function giving the next
 * one after each read) the socket reads into instead of its stream; null for none, or a
 * shape Node ignores too.
 */
function userBufferOf(onread) {
  if (onread === null || typeof onread !== 'object' || typeof onread.callback !== 'function') return null;
  const { buffer, callback } = onread;
  if (typeof buffer === 'function') return { buffer: buffer(), next: buffer, callback };
  if (isUint8Array(buffer)) return { buffer, next: null, callback };
  return null;
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options === undefined) options = {};
  else if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  for (const name of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
    if (options[name]) throw new ERR_INVALID_ARG_VALUE(`options.${name}`, options[name], 'is not supported');
  }
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  // Node emits 'close' itself, with whether the socket failed.
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  stream.Duplex.call(this, options);
  this.connecting = false;
  this._hadError = false;
  this.resetAndClosing = false;
  this._handle = null;
  this._host = null;
  this._peername = null;
  this._sockname = null;
  this._pendingData = null;
  this._pendingEncoding = '';
  this.server = null;
  this._server = null;
  this.timeout = 0;
  this[kOperations] = new Set();
  this[kAsyncFrame] = currentFrame();
  this[kRefed] = true;
  this[kTimeout] = null;
  this[kLastActive] = 0;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  this[kReadConsumer] = null;
  this[kUserBuffer] = userBufferOf(options.onread);
  // No-delay and keep-alive as last given to the handle (to be given it once connected):
  // asking again for what it has makes no call, as in Node.
  this[kOptions] = {
    noDelay: Boolean(options.noDelay),
    keepAlive: Boolean(options.keepAlive),
    keepAliveInitialDelay: keepAliveSeconds(options.keepAliveInitialDelay),
  };
  if (options.fd !== undefined) {
    throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('net.Socket over a file descriptor');
  }
  this.on('end', onReadableStreamEnd);
  if (options.handle && !Array.isArray(options.handle) && !(options.handle instanceof SocketHandle)) {
    // A handle of the program's own making: the socket calls its methods, but reads nothing.
    this._handle = options.handle;
  } else if (options.handle) {
    if (options.handle instanceof SocketHandle) this._handle = options.handle;
    this._attach(options.handle.connection ?? options.handle);
    // A socket that is not readable (a child process's stdin) never reads.
    if (options.pauseOnCreate) this.readableFlowing = false;
    else if (!options.manualStart && options.readable !== false) this.read(0);
  }
}

withMethods(
  Socket,
  class extends stream.Duplex {
    /** Adopts a connection from the host: `[id, local address/port/family, remote ...]`. */
    _attach(connection) {
      const [id, localAddress, localPort, localFamily, remoteAddress, remotePort, remoteFamily] = connection;
      const isUnix = localFamily === 0 && remoteFamily === 0;
      // The handle connect() made, or a new one for an accepted connection.
      if (this._handle === null) this._handle = new SocketHandle(id);
      else this._handle.id = id;
      this._handle.isPipe = isUnix;
      addHandle(this, isUnix ? 'PipeWrap' : 'TCPSocketWrap', isRefed);
      // A Unix socket's ends have no addresses (family 0): Node reports none.
      this._sockname = localFamily === 0 ? {} : { address: localAddress, family: familyName(localFamily), port: localPort };
      this._peername = remoteFamily === 0 ? {} : { address: remoteAddress, family: familyName(remoteFamily), port: remotePort };
      const { noDelay, keepAlive, keepAliveInitialDelay } = this[kOptions];
      if (noDelay) this._handle.setNoDelay(true);
      if (keepAlive) this._handle.setKeepAlive(true, keepAliveInitialDelay);
    }

    connect(...args) {
      const [options, callback] = args[0]?.[kNormalized] ? args[0] : normalizeArgs(args);
      if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
      if (this.destroyed) {
        // A closed socket connects again as a new one, counting its bytes afresh.
        this._handle = null;
        this._peername = null;
        this._sockname = null;
        this[kBytesRead] = 0;
        this[kBytesWritten] = 0;
        this._undestroy();
      }
      if (callback !== null) this.once('connect', callback);
      if (options.path) {
        validateString(options.path, 'options.path');
        const { path } = options;
        if (options.timeout) this.setTimeout(options.timeout);
        this.connecting = true;
        this._handle = new SocketHandle(null);
        this._handle.isPipe = true;
        addHandle(this, 'PipeWrap', isRefed);
        this[kAsyncFrame] = currentFrame();
        track(this, binding.connectUnix(pathModule.resolve(path)), (result) => this._afterConnect(result, path), 'PipeConnectWrap');
        return this;
      }
      const host = options.host || 'localhost';
      let { port } = options;
      if (port === undefined) throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
      validateConnectOptions(options);
      if (typeof port !== 'number' && typeof port !== 'string') {
        throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
      }
      port = validatePort(port);
      // Names are resolved by the host, which checks the grant against the name itself;
      // a program's own `lookup` resolves first, and the address it gives is what is checked.
      const lookup = isIP(host) ? null : lookupOf(options);
      if (options.timeout) this.setTimeout(options.timeout);
      this.connecting = true;
      this._handle = new SocketHandle(null);
      addHandle(this, 'TCPSocketWrap', isRefed);
      this._host = host;
      this[kAsyncFrame] = currentFrame();
      if (lookup === null) {
        track(this, this._connectHandle(host, port, options), (result) => this._afterConnect(result, host, port), 'ConnectWrap');
        return this;
      }
      lookup(host, { family: socketToDnsFamily(options.family), hints: options.hints || 0 }, (err, ip, family) => {
        this.emit('lookup', err, ip, family, host);
        if (!this.connecting) return;
        if (!err && !isIP(ip)) err = new ERR_INVALID_IP_ADDRESS(ip);
        if (!err && family !== 4 && family !== 6) err = new ERR_INVALID_ADDRESS_FAMILY(family, options.host, options.port);
        if (err) {
          process.nextTick(() => this.destroy(err));
          return;
        }
        track(this, this._connectHandle(ip, port, options), (result) => this._afterConnect(result, ip, port), 'ConnectWrap');
      });
      return this;
    }

    /** Starts the host's connect; tls.TLSSocket connects with TLS instead. */
    _connectHandle(host, port) {
      return binding.connect(host, port);
    }

    /** Runs `callback(result)` when host operation `op` completes, counted against this socket's ref state. */
    _track(op, callback) {
      return track(this, op, callback);
    }

    _afterConnect(result, host, port) {
      if (this.destroyed) {
        if (!isFailure(result)) binding.close(result[0]);
        return;
      }
      this.connecting = false;
      if (result === ENOTFOUND) {
        // The host could not resolve the name: Node's lookup error, as dns.lookup gives it.
        const err = dnsException(result, 'getaddrinfo', host);
        this.emit('lookup', err, undefined, undefined, host);
        this.destroy(err);
        return;
      }
      if (isFailure(result)) {
        this.destroy(exceptionWithHostPort(result, 'connect', host, port));
        return;
      }
      this._attach(result);
      // A Unix socket (no port) has no name to look up.
      if (port !== undefined && !isIP(host)) this.emit('lookup', null, this._peername.address, isIP(this._peername.address), host);
      this._unrefTimer();
      this.emit('connect');
      this.emit('ready');
      if (this.readable && !this.isPaused()) this.read(0);
    }

    _read(_size) {
      if (this.connecting || !this._handle) {
        this.once('connect', () => this._read());
        return;
      }
      this._startReading();
    }

    _startReading() {
      const handle = this._handle;
      if (handle === null || handle.reading) return;
      handle.reading = true;
      const userBuffer = this[kUserBuffer];
      // Into a buffer of the program's, as much as it holds, as Node's handle reads into one.
      const size = userBuffer === null ? READ_SIZE : userBuffer.buffer.byteLength;
      track(this, binding.read(handle.id, size), (result) => {
        handle.reading = false;
        if (this._handle !== handle) return;
        if (isFailure(result)) {
          if (result !== ECANCELED) this.destroy(socketException(result, 'read'));
          return;
        }
        if (result.byteLength === 0) {
          this.push(null);
          this.read(0);
          return;
        }
        this[kBytesRead] += result.byteLength;
        this._unrefTimer();
        if (userBuffer !== null) {
          this._deliverToUserBuffer(userBuffer, result);
          return;
        }
        const consumer = this[kReadConsumer];
        if (consumer === null) {
          if (this.push(Buffer.from(result))) this._startReading();
          return;
        }
        consumer(Buffer.from(result));
        // The consumer may have paused the socket, or handed its bytes back to the stream.
        if (this[kReadConsumer] !== null && this._handle === handle && !handle.reading && this.readableFlowing !== false) {
          this._startReading();
        }
      });
    }

    /**
     * Hands bytes read to `onread`'s callback in the program's buffer; it stops the reads
     * by returning false or pausing the socket, and resume() starts them again.
     */
    _deliverToUserBuffer(userBuffer, bytes) {
      const { buffer } = userBuffer;
      new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(new Uint8Array(bytes));
      const more = userBuffer.callback.call(this, bytes.byteLength, buffer) !== false;
      if (userBuffer.next !== null) {
        const next = userBuffer.next();
        if (isUint8Array(next)) userBuffer.buffer = next;
      }
      if (more && this.readableFlowing !== false && !this.destroyed) this._startReading();
    }

    /**
     * Hands every chunk read to `consumer` instead of the stream, as Node's HTTP server
     * has its parser consume the handle: the bytes skip the Readable machinery (a large
     * part of a request's cost) until a program listens for them ('data' or 'readable'),
     * from when on they flow through the stream again, to every listener. As in Node,
     * the listener methods that notice are the socket's own while it is consumed.
     */
    _consumeReads(consumer) {
      this[kReadConsumer] = consumer;
      Object.assign(this, unconsumingListenerMethods);
    }

    _unconsumeReads() {
      if (this[kReadConsumer] === null) return;
      this[kReadConsumer] = null;
      for (const method of Object.keys(unconsumingListenerMethods)) delete this[method];
      // The stream may be waiting for a read the consumer took: the next one is the stream's.
      if (this._handle !== null && !this._handle.reading && !this.connecting && !this.readableEnded) this._startReading();
    }

    /**
     * A consumed socket, or one reading into the program's buffer, reads again when
     * resumed: its stream has no read of its own to restart.
     */
    resume() {
      const result = super.resume();
      const bypassesStream = this[kReadConsumer] !== null || this[kUserBuffer] !== null;
      if (bypassesStream && this._handle !== null && !this._handle.reading && !this.connecting) this._read();
      return result;
    }

    _writeGeneric(bytes, callback) {
      if (this.connecting) {
        this._pendingData = bytes;
        // Closed before it connects, the socket fails the write, as Node's does.
        const onConnect = () => {
          this.removeListener('close', onClose);
          this._writeGeneric(bytes, callback);
        };
        const onClose = () => {
          this.removeListener('connect', onConnect);
          callback(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
        };
        this.once('close', onClose);
        this.once('connect', onConnect);
        return;
      }
      this._pendingData = null;
      if (!this._handle) {
        callback(new ERR_SOCKET_CLOSED());
        return;
      }
      this._unrefTimer();
      this[kBytesWritten] += bytes.length;
      this._writeFrom(bytes, 0, callback);
    }

    /** Hands `bytes` from `offset` on to the host, a chunk at a time. */
    _writeFrom(bytes, offset, callback) {
      if (!this._handle) {
        callback(new ERR_SOCKET_CLOSED());
        return;
      }
      // The program closed the handle itself: the descriptor is gone, as in Node.
      if (this._handle.closed) {
        callback(socketException(EBADF, 'write'));
        return;
      }
      const chunk = offset === 0 && bytes.length <= WRITE_CHUNK ? bytes : bytes.subarray(offset, offset + WRITE_CHUNK);
      track(this, binding.write(this._handle.id, chunk), (result) => {
        // The host holds as much unsent data as it allows: try again once some has gone.
        if (result === ENOBUFS) {
          setTimeout(() => this._writeFrom(bytes, offset, callback), WRITE_RETRY_MS);
          return;
        }
        if (isFailure(result)) {
          callback(writeError(result));
          return;
        }
        this._unrefTimer();
        if (offset + chunk.length < bytes.length) this._writeFrom(bytes, offset + chunk.length, callback);
        else callback();
      });
    }

    /**
     * Writes a string in one host write of its bytes, made by the host binding without a
     * Buffer (most of a small write's cost otherwise); false when it cannot: another
     * encoding, too long for one write, or the socket not open for writing yet.
     */
    _writeString(string, encoding, callback) {
      const writeStringBytes = stringWriters[encoding];
      const handle = this._handle;
      if (writeStringBytes === undefined || string.length > STRING_WRITE_MAX || this.connecting || handle === null || handle.closed) {
        return false;
      }
      this._pendingData = null;
      this._unrefTimer();
      const written = writeStringBytes(handle.id, string);
      this[kBytesWritten] += written[1];
      track(this, written[0], (result) => {
        // The host had no room: the bytes wait here and are offered again, as any write's are.
        if (result === ENOBUFS) {
          const bytes = Buffer.from(string, encoding);
          setTimeout(() => this._writeFrom(bytes, 0, callback), WRITE_RETRY_MS);
          return;
        }
        if (isFailure(result)) {
          callback(writeError(result));
          return;
        }
        this._unrefTimer();
        callback();
      });
      return true;
    }

    _write(chunk, encoding, callback) {
      if (typeof chunk !== 'string') this._writeGeneric(chunk, callback);
      else if (!this._writeString(chunk, encoding, callback)) this._writeGeneric(Buffer.from(chunk, encoding), callback);
    }

    /** Everything buffered goes to the host as one write. */
    _writev(chunks, callback) {
      const buffers = chunks.map(({ chunk, encoding }) => (typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk));
      this._writeGeneric(buffers.length === 1 ? buffers[0] : Buffer.concat(buffers), callback);
    }

    _final(callback) {
      if (this.pending) {
        this.once('connect', () => this._final(callback));
        return;
      }
      if (!this._handle) {
        callback();
        return;
      }
      track(this, binding.shutdown(this._handle.id), (result) => {
        if (isFailure(result) && !endedAlready.includes(result)) callback(socketException(result, 'shutdown'));
        else callback();
      });
    }

    _destroy(exception, callback) {
      this.connecting = false;
      clearTimeout(this[kTimeout]);
      this[kTimeout] = null;
      const hadError = Boolean(exception);
      removeHandle(this);
      const handle = this._handle;
      this._handle = null;
      if (handle?.id != null) {
        // Writes the host already has still go out, but must not hold the program open.
        setRefed(this, false);
        callback(exception);
        const onClosed = () => this.emit('close', hadError);
        if (this.resetAndClosing) handle.reset(onClosed);
        else handle.close(onClosed);
        this.resetAndClosing = false;
      } else {
        callback(exception);
        process.nextTick(() => this.emit('close', hadError));
      }
      if (this._server) {
        this._server._connections--;
        this._server._emitCloseIfDrained();
      }
    }

    destroySoon() {
      if (this.writable) this.end();
      if (this.writableFinished) this.destroy();
      else this.once('finish', this.destroy);
    }

    /**
     * Ends a TCP connection with a reset (once it is made, when it is being made); a
     * socket with no connection fails with ERR_SOCKET_CLOSED.
     */
    resetAndDestroy() {
      if (!this._handle) {
        this.destroy(new ERR_SOCKET_CLOSED());
        return this;
      }
      if (this._handle.isPipe) throw new ERR_INVALID_HANDLE_TYPE();
      if (this.connecting) this.once('connect', () => this._reset());
      else this._reset();
      return this;
    }

    _reset() {
      this.resetAndClosing = true;
      return this.destroy();
    }

    /**
     * The idle timeout is one timer that, when it fires, looks at the socket's last
     * activity and waits again for the rest: activity only notes the time, and turning
     * the timeout off and on again (a keep-alive connection between its requests) keeps
     * the timer rather than making a new one each time.
     */
    setTimeout(msecs, callback) {
      msecs = getTimerDuration(msecs, 'msecs');
      if (callback !== undefined) validateFunction(callback, 'callback');
      this.timeout = msecs;
      if (msecs === 0) {
        if (callback !== undefined) this.removeListener('timeout', callback);
        return this;
      }
      const now = loopTime();
      this[kLastActive] = now;
      const timer = this[kTimeout];
      if (timer === null || timer._expiry > now + msecs) {
        clearTimeout(timer);
        this[kTimeout] = setTimeout(onIdleTimer, msecs, this).unref();
      }
      if (callback !== undefined) this.once('timeout', callback);
      return this;
    }

    /** Activity postpones the idle timeout. */
    _unrefTimer() {
      if (this[kTimeout] !== null) this[kLastActive] = loopTime();
    }

    setNoDelay(enable) {
      enable = Boolean(enable === undefined ? true : enable);
      const state = this[kOptions];
      if (!this._handle || this._handle.id === null) state.noDelay = enable;
      else if (this._handle.setNoDelay && enable !== state.noDelay) {
        state.noDelay = enable;
        this._handle.setNoDelay(enable);
      }
      return this;
    }

    setKeepAlive(enable, initialDelay) {
      enable = Boolean(enable);
      const delay = keepAliveSeconds(initialDelay);
      const state = this[kOptions];
      const changed = enable !== state.keepAlive || (enable && delay !== state.keepAliveInitialDelay);
      if (!this._handle || this._handle.id === null) Object.assign(state, { keepAlive: enable, keepAliveInitialDelay: delay });
      else if (this._handle.setKeepAlive && changed) {
        Object.assign(state, { keepAlive: enable, keepAliveInitialDelay: delay });
        this._handle.setKeepAlive(enable, delay);
      }
      return this;
    }

    ref() {
      setRefed(this, true);
      return this;
    }

    unref() {
      setRefed(this, false);
      return this;
    }

    address() {
      return this._sockname ? { ...this._sockname } : {};
    }

    /** Node's old name for `connecting`. */
    get _connecting() {
      return this.connecting;
    }

    get pending() {
      return !this._handle || this.connecting;
    }

    get readyState() {
      if (this.connecting) return 'opening';
      if (this.readable && this.writable) return 'open';
      if (this.readable && !this.writable) return 'readOnly';
      if (!this.readable && this.writable) return 'writeOnly';
      return 'closed';
    }

    get bufferSize() {
      return this._handle || this.connecting ? this.writableLength : undefined;
    }

    get bytesRead() {
      return this[kBytesRead];
    }

    /** The bytes handed to the host, and those still queued to be written, as Node counts them. */
    get bytesWritten() {
      let queued = this._pendingData?.length ?? 0;
      for (const { chunk, encoding } of this.writableBuffer) {
        queued += typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
      }
      return this[kBytesWritten] + queued;
    }

    get remoteAddress() {
      return this._peername?.address;
    }

    get remoteFamily() {
      return this._peername?.family;
    }

    get remotePort() {
      return this._peername?.port;
    }

    get localAddress() {
      return this._sockname?.address;
    }

    get localPort() {
      return this._sockname?.port;
    }

    get localFamily() {
      return this._sockname?.family;
    }
  },
);

function connect(...args) {
  const normalized = normalizeArgs(args);
  const socket = new Socket(normalized[0]);
  if (netClientSocketChannel.hasSubscribers) netClientSocketChannel.publish({ socket });
  return socket.connect(normalized);
}

/** Where `listen`'s arguments ask to listen: `{ port, host, backlog, path }`. */
function listenOptions(args) {
  const [first] = args;
  if (
    typeof first === 'object' &&
    first !== null &&
    !(typeof first.port === 'undefined' && first.path === undefined && first.host === undefined)
  ) {
    return { ...first, backlog: first.backlog ?? toNumber(args.length > 1 && args[1]) };
  }
  if (typeof first === 'object' && first !== null && Object.keys(first).length > 0) {
    throw new ERR_INVALID_ARG_VALUE('options', first, 'must have the property "port" or "path"');
  }
  const [options] = normalizeArgs(args);
  const backlog = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
  return { ...options, backlog };
}

/** A listener's accepted connection (or accept's failure), as Node's server handle reports it. */
function onconnection(err, clientHandle) {
  const server = this[kOwner];
  if (err) server.emit('error', socketException(err, 'accept'));
  else server._onConnection(clientHandle);
}

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  this._connections = 0;
  this._handle = null;
  this._unref = false;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = Boolean(options.pauseOnConnect);
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.maxConnections = undefined;
  this[kOperations] = new Set();
  this[kAsyncFrame] = currentFrame();
  this[kRefed] = true;
}

/** listen's `signal`: aborting it closes the server. */
function closeOnAbort(server, signal) {
  validateAbortSignal(signal, 'options.signal');
  const onAborted = () => server.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
    return;
  }
  signal.addEventListener('abort', onAborted, { once: true });
  server.once('close', () => signal.removeEventListener('abort', onAborted));
}

withMethods(
  Server,
  class extends EventEmitter {
    listen(...args) {
      const callback = typeof args[args.length - 1] === 'function' ? args.pop() : null;
      if (typeof args[0]?.fd === 'number' && args[0].fd >= 0) {
        // A program's descriptors are its stdio, none a socket to listen on: Node's failure
        // for a descriptor that is not one.
        const err = exceptionWithHostPort(EINVAL, 'listen', null, undefined, true);
        process.nextTick(() => this.emit('error', err));
        return this;
      }
      const options = listenOptions(args);
      if (callback !== null) this.once('listening', callback);
      if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
      if (options.signal !== undefined) closeOnAbort(this, options.signal);
      const exclusive = Boolean(options.exclusive);
      if (options.path !== undefined) {
        const access = { readableAll: options.readableAll === true, writableAll: options.writableAll === true };
        return this._listenAtPath(options.path, options.backlog || DEFAULT_BACKLOG, exclusive, access);
      }
      let port = 0;
      if (options.port !== undefined && options.port !== null) {
        if (typeof options.port !== 'number' && typeof options.port !== 'string') {
          throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
        }
        port = validatePort(options.port, 'options.port');
      }
      const host = options.host ?? '';
      const backlog = options.backlog || DEFAULT_BACKLOG;
      if (host === '' || isIP(host) !== 0) return this._listenAt(host, port, backlog, exclusive);
      // A name is looked up first, as Node's lookupAndListen does; the host then binds
      // the address it found, without resolving on the event loop's thread.
      track(this, binding.lookup(host, 0), (result) => {
        if (isFailure(result)) this.emit('error', dnsException(result, 'getaddrinfo', host));
        else this._listenAt(host, port, backlog, exclusive);
      });
      return this;
    }

    _listenAt(host, port, backlog, exclusive) {
      if (heldListens.hold(() => this._listenAt(host, port, backlog, exclusive))) return this;
      const shared = !exclusive && sharesListeners();
      return this._listened(this._listenHandle(host, port, backlog, shared), host || '::', port, shared);
    }

    /**
     * A Unix socket's listen, its file readable or writable by all users when `access`
     * asks; a cluster worker's is its own, but reported as Node's are.
     */
    _listenAtPath(path, backlog, exclusive, access) {
      if (heldListens.hold(() => this._listenAtPath(path, backlog, exclusive, access))) return this;
      const resolved = pathModule.resolve(path);
      this._listened(binding.listenUnix(resolved, backlog), path, -1, !exclusive && sharesListeners());
      if (this._handle !== null && (access.readableAll || access.writableAll)) {
        try {
          // As uv_pipe_chmod, through the file system and its grants.
          const fs = require('fs');
          const { mode } = fs.statSync(resolved);
          fs.chmodSync(resolved, mode | (access.readableAll ? 0o444 : 0) | (access.writableAll ? 0o222 : 0));
        } catch (err) {
          this.close();
          throw err;
        }
      }
      return this;
    }

    /**
     * Takes the host's listener (or its failure, named by `address` and `port`); a
     * cluster worker's non-exclusive listen is reported to its primary.
     */
    _listened(result, address, port, reported) {
      if (isFailure(result)) {
        const err = exceptionWithHostPort(result, 'listen', address, port, true);
        process.nextTick(() => this.emit('error', err));
        return this;
      }
      const [id, bound, boundPort, family] = result;
      // Node's key for the listener: the address type (-1 for a path), the address and the port asked for.
      this._connectionKey = `${family === 0 ? -1 : family}:${address}:${port}`;
      // A Unix socket's address is its path as the program gave it, as Node's server.address() is.
      this._handle = {
        id,
        address: family === 0 ? address : { address: bound, family: familyName(family), port: boundPort },
        [kOwner]: this,
        onconnection,
      };
      addHandle(this, family === 0 ? 'PipeServerWrap' : 'TCPServerWrap', isRefed);
      this[kAsyncFrame] = currentFrame();
      this._acceptNext();
      if (reported) clusterListened(this, family === 0 ? -1 : family, family === 0 ? address : bound, boundPort);
      process.nextTick(() => {
        if (this._handle) this.emit('listening');
      });
      return this;
    }

    /**
     * Binds the host's listener, or takes the one a cluster's workers `shared`; tls.Server
     * listens for TLS instead (on its own, in a worker too).
     */
    _listenHandle(host, port, backlog, shared) {
      return shared ? binding.listenShared(host, port, backlog) : binding.listen(host, port, backlog);
    }

    _acceptNext() {
      const handle = this._handle;
      track(this, binding.accept(handle.id), (result) => {
        if (this._handle !== handle) {
          if (!isFailure(result)) binding.close(result[0]);
          return;
        }
        this._acceptNext();
        if (isFailure(result)) {
          if (result !== ECANCELED) handle.onconnection(result);
          return;
        }
        handle.onconnection(0, SocketHandle.accepted(result));
      });
    }

    _onConnection(clientHandle) {
      if (this.maxConnections !== undefined && this._connections >= this.maxConnections) {
        clientHandle.close();
        const [, localAddress, localPort, localFamily, remoteAddress, remotePort, remoteFamily] = clientHandle.connection;
        this.emit('drop', {
          localAddress,
          localPort,
          localFamily: familyName(localFamily),
          remoteAddress,
          remotePort,
          remoteFamily: familyName(remoteFamily),
        });
        return;
      }
      const socket = this._socketFor(clientHandle);
      const state = socket[kOptions];
      if (this.noDelay && clientHandle.setNoDelay) {
        state.noDelay = true;
        clientHandle.setNoDelay(true);
      }
      if (this.keepAlive && clientHandle.setKeepAlive) {
        Object.assign(state, { keepAlive: true, keepAliveInitialDelay: this.keepAliveInitialDelay });
        clientHandle.setKeepAlive(true, this.keepAliveInitialDelay);
      }
      this._connections++;
      socket.server = this;
      socket._server = this;
      if (netServerSocketChannel.hasSubscribers) netServerSocketChannel.publish({ socket });
      this.emit('connection', socket);
    }

    /** The socket for an accepted connection; tls.Server makes a TLSSocket. */
    _socketFor(clientHandle) {
      return new Socket({ handle: clientHandle, allowHalfOpen: this.allowHalfOpen, pauseOnCreate: this.pauseOnConnect });
    }

    close(callback) {
      if (typeof callback === 'function') {
        if (this._handle) this.once('close', callback);
        else this.once('close', () => callback(new ERR_SERVER_NOT_RUNNING()));
      }
      if (this._handle) {
        binding.close(this._handle.id);
        this._handle = null;
        removeHandle(this);
      }
      this._emitCloseIfDrained();
      return this;
    }

    /** A 'connection' listener's rejected promise (captureRejections) fails that connection. */
    [EventEmitter.captureRejectionSymbol](err, event, socket) {
      if (event === 'connection') socket.destroy(err);
      else this.emit('error', err);
    }

    /** `await using server`: closes a listening server and waits for it. */
    async [Symbol.asyncDispose]() {
      if (!this._handle) return;
      await new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }

    _emitCloseIfDrained() {
      if (this._handle || this._connections) return;
      process.nextTick(() => {
        if (this._handle || this._connections) return;
        this.emit('close');
      });
    }

    address() {
      if (!this._handle) return null;
      const { address } = this._handle;
      return typeof address === 'string' ? address : { ...address };
    }

    get listening() {
      return Boolean(this._handle);
    }

    getConnections(callback) {
      process.nextTick(callback, null, this._connections);
      return this;
    }

    ref() {
      this._unref = false;
      setRefed(this, true);
      return this;
    }

    unref() {
      this._unref = true;
      setRefed(this, false);
      return this;
    }
  },
);

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

let simultaneousAcceptsWarned = false;

module.exports = {
  BlockList,
  SocketAddress,
  Server,
  Socket,
  Stream: Socket,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  _normalizeArgs: normalizeArgs,
  /** Windows-only in Node; deprecated everywhere (DEP0121), and a no-op here. */
  _setSimultaneousAccepts() {
    if (simultaneousAcceptsWarned) return;
    simultaneousAcceptsWarned = true;
    process.emitWarning('net._setSimultaneousAccepts() is deprecated and will be removed.', 'DeprecationWarning', 'DEP0121');
  },
  getDefaultAutoSelectFamily: () => autoSelectFamily,
  setDefaultAutoSelectFamily(value) {
    autoSelectFamily = Boolean(value);
  },
  getDefaultAutoSelectFamilyAttemptTimeout: () => autoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    validateNumber(value, 'value', 1);
    autoSelectFamilyAttemptTimeout = Math.max(value, 10);
  },
};
