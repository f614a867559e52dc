'use strict';
// tls over the host's TLS (rustls): the host runs handshakes and encryption, and a
// TLSSocket is a net.Socket whose host socket carries plaintext. A client connects and
// handshakes in one host operation, then checks the server's name here, as Node does,
// with `checkServerIdentity`; a server's connections handshake after accept, so a slow
// client never holds up the next one.

const net = require('net');
const { Buffer } = require('buffer');
const { nameObject, fingerprint } = require('internal/crypto/x509');
const { isIP } = require('internal/net');
const binding = internalBinding('net');
const {
  codes: { ERR_FEATURE_UNAVAILABLE_ON_PLATFORM, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  exceptionWithHostPort,
} = require('internal/errors');
const { shape } = require('internal/util/function_shape');
const { withMethods } = require('internal/util/function_constructor');

const kFacts = Symbol('kFacts');
const kHandshaking = Symbol('kHandshaking');
const kClientOptions = Symbol('kClientOptions');
const kOverStream = Symbol('kOverStream');

class SecureContext {
  constructor(options = {}) {
    this.context = { options };
  }
}
// Node's `SecureContext(secureProtocol, secureOptions, minVersion, maxVersion)`.
shape(SecureContext, undefined, 4);

function createSecureContext(options) {
  return new SecureContext(options);
}

/** PEM text from a string, a Buffer, or an array of either. */
function pemText(value) {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map(pemText).join('\n');
  return typeof value === 'string' ? value : Buffer.from(value).toString('latin1');
}

/** ALPN protocols as names, from an array or their wire form. */
function alpnNames(protocols) {
  if (protocols === undefined || protocols === null) return [];
  if (Array.isArray(protocols)) return protocols.map(String);
  const out = {};
  convertALPNProtocols(protocols, out);
  const wire = out.ALPNProtocols;
  const names = [];
  for (let i = 0; i < wire.length; i += 1 + wire[i]) names.push(wire.toString('latin1', i + 1, i + 1 + wire[i]));
  return names;
}

/** A handshake or certificate failure the host reported, as Node's error. */
function tlsError({ code, message }) {
  const err = new Error(message);
  err.code = code;
  if (code.startsWith('ERR_SSL_')) {
    err.library = 'SSL routines';
    err.reason = message;
  }
  return err;
}

/** Distinguished-name pairs as Node's object: repeated keys collect into arrays. */
/** A TLS connection: a client made by tls.connect, or a server's accepted connection. */
function TLSSocket(socket, options) {
  if (options === undefined) options = {};
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, options);
  net.Socket.call(this, { allowHalfOpen: options.allowHalfOpen, handle: options.handle, manualStart: true, signal: options.signal });
  if (socket) {
    // Node secures the stream it is given; the host runs TLS only on sockets it owns.
    // The socket is still made, with Node's handle over the stream (code that probes
    // it as it loads, such as http2-wrapper, needs that), and fails once it is used.
    this[kOverStream] = true;
    this._handle = { _parentWrap: new JSStreamSocket(socket) };
  }
  this.encrypted = true;
  this.authorized = false;
  this.authorizationError = null;
  this.alpnProtocol = false;
  this.servername = null;
  this[kFacts] = null;
  this[kHandshaking] = Boolean(options.handle);
  this[kClientOptions] = options;
  if (options.handle) this._handshake(options.server);
}

/** Node's handle over a stream that is not a socket, as `TLSSocket` wraps one. */
class JSStreamSocket {
  constructor(stream) {
    this.stream = stream;
  }
}

function overStreamError() {
  return new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('TLS over an existing socket');
}

withMethods(
  TLSSocket,
  class extends net.Socket {
    _destroy(exception, callback) {
      // The stream is the program's: nothing of the host's to close.
      if (this[kOverStream]) this._handle = null;
      super._destroy(exception, callback);
    }

    _connectHandle(address, port) {
      const options = this[kClientOptions];
      // The name asked for, not the address a program's own `lookup` found for it: what
      // SNI sends and the certificate must name, as in Node.
      const host = options.host ?? 'localhost';
      this.servername = options.servername ?? (isIP(host) ? null : host);
      return binding.connectTls(
        address,
        port,
        this.servername ?? address,
        alpnNames(options.ALPNProtocols),
        options.rejectUnauthorized !== false,
        pemText(options.ca),
      );
    }

    /** The host's connect-and-handshake finished: checks the server's identity before 'connect'. */
    _afterConnect(result, host, port) {
      if (this.destroyed || !Array.isArray(result)) {
        if (result?.tlsError && !this.destroyed) {
          this.connecting = false;
          this.destroy(tlsError(result.tlsError));
          return;
        }
        super._afterConnect(result, host, port);
        return;
      }
      const options = this[kClientOptions];
      this._secured(result[7]);
      let verifyError = this[kFacts].authorizationError && tlsError(this[kFacts].authorizationError);
      if (!verifyError) {
        const check = options.checkServerIdentity ?? checkServerIdentity;
        verifyError = check(this.servername ?? host, this.getPeerCertificate(true)) ?? null;
      }
      this.authorized = !verifyError;
      this.authorizationError = verifyError ? verifyError.code || verifyError.message : null;
      if (verifyError && options.rejectUnauthorized !== false) {
        this.connecting = false;
        this._attach(result);
        this.destroy(verifyError);
        return;
      }
      super._afterConnect(result, host, port);
      if (!this.destroyed) this.emit('secureConnect');
    }

    /** A server's connection: the host handshakes, then 'secureConnection' or 'tlsClientError'. */
    _handshake(server) {
      const handle = this._handle;
      this._track(binding.handshake(handle.id), (result) => {
        if (this._handle !== handle) return;
        this[kHandshaking] = false;
        if (!result?.protocol) {
          const err = result?.tlsError ? tlsError(result.tlsError) : exceptionWithHostPort(result, 'read', undefined, undefined, false);
          server.emit('tlsClientError', err, this);
          this.destroy();
          return;
        }
        this._secured(result);
        this.emit('secure');
        server.emit('secureConnection', this);
        if (!server.pauseOnConnect && !this.destroyed) this.read(0);
      });
    }

    _secured(facts) {
      this[kFacts] = facts;
      this.alpnProtocol = facts.alpnProtocol ?? false;
    }

    /**
     * Until a server's handshake is done, reading, writing and ending wait for it; over
     * a stream (see the constructor) they fail.
     */
    _read(size) {
      if (this[kOverStream]) this.destroy(overStreamError());
      else if (this[kHandshaking]) this.once('secure', () => this._read(size));
      else super._read(size);
    }

    _writeGeneric(bytes, callback) {
      if (this[kOverStream]) callback(overStreamError());
      else if (this[kHandshaking]) this.once('secure', () => this._writeGeneric(bytes, callback));
      else super._writeGeneric(bytes, callback);
    }

    _final(callback) {
      if (this[kHandshaking]) this.once('secure', () => this._final(callback));
      else super._final(callback);
    }

    getPeerCertificate(detailed) {
      const certificate = this[kFacts]?.peerCertificate;
      if (!certificate) return this[kFacts] ? {} : null;
      const raw = Buffer.from(certificate.raw);
      const described = {
        subject: nameObject(certificate.subject),
        issuer: nameObject(certificate.issuer),
        subjectaltname: certificate.subjectAltName || undefined,
        valid_from: certificate.validFrom,
        valid_to: certificate.validTo,
        fingerprint: fingerprint('sha1', raw),
        fingerprint256: fingerprint('sha256', raw),
        fingerprint512: fingerprint('sha512', raw),
        raw,
      };
      if (described.subjectaltname === undefined) delete described.subjectaltname;
      return detailed ? { ...described, issuerCertificate: described } : described;
    }

    getCipher() {
      const facts = this[kFacts];
      return facts ? { name: facts.cipher, standardName: facts.cipher, version: facts.protocol } : null;
    }

    getProtocol() {
      return this[kFacts]?.protocol ?? null;
    }

    getSession() {
      return undefined;
    }

    isSessionReused() {
      return false;
    }
  },
);

function connect(...args) {
  const callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  const isObject = (value) => typeof value === 'object' && value !== null;
  let options = args[0];
  if (!isObject(options)) {
    // connect(port[, host][, options]): the options given win over the port and host, as in Node.
    const host = typeof args[1] === 'string' ? args[1] : undefined;
    options = { port: args[0], host, ...[args[1], args[2]].find(isObject) };
  }
  if (options.socket) throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('TLS over an existing socket');
  const socket = new TLSSocket(null, options);
  if (callback) socket.once('secureConnect', callback);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect({ ...options, host: options.host ?? 'localhost' });
}

/** A TLS server: connections are secured by the host with the options' key and certificate. */
function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  }
  net.Server.call(this, options);
  if (listener) this.on('secureConnection', listener);
  this.setSecureContext(options ?? {});
}

withMethods(
  Server,
  class extends net.Server {
    _listenHandle(host, port, backlog) {
      const { options } = this._sharedCreds.context;
      return binding.listenTls(
        host,
        port,
        backlog,
        pemText(options.cert) ?? '',
        pemText(options.key) ?? '',
        alpnNames(options.ALPNProtocols),
      );
    }

    _socketFor(clientHandle) {
      return new TLSSocket(null, { handle: clientHandle, server: this, allowHalfOpen: this.allowHalfOpen });
    }

    setSecureContext(options) {
      this._sharedCreds = createSecureContext(options);
    }

    addContext(_hostname, _context) {}
  },
);

function createServer(options, listener) {
  return new Server(options, listener);
}

function altNameError(reason, host, cert) {
  const err = new Error(`Hostname/IP does not match certificate's altnames: ${reason}`);
  err.code = 'ERR_TLS_CERT_ALTNAME_INVALID';
  err.reason = reason;
  err.host = host;
  err.cert = cert;
  return err;
}

/** Whether `host` matches a certificate name, `*.` matching exactly one leftmost label. */
function hostMatches(host, pattern) {
  const hostLabels = host.toLowerCase().split('.');
  const patternLabels = pattern.toLowerCase().split('.');
  if (hostLabels.length !== patternLabels.length) return false;
  return patternLabels.every((label, i) => label === hostLabels[i] || (i === 0 && label === '*' && hostLabels[i] !== ''));
}

/** Node's check of a server certificate's names against the host connected to. */
function checkServerIdentity(hostname, cert) {
  const host = hostname.replace(/\.$/, '');
  const altNames = (cert.subjectaltname ?? '').split(', ').filter(Boolean);
  const dnsNames = altNames.filter((name) => name.startsWith('DNS:')).map((name) => name.slice(4));
  const ips = altNames.filter((name) => name.startsWith('IP Address:')).map((name) => name.slice(11));
  if (isIP(host)) {
    if (ips.includes(host)) return undefined;
    return altNameError(`IP: ${host} is not in the cert's list: ${ips.join(', ')}`, host, cert);
  }
  if (dnsNames.length > 0) {
    if (dnsNames.some((name) => hostMatches(host, name))) return undefined;
    return altNameError(`Host: ${host}. is not in the cert's altnames: ${cert.subjectaltname}`, host, cert);
  }
  const commonName = cert.subject?.CN;
  if (commonName === undefined) return altNameError('Cert does not contain a DNS name', host, cert);
  if ((Array.isArray(commonName) ? commonName : [commonName]).some((name) => hostMatches(host, name))) return undefined;
  return altNameError(`Host: ${host}. is not cert's CN: ${commonName}`, host, cert);
}

/** ALPN protocol names as their wire form: each prefixed with its length. */
function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    out.ALPNProtocols = Buffer.concat(
      protocols.map((name) => {
        const bytes = Buffer.from(name);
        if (bytes.length > 255) throw new ERR_OUT_OF_RANGE('The byte length of the protocol at index', '<= 255', bytes.length);
        return Buffer.concat([Buffer.from([bytes.length]), bytes]);
      }),
    );
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
  } else if (protocols !== undefined) {
    throw new ERR_INVALID_ARG_TYPE('protocols', ['Array', 'Buffer', 'TypedArray', 'DataView'], protocols);
  }
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS:
    'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:' +
    'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:' +
    'ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
    'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers: () => [],
  rootCertificates: Object.freeze([]),
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer,
  connect,
};
