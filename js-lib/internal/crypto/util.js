'use strict';
// What the crypto modules share: turning arguments into bytes as Node does, and the
// errors Node passes on from OpenSSL (`error:<code>:<library>::<reason>`).

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

/** A Uint8Array over the bytes of a string (in `encoding`), a view or an ArrayBuffer. */
function toBytes(data, encoding, name) {
  if (typeof data === 'string') return Buffer.from(data, encoding);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer || data instanceof SharedArrayBuffer) return new Uint8Array(data);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
}

/** A copy of `data`'s bytes (callers keep it past later changes to the caller's buffer). */
function copyBytes(data, encoding, name) {
  return Buffer.from(toBytes(data, encoding, name));
}

/** The unsigned integer of big-endian bytes. */
const toBigInt = (bytes) => (bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`));

/** An integer's big-endian bytes without leading zeros, as OpenSSL's BN_bn2bin. */
function fromBigInt(n) {
  if (n === 0n) return Buffer.alloc(0);
  const hex = n.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
}

/** The prefix Node's codes give the reasons of some of OpenSSL's libraries. */
const libraryPrefixes = {
  'asn1 encoding routines': 'ASN1_',
  'digital envelope routines': 'EVP_',
  'rsa routines': 'RSA_',
  'elliptic curve routines': 'EC_',
  'PEM routines': 'PEM_',
  'common libcrypto routines': 'CRYPTO_',
  'Diffie-Hellman routines': 'DH_',
};

/**
 * OpenSSL's error as Node reports it. `packed` is OpenSSL 3's error number in hex
 * (library and reason), so the message reads as node's.
 */
function opensslError(packed, library, reason, Base = Error) {
  const err = new Base(`error:${packed}:${library}::${reason}`);
  err.library = library;
  err.reason = reason;
  err.code = `ERR_OSSL_${libraryPrefixes[library] ?? ''}${reason.toUpperCase().replace(/ /g, '_')}`;
  return err;
}

/**
 * An error Node's C++ throws: its code is a property, not part of its name (so its text
 * reads `Error: message`, unlike the JavaScript errors' `Error [CODE]: message`).
 */
function nativeError(code, message, Base = Error) {
  const err = new Base(message);
  err.code = code;
  return err;
}

/**
 * The named elliptic curves the guest has (guest/src/natives/crypto/ec.rs), by OpenSSL's
 * name: JWK's name and NIST's (where they have one) and the size of the field in bits.
 */
const namedCurves = {
  __proto__: null,
  secp224r1: { nist: 'P-224', bits: 224 },
  prime256v1: { jwk: 'P-256', nist: 'P-256', bits: 256 },
  secp256k1: { jwk: 'secp256k1', bits: 256 },
  secp384r1: { jwk: 'P-384', nist: 'P-384', bits: 384 },
  secp521r1: { jwk: 'P-521', nist: 'P-521', bits: 521 },
};

/** OpenSSL's name of a curve given by its own name or JWK's, or undefined. */
function curveName(name) {
  if (namedCurves[name] !== undefined) return name;
  return Object.keys(namedCurves).find((curve) => namedCurves[curve].jwk === name || namedCurves[curve].nist === name);
}

module.exports = { toBytes, copyBytes, opensslError, nativeError, toBigInt, fromBigInt, namedCurves, curveName };
