'use strict';
// pbkdf2, scrypt and hkdf, sync and async. The guest has one thread: an asynchronous
// form checks its arguments and derives the key at once, then calls back on a later
// turn of the event loop, as Node's thread-pool jobs do.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
    ERR_CRYPTO_SCRYPT_INVALID_PARAMETER,
  },
} = require('internal/errors');
const { validateString, validateFunction, validateInteger, validateObject } = require('internal/validators');
const { toBytes } = require('internal/crypto/util');
const { secretKeyBytes } = require('internal/crypto/keys');

const kMaxInt32 = 2 ** 31 - 1;
const kMaxUint32 = 2 ** 32 - 1;

/** Derives now and calls `callback(null, key)` on a later turn of the event loop. */
function later(callback, derive) {
  require('timers').setImmediate(callback, null, derive());
}

function byteSource(value, name) {
  if (typeof value === 'string' || ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof SharedArrayBuffer) {
    return toBytes(value, 'utf8', name);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
}

function pbkdf2Derive(password, salt, iterations, keylen, digest) {
  const passwordBytes = byteSource(password, 'password');
  const saltBytes = byteSource(salt, 'salt');
  validateInteger(iterations, 'iterations', 1, kMaxInt32);
  validateInteger(keylen, 'keylen', 0, kMaxInt32);
  const name = digestName(digest);
  return () => Buffer.from(binding.pbkdf2(name, passwordBytes, saltBytes, iterations, keylen));
}

/** The digest's name for the binding, and its output size; Node's error when it has none. */
function digestName(digest) {
  validateString(digest, 'digest');
  const name = digest.toLowerCase();
  if (binding.digestSize(name) === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return name;
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return pbkdf2Derive(password, salt, iterations, keylen, digest)();
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const derive = pbkdf2Derive(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  later(callback, derive);
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

/** The scrypt options under either of Node's names (0 for the default), checked as OpenSSL checks them. */
function scryptParams(options) {
  const params = { ...scryptDefaults };
  if (options !== undefined && options !== null) {
    validateObject(options, 'options');
    for (const [name, alias] of [
      ['N', 'cost'],
      ['r', 'blockSize'],
      ['p', 'parallelization'],
    ]) {
      if (options[name] !== undefined) {
        validateInteger(options[name], name, 0, kMaxUint32);
        params[name] = options[name];
      }
      if (options[alias] !== undefined) {
        if (options[name] !== undefined) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
        validateInteger(options[alias], alias, 0, kMaxUint32);
        params[name] = options[alias];
      }
    }
    if (options.maxmem !== undefined) {
      validateInteger(options.maxmem, 'maxmem', 0);
      params.maxmem = options.maxmem;
    }
    for (const name of ['N', 'r', 'p', 'maxmem']) if (params[name] === 0) params[name] = scryptDefaults[name];
  }
  const { N, r, p, maxmem } = params;
  if (N < 2 || (N & (N - 1)) !== 0 || p * r > 2 ** 30 - 1) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  // OpenSSL's reckoning of the memory scrypt needs: its V array and the p blocks of B.
  if (128 * r * (N + 2) + 128 * r * p > maxmem) {
    const err = new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
    err.message += ': error:030000AC:digital envelope routines::memory limit exceeded';
    throw err;
  }
  return params;
}

function scryptDerive(password, salt, keylen, options) {
  const passwordBytes = byteSource(password, 'password');
  const saltBytes = byteSource(salt, 'salt');
  validateInteger(keylen, 'keylen', 0, kMaxInt32);
  const { N, r, p } = scryptParams(options);
  return () => {
    const key = binding.scrypt(passwordBytes, saltBytes, N, r, p, keylen);
    if (key === undefined) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
    return Buffer.from(key);
  };
}

function scryptSync(password, salt, keylen, options = undefined) {
  return scryptDerive(password, salt, keylen, options)();
}

function scrypt(password, salt, keylen, options, callback = undefined) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const derive = scryptDerive(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  later(callback, derive);
}

function hkdfDerive(digest, key, salt, info, keylen) {
  validateString(digest, 'digest');
  const keyBytes = secretKeyBytes(key) ?? ikmBytes(key);
  const saltBytes = byteSource(salt, 'salt');
  const infoBytes = byteSource(info, 'info');
  validateInteger(keylen, 'length', 0, kMaxInt32);
  if (infoBytes.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', infoBytes.byteLength);
  }
  const name = digestName(digest);
  if (keylen > 255 * binding.digestSize(name)) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return () => binding.hkdf(name, keyBytes, saltBytes, infoBytes, keylen);
}

function ikmBytes(key) {
  if (typeof key === 'string' || ArrayBuffer.isView(key) || key instanceof ArrayBuffer) return toBytes(key, 'utf8', 'ikm');
  throw new ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
}

function hkdfSync(digest, ikm, salt, info, keylen) {
  return hkdfDerive(digest, ikm, salt, info, keylen)();
}

function hkdf(digest, ikm, salt, info, keylen, callback) {
  const derive = hkdfDerive(digest, ikm, salt, info, keylen);
  validateFunction(callback, 'callback');
  later(callback, derive);
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync };
