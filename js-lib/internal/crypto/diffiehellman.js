'use strict';
// Key agreement: diffieHellman over two KeyObjects (ECDH on P-256/P-384, X25519) and the
// ECDH class of createECDH, which works with raw scalars and SEC1 points
// (guest/src/natives/crypto/ecdh.rs).

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
    ERR_CRYPTO_OPERATION_FAILED,
  },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const { toBytes, opensslError } = require('internal/crypto/util');
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
  if (secret === undefined) throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman', `${ours} and ${theirs}`);
  return Buffer.from(secret);
}

const ecdhCurves = ['prime256v1', 'secp384r1'];
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
  if (format === 'compressed') return Buffer.from(binding.ecPoint(curve, point, true)[0]);
  const hybrid = Buffer.from(point);
  hybrid[0] = 6 | (hybrid[hybrid.length - 1] & 1);
  return hybrid;
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  if (!ecdhCurves.includes(curve)) throw new ERR_CRYPTO_INVALID_CURVE();
  this[kCurve] = curve;
  this[kKeys] = undefined;
}

ECDH.prototype.computeSecret = function computeSecret(key, inputEncoding, outputEncoding) {
  const point = binding.ecPoint(this[kCurve], toBytes(key, inputEncoding, 'key'), false);
  if (point === undefined) throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  if (this[kKeys] === undefined) throw new ERR_CRYPTO_OPERATION_FAILED('Failed to compute ECDH key');
  return encoded(binding.diffieHellman(this[kKeys].pkcs8, new Uint8Array(point[1])), outputEncoding);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  const keys = binding.ecPrivate(this[kCurve], toBytes(key, encoding, 'key'));
  if (keys === undefined) throw new ERR_CRYPTO_INVALID_KEYTYPE('Private key is not valid for specified curve.');
  this[kKeys] = { scalar: Buffer.from(toBytes(key, encoding, 'key')), pkcs8: Buffer.from(keys[0]), point: Buffer.from(keys[1]) };
  return this;
};

ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  const point = binding.ecPoint(this[kCurve], toBytes(key, encoding, 'key'), false);
  if (point === undefined) throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  this[kKeys] = { ...this[kKeys], point: Buffer.from(point[0]) };
  return this;
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  if (this[kKeys]?.scalar === undefined) throw new ERR_CRYPTO_OPERATION_FAILED('Failed to get ECDH private key');
  return encoded(this[kKeys].scalar, encoding);
};

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  const size = this[kCurve] === 'prime256v1' ? 32 : 48;
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
  if (this[kKeys]?.point === undefined) throw new ERR_CRYPTO_OPERATION_FAILED('Failed to get ECDH public key');
  return encoded(pointIn(this[kCurve], this[kKeys].point, format), encoding);
};

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  if (!ecdhCurves.includes(curve)) throw new ERR_CRYPTO_INVALID_CURVE();
  const point = binding.ecPoint(curve, toBytes(key, inEnc, 'key'), false);
  if (point === undefined) throw opensslError('10000065', 'elliptic curve routines', 'invalid encoding');
  return encoded(pointIn(curve, point[0], format), outEnc);
};

function createECDH(curve) {
  return new ECDH(curve);
}

module.exports = { diffieHellman, ECDH, createECDH };
