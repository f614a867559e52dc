'use strict';
// node:crypto — hashes, HMACs, secret keys and randomness (the guest's Rust digests,
// host randomness). Ciphers, signatures and asymmetric keys are not available yet:
// they throw ERR_FEATURE_UNAVAILABLE_ON_PLATFORM so callers can tell.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_FEATURE_UNAVAILABLE_ON_PLATFORM },
} = require('internal/errors');
const { validateString, validateFunction, validateInteger } = require('internal/validators');
const { shape } = require('internal/util/function_shape');
const LazyTransform = require('internal/streams/lazy_transform');
const { toBytes, namedCurves } = require('internal/crypto/util');
const {
  KeyObject,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
  generateKeyPair,
  generateKeyPairSync,
  generateKey,
  generateKeySync,
  secretKeyBytes,
} = require('internal/crypto/keys');
const { Sign, Verify, createSign, createVerify, sign, verify } = require('internal/crypto/sig');
const {
  diffieHellman,
  ECDH,
  createECDH,
  DiffieHellman,
  DiffieHellmanGroup,
  createDiffieHellman,
  createDiffieHellmanGroup,
  getDiffieHellman,
} = require('internal/crypto/diffiehellman');
const { publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt } = require('internal/crypto/rsa_cipher');
const { X509Certificate } = require('internal/crypto/x509');
const { Certificate } = require('internal/crypto/certificate');
const { webcrypto } = require('internal/crypto/webcrypto');
const {
  Cipher,
  Decipher,
  Cipheriv,
  Decipheriv,
  createCipher,
  createDecipher,
  createCipheriv,
  createDecipheriv,
  getCiphers,
  getCipherInfo,
} = require('internal/crypto/cipher');
const { deprecate } = require('util');
const { generatePrime, generatePrimeSync, checkPrime, checkPrimeSync } = require('internal/crypto/prime');
const { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync } = require('internal/crypto/kdf');

function digestMethodUnavailable() {
  const err = new Error('Digest method not supported');
  err.code = 'ERR_OSSL_EVP_UNSUPPORTED';
  err.library = 'digital envelope routines';
  err.reason = 'unsupported';
  return err;
}

const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');
/** A running digest dropped undigested gives its state back when it is collected. */
const abandonedDigests = new FinalizationRegistry((handle) => binding.drop(handle));
const kUnregister = Symbol('kUnregister');

function own(digest, handle) {
  digest[kHandle] = handle;
  digest[kFinalized] = false;
  // A token of its own: QuickJS keeps a target alive that is its own unregister token.
  const token = {};
  Object.defineProperty(digest, kUnregister, { value: token });
  abandonedDigests.register(digest, handle, token);
}

class Digest extends LazyTransform {
  constructor(algorithm, key, options) {
    super(options);
    validateString(algorithm, 'algorithm');
    const outputLength = options?.outputLength;
    if (outputLength !== undefined) validateInteger(outputLength, 'options.outputLength', 0, 2 ** 32 - 1);
    const handle = binding.start(algorithm.toLowerCase(), key, outputLength);
    if (handle < 0) {
      // OpenSSL takes SHAKE for an HMAC's digest, then fails without saying why.
      if (key !== undefined && /^shake(128|256)$/i.test(algorithm)) throw new Error('error:00000000:lib(0)::reason(0)');
      if (key !== undefined) throw new TypeError(`Invalid digest: ${algorithm}`);
      throw digestMethodUnavailable();
    }
    own(this, handle);
  }

  update(data, encoding) {
    if (this[kFinalized]) {
      const err = new Error('Digest already called');
      err.code = 'ERR_CRYPTO_HASH_FINALIZED';
      throw err;
    }
    if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    binding.update(this[kHandle], toBytes(data, encoding, 'data'));
    return this;
  }

  digest(encoding) {
    if (this[kFinalized]) {
      const err = new Error('Digest already called');
      err.code = 'ERR_CRYPTO_HASH_FINALIZED';
      throw err;
    }
    this[kFinalized] = true;
    // The handle is free for reuse once digested: its finalizer must not drop a successor.
    abandonedDigests.unregister(this[kUnregister]);
    const result = Buffer.from(binding.digest(this[kHandle]));
    return encoding === undefined || encoding === 'buffer' ? result : result.toString(encoding);
  }

  _transform(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  }

  _flush(callback) {
    this.push(this.digest());
    callback();
  }
}

class Hash extends Digest {
  copy(_options) {
    const copy = Object.create(Hash.prototype);
    own(copy, binding.copy(this[kHandle]));
    return copy;
  }
}

class Hmac extends Digest {
  constructor(algorithm, key, options) {
    super(algorithm, secretKeyBytes(key) ?? toBytes(key, 'utf8', 'key'), options);
  }
}

function createHash(algorithm, options) {
  return new Hash(algorithm, undefined, options);
}

function createHmac(algorithm, key, options) {
  return new Hmac(algorithm, key, options);
}

function hash(algorithm, data, outputEncoding = 'hex') {
  return createHash(algorithm).update(data).digest(outputEncoding);
}

const kMaxRandomBytes = 2 ** 31 - 1;

function randomBytes(size, callback) {
  validateInteger(size, 'size', 0, kMaxRandomBytes);
  const buffer = Buffer.alloc(size);
  binding.randomFill(buffer);
  if (callback === undefined) return buffer;
  validateFunction(callback, 'callback');
  process.nextTick(callback, null, buffer);
  return undefined;
}

function randomFillSync(target, offset = 0, size) {
  if (!ArrayBuffer.isView(target) && !(target instanceof ArrayBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], target);
  }
  const bytes = toBytes(target, undefined, 'buf');
  size ??= bytes.length - offset;
  binding.randomFill(bytes.subarray(offset, offset + size));
  return target;
}

function randomFill(target, offset, size, callback) {
  callback = [offset, size, callback].find((a) => typeof a === 'function');
  validateFunction(callback, 'callback');
  randomFillSync(target, typeof offset === 'number' ? offset : 0, typeof size === 'number' ? size : undefined);
  process.nextTick(callback, null, target);
}

function getRandomValues(array) {
  if (!ArrayBuffer.isView(array) || array instanceof Float32Array || array instanceof Float64Array || array instanceof DataView) {
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (array.byteLength > 65536) {
    throw new DOMException(
      `The ArrayBufferView's byte length (${array.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`,
      'QuotaExceededError',
    );
  }
  binding.randomFill(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return array;
}

function randomUUID(_options) {
  const bytes = randomBytes(16);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function randomInt(min, max, callback) {
  if (typeof max === 'function' || max === undefined) {
    callback = max;
    max = min;
    min = 0;
  }
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  const range = max - min;
  // Rejection sampling over 48 random bits keeps every value equally likely.
  const limit = 2 ** 48 - (2 ** 48 % range);
  let value;
  do {
    value = randomBytes(6).readUIntBE(0, 6);
  } while (value >= limit);
  const result = min + (value % range);
  if (callback === undefined) return result;
  validateFunction(callback, 'callback');
  process.nextTick(callback, null, result);
  return undefined;
}

function timingSafeEqual(a, b) {
  const x = toBytes(a, undefined, 'buf1');
  const y = toBytes(b, undefined, 'buf2');
  if (x.byteLength !== y.byteLength) {
    const err = new RangeError('Input buffers must have the same byte length');
    err.code = 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH';
    throw err;
  }
  let difference = 0;
  for (let i = 0; i < x.length; i++) difference |= x[i] ^ y[i];
  return difference === 0;
}

/** There is no FIPS provider here: FIPS mode is off and cannot be turned on. */
function getFips() {
  return 0;
}

function setFips(enabled) {
  if (enabled) throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('FIPS mode');
}

/**
 * crypto.constants: OpenSSL's option and padding numbers as Node has them (code passes
 * them as options whatever the implementation). OPENSSL_VERSION_NUMBER is that of the
 * OpenSSL node 20.11.1 ships (3.0.13, process.versions.openssl), whose behaviour and
 * errors the RustCrypto code here follows. Null-prototype, as Node's.
 */
const DEFAULT_CIPHER_LIST =
  'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';
const constants = {
  __proto__: null,
  OPENSSL_VERSION_NUMBER: 0x300000d0,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: DEFAULT_CIPHER_LIST,
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
  defaultCipherList: DEFAULT_CIPHER_LIST,
};

// Node's lengths: its constructors take options; timingSafeEqual is native.
shape(Hash, undefined, 2);
shape(Hmac, undefined, 3);
shape(timingSafeEqual, undefined, 0);

module.exports = {
  createHash,
  createHmac,
  createSecretKey,
  KeyObject,
  hash,
  getHashes: () => [...binding.hashes],
  getCiphers,
  getCipherInfo,
  Cipher,
  Decipher,
  Cipheriv,
  Decipheriv,
  createCipheriv,
  createDecipheriv,
  pbkdf2,
  pbkdf2Sync,
  scrypt,
  scryptSync,
  hkdf,
  hkdfSync,
  getCurves: () => Object.keys(namedCurves).sort(),
  randomBytes,
  pseudoRandomBytes: randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
  timingSafeEqual,
  webcrypto,
  subtle: webcrypto.subtle,
  Hash,
  Hmac,
  constants,
  createPublicKey,
  createPrivateKey,
  generateKeyPair,
  generateKeyPairSync,
  generateKey,
  generateKeySync,
  Sign,
  Verify,
  createSign,
  createVerify,
  sign,
  verify,
  diffieHellman,
  ECDH,
  createECDH,
  publicEncrypt,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
  getFips,
  setFips,
  X509Certificate,
  Certificate,
  DiffieHellman,
  DiffieHellmanGroup,
  createDiffieHellman,
  createDiffieHellmanGroup,
  getDiffieHellman,
  generatePrime,
  generatePrimeSync,
  checkPrime,
  checkPrimeSync,
};

// Deprecated and hidden from enumeration, as in Node.
Object.defineProperties(module.exports, {
  createCipher: { value: deprecate(createCipher, 'crypto.createCipher is deprecated.', 'DEP0106') },
  createDecipher: { value: deprecate(createDecipher, 'crypto.createDecipher is deprecated.', 'DEP0106') },
});
