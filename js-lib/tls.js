'use strict';
// tls: the sandbox has no TLS implementation yet. The module loads with Node's
// constants, certificate-name checks and ALPN helpers, and secure contexts hold
// their options; connecting or serving fails with ERR_FEATURE_UNAVAILABLE_ON_PLATFORM,
// delivered as the call's 'error' event, so code that only loads tls runs.

const net = require('net');
const { Buffer } = require('buffer');
const { isIP } = require('internal/net');
const { codes: { ERR_FEATURE_UNAVAILABLE_ON_PLATFORM, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { withMethods } = require('internal/util/function_constructor');

function unavailable() {
  return new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('TLS');
}

class SecureContext {
  constructor(options = {}) {
    this.context = { options };
  }
}

function createSecureContext(options) {
  return new SecureContext(options);
}

/** A socket that cannot become secure: it fails on the next tick, as a refused connect does. */
function TLSSocket(socket, options) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, options);
  net.Socket.call(this, { allowHalfOpen: options?.allowHalfOpen });
  this.encrypted = true;
  this.authorized = false;
  this.authorizationError = null;
  this.alpnProtocol = false;
  this.servername = options?.servername ?? null;
  process.nextTick(() => this.destroy(unavailable()));
}

withMethods(TLSSocket, class extends net.Socket {
  getPeerCertificate() {
    return null;
  }

  getCipher() {
    return null;
  }

  getProtocol() {
    return null;
  }

  getSession() {
    return undefined;
  }

  isSessionReused() {
    return false;
  }
});

function connect(...args) {
  const callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : { port: args[0], host: args[1] };
  const socket = new TLSSocket(null, options);
  if (callback) socket.once('secureConnect', callback);
  return socket;
}

/** A TLS server: it can be made and configured, but listening fails. */
function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  }
  net.Server.call(this, options);
  if (listener) this.on('secureConnection', listener);
  this._sharedCreds = createSecureContext(options);
}

withMethods(Server, class extends net.Server {
  listen(...args) {
    const callback = typeof args[args.length - 1] === 'function' ? args.pop() : null;
    if (callback) this.once('listening', callback);
    process.nextTick(() => this.emit('error', unavailable()));
    return this;
  }

  setSecureContext(options) {
    this._sharedCreds = createSecureContext(options);
  }

  addContext() {}
});

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
    out.ALPNProtocols = Buffer.concat(protocols.map((name) => {
      const bytes = Buffer.from(name);
      if (bytes.length > 255) throw new ERR_OUT_OF_RANGE('The byte length of the protocol at index', '<= 255', bytes.length);
      return Buffer.concat([Buffer.from([bytes.length]), bytes]);
    }));
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
  } else if (protocols !== undefined) {
    throw new ERR_INVALID_ARG_TYPE('protocols', ['Array', 'Buffer', 'TypedArray', 'DataView'], protocols);
  }
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:' +
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
