'use strict';
// Signatures: sign/verify and Sign/Verify (Writable streams), over the
// guest's RSA (PKCS#1 v1.5, PSS), ECDSA (P-256, P-384) and Ed25519
// (guest/src/natives/crypto/keys.rs).

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { Writable } = require('stream');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_SIGN_KEY_REQUIRED,
    ERR_CRYPTO_UNSUPPORTED_OPERATION,
  },
} = require('internal/errors');
const { validateString, validateObject, validateFunction, validateInteger } = require('internal/validators');
const { toBytes, opensslError } = require('internal/crypto/util');
const { KeyObject, kKeyData, createPrivateKey, createPublicKey } = require('internal/crypto/keys');

/** The signing options beside a key: RSA padding and salt length, ECDSA encoding. */
function signOptions(key) {
  const options = {};
  if (typeof key !== 'object' || key === null || key instanceof KeyObject || ArrayBuffer.isView(key)) return options;
  const { padding, saltLength, dsaEncoding } = key;
  if (padding !== undefined) {
    validateInteger(padding, 'key.padding', -(2 ** 31), 2 ** 31 - 1);
    options.padding = padding;
  }
  if (saltLength !== undefined) {
    validateInteger(saltLength, 'key.saltLength', -(2 ** 31), 2 ** 31 - 1);
    options.saltLength = saltLength;
  }
  if (dsaEncoding !== undefined && dsaEncoding !== 'der' && dsaEncoding !== 'ieee-p1363') {
    throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', dsaEncoding);
  }
  options.dsaEncoding = dsaEncoding;
  return options;
}

/** The KeyObject a key argument stands for (a CryptoKey's, or one read from PEM/DER/JWK). */
function keyObjectOf(key, wantPrivate) {
  const { CryptoKey, cryptoKeyObject } = require('internal/crypto/webcrypto');
  if (key instanceof CryptoKey) return cryptoKeyObject(key);
  if (key instanceof KeyObject) return key;
  if (typeof key === 'object' && key !== null && !ArrayBuffer.isView(key) && !(key instanceof ArrayBuffer)) {
    if (key.key instanceof KeyObject) return key.key;
    if (key.key instanceof CryptoKey) return cryptoKeyObject(key.key);
  }
  return wantPrivate ? createPrivateKey(key) : createPublicKey(key);
}

function privateKeyOf(key) {
  const object = keyObjectOf(key, true);
  if (object.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(object.type, 'private');
  return object;
}

function publicKeyOf(key) {
  const object = keyObjectOf(key, false);
  if (object.type === 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(object.type, 'public or private');
  return object.type === 'private' ? createPublicKey(object) : object;
}

/** OpenSSL 3's numbers for the reasons the guest gives, 1C8000A5 for the others. */
const signatureReasons = {
  'invalid digest': '1C80007A',
  'digest not allowed': '1C8000AE',
  'pss saltlen too small': '1C8000AC',
};

function signatureFailure(reason) {
  return opensslError(signatureReasons[reason] ?? '1C8000A5', 'Provider routines', reason);
}

/** Ed25519 signs the message itself and takes no digest; the others need one. */
function checkDigest(keyObject, digest) {
  if (keyObject.asymmetricKeyType === 'ed25519') {
    if (digest !== undefined && digest !== null) throw signatureFailure('invalid digest');
    return undefined;
  }
  if (keyObject.asymmetricKeyType === 'x25519')
    throw opensslError('1C8000A5', 'Provider routines', 'operation not supported for this keytype');
  // An RSA-PSS key may name its digest; the guest falls back to it.
  if (keyObject.asymmetricKeyType === 'rsa-pss') return digest ?? undefined;
  return digest ?? 'sha256';
}

function signWith(digest, data, key) {
  const keyObject = privateKeyOf(key);
  const options = { ...signOptions(key), digest: checkDigest(keyObject, digest) };
  const signature = binding.sign(keyObject[kKeyData].der, data, options);
  if (typeof signature === 'string') throw signatureFailure(signature);
  return Buffer.from(signature);
}

function verifyWith(digest, data, key, signature) {
  const keyObject = publicKeyOf(key);
  const options = { ...signOptions(key), digest: checkDigest(keyObject, digest) };
  const valid = binding.verify(keyObject[kKeyData].der, data, signature, options);
  if (typeof valid === 'string') throw signatureFailure(valid);
  return valid;
}

function checkAlgorithm(algorithm) {
  if (algorithm !== undefined && algorithm !== null) {
    validateString(algorithm, 'algorithm');
    if (binding.digestSize(algorithm.toLowerCase()) === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(algorithm);
    return algorithm.toLowerCase();
  }
  return undefined;
}

function dataBytes(data, name) {
  if (typeof data === 'string' || ArrayBuffer.isView(data)) return toBytes(data, 'utf8', name);
  throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], data);
}

function sign(algorithm, data, key, callback) {
  const digest = checkAlgorithm(algorithm);
  const bytes = dataBytes(data, 'data');
  if (callback !== undefined) validateFunction(callback, 'callback');
  const signature = signWith(digest, bytes, key);
  if (callback === undefined) return signature;
  require('timers').setImmediate(callback, null, signature);
  return undefined;
}

function verify(algorithm, data, key, signature, callback) {
  const digest = checkAlgorithm(algorithm);
  const bytes = dataBytes(data, 'data');
  const signatureBytes = dataBytes(signature, 'signature');
  if (callback !== undefined) validateFunction(callback, 'callback');
  const valid = verifyWith(digest, bytes, key, signatureBytes);
  if (callback === undefined) return valid;
  require('timers').setImmediate(callback, null, valid);
  return undefined;
}

const kDigest = Symbol('kDigest');
const kChunks = Symbol('kChunks');

/** What Sign and Verify share: the digest they were made with and the data written. */
function initSigner(self, algorithm, options) {
  validateString(algorithm, 'algorithm');
  if (options !== undefined) validateObject(options, 'options');
  const digest = algorithm.toLowerCase();
  if (binding.digestSize(digest) === undefined) throw new ERR_CRYPTO_INVALID_DIGEST();
  Writable.call(self, options);
  self[kDigest] = digest;
  self[kChunks] = [];
}

function update(data, encoding) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  this[kChunks].push(Buffer.from(toBytes(data, encoding, 'data')));
  return this;
}

function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
}

function streamKey(key, wantPrivate) {
  const object = wantPrivate ? privateKeyOf(key) : publicKeyOf(key);
  if (object.asymmetricKeyType === 'ed25519' || object.asymmetricKeyType === 'x25519') throw new ERR_CRYPTO_UNSUPPORTED_OPERATION();
  return object;
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  initSigner(this, algorithm, options);
}
Object.setPrototypeOf(Sign.prototype, Writable.prototype);
Object.setPrototypeOf(Sign, Writable);
Object.assign(Sign.prototype, { _write, update });
Sign.prototype.sign = function sign(privateKey, encoding) {
  if (privateKey === undefined || privateKey === null) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  streamKey(privateKey, true);
  const signature = signWith(this[kDigest], Buffer.concat(this[kChunks]), privateKey);
  return encoding === undefined || encoding === 'buffer' ? signature : signature.toString(encoding);
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  initSigner(this, algorithm, options);
}
Object.setPrototypeOf(Verify.prototype, Writable.prototype);
Object.setPrototypeOf(Verify, Writable);
Object.assign(Verify.prototype, { _write, update });
Verify.prototype.verify = function verify(object, signature, sigEncoding) {
  streamKey(object, false);
  const signatureBytes = toBytes(signature, sigEncoding, 'signature');
  return verifyWith(this[kDigest], Buffer.concat(this[kChunks]), object, signatureBytes);
};

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

module.exports = { Sign, Verify, createSign, createVerify, sign, verify };
