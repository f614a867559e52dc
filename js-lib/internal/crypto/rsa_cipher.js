'use strict';
// publicEncrypt/privateDecrypt and privateEncrypt/publicDecrypt: RSA with OAEP, PKCS#1
// v1.5 or no padding (guest/src/natives/crypto/rsa_cipher.rs).

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateString, validateInteger } = require('internal/validators');
const { toBytes, opensslError, nativeError } = require('internal/crypto/util');
const { KeyObject, kKeyData, createPrivateKey, createPublicKey } = require('internal/crypto/keys');

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;

/** OpenSSL 3's numbers for the reasons the guest gives. */
const reasonCodes = {
  'oaep decoding error': '02000079',
  'data too small for key size': '0200007A',
  'data too large for key size': '0200006E',
  'unknown padding type': '02000076',
  'block type is not 01': '0200006A',
  'null before block missing': '02000071',
  'bad fixed header decryption': '02000066',
};

function keyOf(key, wantPrivate) {
  const object = key instanceof KeyObject ? key : key?.key instanceof KeyObject ? key.key : undefined;
  if (object !== undefined) {
    if (object.type === 'secret' || (wantPrivate && object.type !== 'private')) {
      throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
    }
    return object;
  }
  return wantPrivate ? createPrivateKey(key) : createPublicKey(key);
}

function rsaOperation(operation, wantPrivate, defaultPadding) {
  return function rsaCipher(key, buffer) {
    const options = typeof key === 'object' && key !== null && !ArrayBuffer.isView(key) && !(key instanceof KeyObject) ? key : {};
    const { padding = defaultPadding, oaepHash = 'sha1', oaepLabel, encoding } = options;
    validateInteger(padding, 'key.padding', -(2 ** 31), 2 ** 31 - 1);
    validateString(oaepHash, 'key.oaepHash');
    // Node names an unknown digest before it reads the key.
    if (binding.digestSize(oaepHash.toLowerCase()) === undefined) throw nativeError('ERR_OSSL_EVP_INVALID_DIGEST', 'Invalid digest used');
    if (operation === 'privateDecrypt' && padding === RSA_PKCS1_PADDING) {
      const err = new TypeError(
        'RSA_PKCS1_PADDING is no longer supported for private decryption, this can be reverted with --security-revert=CVE-2023-46809',
      );
      err.code = 'ERR_INVALID_ARG_VALUE';
      throw err;
    }
    const label = oaepLabel === undefined ? undefined : toBytes(oaepLabel, encoding, 'key.oaepLabel');
    const object = keyOf(key, wantPrivate);
    const data = toBytes(buffer, encoding, 'buffer');
    const isPrivate = object.type === 'private';
    const result = binding.rsaCipher(operation, object[kKeyData].der, isPrivate, data, { padding, oaepHash, oaepLabel: label });
    if (result === 'operation not supported for this keytype') {
      // RSA-PSS keys sign only; other kinds are not RSA at all.
      if (object.asymmetricKeyType === 'rsa-pss') throw opensslError('1C8000B2', 'Provider routines', result);
      throw opensslError('03000096', 'digital envelope routines', result);
    }
    if (typeof result === 'string') throw opensslError(reasonCodes[result] ?? '1C8000A5', 'rsa routines', result);
    return Buffer.from(result);
  };
}

const publicEncrypt = rsaOperation('publicEncrypt', false, RSA_PKCS1_OAEP_PADDING);
const privateDecrypt = rsaOperation('privateDecrypt', true, RSA_PKCS1_OAEP_PADDING);
const privateEncrypt = rsaOperation('privateEncrypt', true, RSA_PKCS1_PADDING);
const publicDecrypt = rsaOperation('publicDecrypt', false, RSA_PKCS1_PADDING);
// Node makes these four from one factory; they have no names.
for (const fn of [publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt]) Object.defineProperty(fn, 'name', { value: '' });

module.exports = { publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt };
