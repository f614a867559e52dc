'use strict';
// Key agreement: diffieHellman over two KeyObjects (ECDH, X25519, X448, classic DH), the
// ECDH class of createECDH, which works with raw scalars and SEC1 points
// (guest/src/natives/crypto/ecdh.rs), and classic Diffie-Hellman over a prime
// (DiffieHellman, DiffieHellmanGroup), whose arithmetic is the guest's big integers
// (guest/src/natives/crypto/prime.rs).

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_INCOMPATIBLE_KEY,
    ERR_CRYPTO_INVALID_CURVE,
    ERR_CRYPTO_ECDH_INVALID_FORMAT,
    ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY,
    ERR_CRYPTO_INVALID_KEYTYPE,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_UNKNOWN_DH_GROUP,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const { validateObject, validateString, validateInt32 } = require('internal/validators');
const { isAnyArrayBuffer } = require('internal/util/types');
const { primes: modpGroups, privateKeyBits } = require('internal/crypto/dh_groups');
const { toBytes, opensslError, nativeError, toBigInt, fromBigInt, namedCurves } = require('internal/crypto/util');
const { KeyObject, kKeyData, createPublicKey } = require('internal/crypto/keys');

/** The secret two keys agree on: ECDH on the same curve, or X25519. */
function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!(privateKey instanceof KeyObject)) throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  if (!(publicKey instanceof KeyObject)) throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  if (privateKey.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  if (publicKey.type === 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  const ours = privateKey.asymmetricKeyType;
  const theirs = publicKey.asymmetricKeyType;
  if (ours !== theirs) throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman', `${ours} and ${theirs}`);
  const peer = publicKey.type === 'private' ? createPublicKey(publicKey) : publicKey;
  if (ours === 'ec' && privateKey.asymmetricKeyDetails.namedCurve !== peer.asymmetricKeyDetails.namedCurve) {
    throw opensslError('1C8000CB', 'Provider routines', 'mismatching domain parameters');
  }
  const secret = binding.diffieHellman(privateKey[kKeyData].der, peer[kKeyData].der);
  // Classic DH keys of two groups; X25519/X448 refuse a point of small order.
  if (secret === undefined && ours === 'dh') throw opensslError('1C8000CB', 'Provider routines', 'mismatching domain parameters');
  if (secret === undefined) throw nativeError('ERR_CRYPTO_OPERATION_FAILED', 'Failed to derive shared secret');
  return Buffer.from(secret);
}

const kCurve = Symbol('kCurve');
const kKeys = Symbol('kKeys');

function encoded(bytes, encoding) {
  const buffer = Buffer.from(bytes);
  return encoding === undefined || encoding === null || encoding === 'buffer' ? buffer : buffer.toString(encoding);
}

/** A SEC1 point in `format` (`uncompressed`, `compressed` or `hybrid`) from an uncompressed one. */
function pointIn(curve, point, format = 'uncompressed') {
  if (format !== 'uncompressed' && format !== 'compressed' && format !== 'hybrid') throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
  if (format === 'uncompressed') return Buffer.from(point);
  if (format === 'compressed') return Buffer.from(binding.ecPoint(curve, new Uint8Array(point), true)[0]);
  const hybrid = Buffer.from(point);
  hybrid[0] = 6 | (hybrid[hybrid.length - 1] & 1);
  return hybrid;
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  if (namedCurves[curve] === undefined) throw new ERR_CRYPTO_INVALID_CURVE();
  this[kCurve] = curve;
  this[kKeys] = undefined;
}

ECDH.prototype.computeSecret = function computeSecret(key, inputEncoding, outputEncoding) {
  const point = binding.ecPoint(this[kCurve], toBytes(key, inputEncoding, 'key'), false);
  if (point === undefined) throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  const keys = this[kKeys];
  if (keys?.pkcs8 === undefined) throw nativeError('ERR_CRYPTO_OPERATION_FAILED', 'Failed to compute ECDH key');
  // OpenSSL checks the pair first: a public key set since is not the private key's.
  if (!keys.point.equals(keys.ownPoint)) throw nativeError('ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair', RangeError);
  return encoded(binding.diffieHellman(this[kKeys].pkcs8, new Uint8Array(point[1])), outputEncoding);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  const keys = binding.ecPrivate(this[kCurve], toBytes(key, encoding, 'key'));
  if (keys === undefined) throw new ERR_CRYPTO_INVALID_KEYTYPE('Private key is not valid for specified curve.');
  const point = Buffer.from(keys[1]);
  this[kKeys] = { scalar: Buffer.from(toBytes(key, encoding, 'key')), pkcs8: Buffer.from(keys[0]), point, ownPoint: point };
  return this;
};

ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  const point = binding.ecPoint(this[kCurve], toBytes(key, encoding, 'key'), false);
  if (point === undefined) throw nativeError('ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
  this[kKeys] = { ...this[kKeys], point: Buffer.from(point[0]) };
  return this;
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  if (this[kKeys]?.scalar === undefined) throw nativeError('ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH private key');
  return encoded(this[kKeys].scalar, encoding);
};

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  const size = Math.ceil(namedCurves[this[kCurve]].bits / 8);
  const { randomBytes } = require('crypto');
  // A random scalar lands outside the group's order with negligible chance; try again then.
  for (;;) {
    const scalar = randomBytes(size);
    if (binding.ecPrivate(this[kCurve], scalar) !== undefined) {
      this.setPrivateKey(scalar);
      break;
    }
  }
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  if (this[kKeys]?.point === undefined) throw nativeError('ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH public key');
  return encoded(pointIn(this[kCurve], this[kKeys].point, format), encoding);
};

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  if (namedCurves[curve] === undefined) throw new ERR_CRYPTO_INVALID_CURVE();
  const point = binding.ecPoint(curve, toBytes(key, inEnc, 'key'), false);
  if (point === undefined) throw nativeError('ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
  return encoded(pointIn(curve, point[0], format), outEnc);
};

function createECDH(curve) {
  return new ECDH(curve);
}

const kParams = Symbol('kParams');
const DH_GENERATOR = 2;
// DH_check's flags (crypto.constants names the first three).
const DH_CHECK_P_NOT_PRIME = 0x01;
const DH_CHECK_P_NOT_SAFE_PRIME = 0x02;
const DH_NOT_SUITABLE_GENERATOR = 0x08;
const DH_MODULUS_TOO_SMALL = 0x80;
const DH_MODULUS_TOO_LARGE = 0x100;

const stripped = (bytes) => fromBigInt(toBigInt(bytes));

/**
 * OpenSSL 3's DH_check, the flags Node gives as `verifyError`: none for a group
 * getDiffieHellman knows; otherwise the parameters' shape, then whether p is a safe prime.
 */
function verify(prime, generator) {
  const p = toBigInt(prime);
  const g = toBigInt(generator);
  if (namedGroup(prime, generator) !== undefined) return 0;
  let flags = 0;
  if ((p & 1n) === 0n) flags |= DH_CHECK_P_NOT_PRIME;
  if (g <= 1n || g >= p - 1n) flags |= DH_NOT_SUITABLE_GENERATOR;
  const bits = p.toString(2).length;
  if (bits < 512) flags |= DH_MODULUS_TOO_SMALL;
  if (bits > 10000) flags |= DH_MODULUS_TOO_LARGE;
  if (!binding.checkPrime(prime, 0)) flags |= DH_CHECK_P_NOT_PRIME;
  else if (!binding.checkPrime(fromBigInt(p >> 1n), 0)) flags |= DH_CHECK_P_NOT_SAFE_PRIME;
  return flags;
}

/** The MODP group whose prime and generator these are, if any. */
function namedGroup(prime, generator) {
  const g = toBigInt(generator);
  const hex = Buffer.from(prime).toString('hex');
  return g === 2n ? Object.keys(modpGroups).find((name) => modpGroups[name] === hex) : undefined;
}

/** Node passes OpenSSL's reason on as the message of its own code. */
function invalidState(message) {
  const err = new Error(message);
  err.code = 'ERR_CRYPTO_INVALID_STATE';
  return err;
}

function badGenerator() {
  return opensslError('02800065', 'Diffie-Hellman routines', 'bad generator');
}

/**
 * A safe prime of `bits` bits for `generator`, as OpenSSL's DH parameter generation:
 * p ≡ 23 (mod 24) for 2, p ≡ 59 (mod 60) for 5, p ≡ 11 (mod 12) otherwise, so that the
 * generator suits the group.
 */
function generateParameters(bits, generator) {
  if (bits < 512) throw opensslError('0280007E', 'Diffie-Hellman routines', 'modulus too small');
  if (generator < 2) throw badGenerator();
  const [add, rem] = generator === 2 ? [24, 23] : generator === 5 ? [60, 59] : [12, 11];
  return Buffer.from(binding.generatePrime(bits, true, Uint8Array.of(add), Uint8Array.of(rem)));
}

/** The generator's bytes, checked as Node's DiffieHellman constructor checks them. */
function generatorBytes(generator) {
  let g;
  if (typeof generator === 'number') {
    if (generator < 2) throw badGenerator();
    g = fromBigInt(BigInt(generator));
  } else {
    g = stripped(generator);
    if (toBigInt(g) < 2n) throw badGenerator();
  }
  return g;
}

function setVerifyError(dh) {
  Object.defineProperty(dh, 'verifyError', {
    enumerable: true,
    value: verify(dh[kParams].prime, dh[kParams].generator),
    writable: false,
  });
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' && !ArrayBuffer.isView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey', ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], sizeOrKey);
  }
  // Negative sizes reach OpenSSL in Node and fail there, as below.
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  if (keyEncoding && !Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  if (!generator) generator = DH_GENERATOR;
  else if (typeof generator === 'number') validateInt32(generator, 'generator');
  else if (typeof generator === 'string') generator = toBytes(generator, genEncoding, 'generator');
  else if (!ArrayBuffer.isView(generator) && !isAnyArrayBuffer(generator)) {
    throw new ERR_INVALID_ARG_TYPE('generator', ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], generator);
  } else generator = toBytes(generator, undefined, 'generator');

  let prime;
  if (typeof sizeOrKey === 'number') {
    if (typeof generator !== 'number') throw new ERR_INVALID_ARG_TYPE('generator', 'number', generator);
    prime = generateParameters(sizeOrKey, generator);
  } else {
    prime = stripped(toBytes(sizeOrKey, keyEncoding || undefined, 'sizeOrKey'));
  }
  this[kParams] = { prime, generator: generatorBytes(generator), privateKey: undefined, publicKey: undefined };
  setVerifyError(this);
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  validateString(name, 'name');
  if (!Object.hasOwn(modpGroups, name)) throw new ERR_CRYPTO_UNKNOWN_DH_GROUP();
  this[kParams] = {
    prime: Buffer.from(modpGroups[name], 'hex'),
    generator: Buffer.of(DH_GENERATOR),
    privateKey: undefined,
    publicKey: undefined,
  };
  setVerifyError(this);
}

/**
 * A private key below p when there is none (random, of p's length less a bit or as long
 * as OpenSSL makes them in a named group), and the public key g^x mod p from the private
 * key, as OpenSSL's DH_generate_key.
 */
function generateKeys(encoding) {
  const params = this[kParams];
  if (params.privateKey === undefined) {
    const { randomBytes } = require('crypto');
    const bits = privateKeyBits[namedGroup(params.prime, params.generator)] ?? toBigInt(params.prime).toString(2).length - 1;
    let x;
    do {
      x = toBigInt(randomBytes(Math.ceil(bits / 8))) >> BigInt((8 - (bits % 8)) % 8);
    } while (x < 2n);
    params.privateKey = fromBigInt(x);
  }
  params.publicKey = Buffer.from(binding.modPow(params.generator, params.privateKey, params.prime));
  return encoded(params.publicKey, encoding);
}

/** The secret g^xy mod p, as long as p (Node pads it with leading zeros). */
function computeSecret(key, inputEncoding, outputEncoding) {
  const params = this[kParams];
  const peer = toBytes(key, inputEncoding, 'key');
  const y = toBigInt(peer);
  if (y <= 1n) throw new ERR_CRYPTO_INVALID_KEYLEN('Supplied key is too small');
  if (y >= toBigInt(params.prime) - 1n) throw new ERR_CRYPTO_INVALID_KEYLEN('Supplied key is too large');
  if (params.privateKey === undefined) throw invalidState('No private key - did you forget to generate one?');
  const secret = Buffer.from(binding.modPow(peer, params.privateKey, params.prime));
  const padded = Buffer.alloc(params.prime.length);
  secret.copy(padded, padded.length - secret.length);
  return encoded(padded, outputEncoding);
}

function getter(field, missing) {
  return function get(encoding) {
    const value = this[kParams][field];
    if (value === undefined) throw invalidState(missing);
    return encoded(value, encoding);
  };
}

for (const Class of [DiffieHellman, DiffieHellmanGroup]) {
  Object.assign(Class.prototype, {
    generateKeys,
    computeSecret,
    getPrime: getter('prime'),
    getGenerator: getter('generator'),
    getPublicKey: getter('publicKey', 'No public key - did you forget to generate one?'),
    getPrivateKey: getter('privateKey', 'No private key - did you forget to generate one?'),
  });
}

DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  this[kParams].publicKey = stripped(toBytes(key, encoding, 'key'));
  return this;
};

DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  this[kParams].privateKey = stripped(toBytes(key, encoding, 'key'));
  return this;
};

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function createDiffieHellmanGroup(name) {
  return new DiffieHellmanGroup(name);
}

module.exports = {
  diffieHellman,
  ECDH,
  createECDH,
  DiffieHellman,
  DiffieHellmanGroup,
  createDiffieHellman,
  createDiffieHellmanGroup,
  getDiffieHellman: createDiffieHellmanGroup,
};
