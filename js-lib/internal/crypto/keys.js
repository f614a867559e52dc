'use strict';
// KeyObject and its kinds, createSecretKey/createPublicKey/createPrivateKey and the
// key-pair generators. A secret key holds its bytes; an asymmetric key holds its DER
// (PKCS#8 when private, SPKI when public), which the guest's RustCrypto code
// (guest/src/natives/crypto/keys.rs) parses for each use.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS,
    ERR_CRYPTO_INVALID_JWK,
    ERR_CRYPTO_INVALID_CURVE,
    ERR_CRYPTO_UNKNOWN_CIPHER,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_MISSING_PASSPHRASE,
    ERR_MISSING_OPTION,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_CRYPTO_JWK_UNSUPPORTED_CURVE,
  },
} = require('internal/errors');
const {
  validateString,
  validateObject,
  validateInteger,
  validateInt32,
  validateUint32,
  validateFunction,
  validateOneOf,
} = require('internal/validators');
const { toBytes, opensslError, namedCurves, curveName } = require('internal/crypto/util');
const { kCustomPromisifyArgs } = require('internal/util/promisify_args');
const { kClone } = require('internal/worker/js_transferable');

const kKeyType = Symbol('kKeyType');
const kKeyData = Symbol('kKeyData');
/** Proof that a KeyObject was made here: Node's constructor only takes its own handles. */
class KeyMaterial {
  /** `data`: a secret key's bytes, or `{ der, keyType }` for an asymmetric key. */
  constructor(data) {
    this.data = data;
  }
}

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') throw new ERR_INVALID_ARG_VALUE('type', type);
    if (!(handle instanceof KeyMaterial)) throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    this[kKeyType] = type;
    Object.defineProperty(this, kKeyData, { value: handle.data });
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    const { CryptoKey, cryptoKeyObject } = require('internal/crypto/webcrypto');
    if (!(key instanceof CryptoKey)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return cryptoKeyObject(key);
  }

  /** What a copy (structuredClone, a worker's message) is made from: its kind and material. */
  [kClone]() {
    return { data: { type: this.type, data: this[kKeyData] }, deserializeInfo: 'internal/crypto/keys:keyObjectFromClone' };
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    return otherKeyObject.type === this.type && Buffer.compare(keyBytes(otherKeyObject), keyBytes(this)) === 0;
  }
}

Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { configurable: true, value: 'KeyObject' });

function keyBytes(key) {
  return key.type === 'secret' ? key[kKeyData] : key[kKeyData].der;
}

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kKeyData].length;
  }

  export(options) {
    if (options !== undefined) validateObject(options, 'options');
    if (options?.format === 'jwk') return { kty: 'oct', k: this[kKeyData].toString('base64url') };
    return Buffer.from(this[kKeyData]);
  }
}

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    return this[kKeyData].keyType;
  }

  get asymmetricKeyDetails() {
    const details = binding.keyDetails(this[kKeyData].der, this.type === 'private');
    if (details.publicExponent !== undefined) details.publicExponent = BigInt(details.publicExponent);
    return details;
  }

  /** The key as a JWK, its members in Node's order. */
  exportJwk() {
    const { keyType, der } = this[kKeyData];
    if (keyType === 'rsa-pss' || keyType === 'dsa' || keyType === 'dh') throw new ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
    const members = binding.keyJwk(der, this.type === 'private');
    const encoded = {};
    for (const [name, bytes] of Object.entries(members)) encoded[name] = Buffer.from(bytes).toString('base64url');
    if (keyType === 'rsa') return { kty: 'RSA', ...encoded };
    if (keyType === 'ec') {
      const { x, y, d } = encoded;
      const { namedCurve } = this.asymmetricKeyDetails;
      const crv = namedCurves[namedCurve].jwk;
      if (crv === undefined) throw new ERR_CRYPTO_JWK_UNSUPPORTED_CURVE(namedCurve);
      return d === undefined ? { kty: 'EC', x, y, crv } : { kty: 'EC', x, y, crv, d };
    }
    const crv = { ed25519: 'Ed25519', x25519: 'X25519', ed448: 'Ed448', x448: 'X448' }[keyType];
    return encoded.d === undefined ? { crv, x: encoded.x, kty: 'OKP' } : { crv, d: encoded.d, x: encoded.x, kty: 'OKP' };
  }

  /** The key in a format and type parseKeyEncoding checked, encrypted when a cipher is given. */
  exportEncoded({ format, type, cipher, passphrase }) {
    const { der } = this[kKeyData];
    // OpenSSL's own name for an alias (`aes128` is aes-128-cbc); cipher.js needs this module.
    const cipherName =
      cipher === undefined ? undefined : (require('internal/crypto/cipher').lookupCipher(cipher)?.name ?? cipher.toLowerCase());
    const exported = binding.keyExport(der, this.type === 'private', format === 'pem', type, cipherName, passphrase);
    if (exported === undefined) throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, `is not supported for ${this.asymmetricKeyType} keys`);
    if (exported?.failure !== undefined) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
    return typeof exported === 'string' ? exported : Buffer.from(exported);
  }
}

const isKeyBytes = (value) => typeof value === 'string' || ArrayBuffer.isView(value) || value instanceof ArrayBuffer;

/**
 * An output encoding (`export`'s options, keygen's publicKeyEncoding/privateKeyEncoding)
 * checked as Node checks it: `format` and `type` both required, `type` one the key can
 * have, a `cipher` only with a passphrase and for encodings that can be encrypted.
 * `objName` names the option in errors (`options.<objName>.<name>`).
 */
function parseKeyEncoding(encoding, keyType, isPublic, objName) {
  validateObject(encoding, 'options');
  const option = (name) => (objName === undefined ? `options.${name}` : `options.${objName}.${name}`);
  const { format, type } = encoding;
  if (format !== 'pem' && format !== 'der' && format !== 'jwk') throw new ERR_INVALID_ARG_VALUE(option('format'), format);
  const allowed = isPublic ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
  if (format === 'jwk') {
    if (type !== undefined && !allowed.includes(type)) throw new ERR_INVALID_ARG_VALUE(option('type'), type);
  } else if (!allowed.includes(type)) {
    throw new ERR_INVALID_ARG_VALUE(option('type'), type);
  }
  if (type === 'pkcs1' && keyType !== 'rsa') throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('pkcs1', 'can only be used for RSA keys');
  if (type === 'sec1' && keyType !== 'ec') throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('sec1', 'can only be used for EC keys');
  if (isPublic) return { format, type };
  const { cipher, passphrase } = encoding;
  if (cipher != null) {
    if (typeof cipher !== 'string') throw new ERR_INVALID_ARG_VALUE(option('cipher'), cipher);
    if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'does not support encryption');
    }
    if (!isKeyBytes(passphrase)) throw new ERR_INVALID_ARG_VALUE(option('passphrase'), passphrase);
  } else if (passphrase !== undefined) {
    throw new ERR_INVALID_ARG_VALUE(option('cipher'), cipher);
  }
  return {
    format,
    type,
    cipher: cipher ?? undefined,
    passphrase: cipher == null ? undefined : toBytes(passphrase, encoding.encoding ?? 'utf8', 'key.passphrase'),
  };
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    if (options?.format === 'jwk') return this.exportJwk();
    return this.exportEncoded(parseKeyEncoding(options, this.asymmetricKeyType, true));
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    if (options?.format === 'jwk') {
      if (options.passphrase !== undefined) throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
      return this.exportJwk();
    }
    return this.exportEncoded(parseKeyEncoding(options, this.asymmetricKeyType, false));
  }
}

function newAsymmetricKey(isPrivate, keyType, der) {
  const material = new KeyMaterial({ keyType, der: Buffer.from(der) });
  return isPrivate ? new PrivateKeyObject(material) : new PublicKeyObject(material);
}

/** A KeyObject again from what its `[kClone]` gave. */
function keyObjectFromClone({ type, data }) {
  if (type === 'secret') return new SecretKeyObject(new KeyMaterial(Buffer.from(data)));
  return newAsymmetricKey(type === 'private', data.keyType, data.der);
}

function createSecretKey(key, encoding) {
  if (typeof key !== 'string' && !ArrayBuffer.isView(key) && !(key instanceof ArrayBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  return new SecretKeyObject(new KeyMaterial(Buffer.from(toBytes(key, encoding, 'key'))));
}

/** generateKey(Sync): random bytes for an HMAC key of `length` bits or an AES key. */
function generateSecret(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
      break;
    case 'aes':
      validateOneOf(length, 'options.length', [128, 192, 256]);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  return createSecretKey(require('crypto').randomBytes(Math.floor(length / 8)));
}

function generateKeySync(type, options) {
  return generateSecret(type, options);
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  require('timers').setImmediate(callback, null, generateSecret(type, options));
}

/** The bytes of a secret KeyObject, undefined for anything else. */
function secretKeyBytes(key) {
  return key instanceof KeyObject && key.type === 'secret' ? key[kKeyData] : undefined;
}

/** OpenSSL's error for a key that could not be read: its decoders report most alike. */
function decoderError(reason) {
  if (reason === 'interrupted or cancelled') return opensslError('07880109', 'common libcrypto routines', reason);
  if (reason === 'bad decrypt') return opensslError('1C800064', 'Provider routines', reason);
  return opensslError('1E08010C', 'DECODER routines', 'unsupported');
}

const jwkKeyTypes = { RSA: 'rsa', EC: 'ec', OKP: 'okp' };

function importJwk(jwk, wantPrivate) {
  validateObject(jwk, 'key.key');
  validateOneOf(jwk.kty, 'key.kty', Object.keys(jwkKeyTypes));
  let keyType = jwk.kty === 'RSA' ? 'rsa' : jwk.crv;
  if (jwk.kty === 'EC') validateOneOf(jwk.crv, 'key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521']);
  if (jwk.kty === 'OKP') validateOneOf(jwk.crv, 'key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448']);
  const members = {};
  for (const name of ['n', 'e', 'd', 'p', 'q', 'x', 'y']) {
    if (jwk[name] === undefined) continue;
    if (typeof jwk[name] !== 'string') throw new ERR_CRYPTO_INVALID_JWK();
    members[name] = Buffer.from(jwk[name], 'base64url');
  }
  if (!wantPrivate) delete members.d;
  const imported = binding.keyFromJwk(keyType, members);
  const label = { RSA: 'RSA', EC: 'EC', OKP: 'OKP' }[jwk.kty];
  if (imported === undefined || (wantPrivate && !imported[0])) throw new ERR_CRYPTO_INVALID_JWK(`Invalid JWK ${label} key`);
  keyType = jwk.kty === 'EC' ? 'ec' : keyType.toLowerCase();
  return newAsymmetricKey(imported[0], keyType, imported[1]);
}

/** createPublicKey/createPrivateKey: a key from PEM, DER or JWK, as Node reads them. */
function importKey(key, wantPrivate) {
  if (key instanceof KeyObject) {
    // A public key derives from a private KeyObject; a private key never from a KeyObject.
    if (wantPrivate) throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
    if (key.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    return newAsymmetricKey(false, key.asymmetricKeyType, binding.keyPublic(key[kKeyData].der));
  }
  let data = key;
  let format = 'pem';
  let type;
  let encoding;
  let passphrase;
  if (typeof key === 'object' && key !== null && !ArrayBuffer.isView(key) && !(key instanceof ArrayBuffer)) {
    ({ key: data, format = 'pem', type, encoding, passphrase } = key);
    if (format === 'jwk') return importJwk(data, wantPrivate);
    if (data instanceof KeyObject) return importKey(data, wantPrivate);
    if (format !== 'pem' && format !== 'der') throw new ERR_INVALID_ARG_VALUE('key.format', format);
    if (format === 'der') {
      const allowed = wantPrivate ? ['pkcs8', 'pkcs1', 'sec1'] : ['spki', 'pkcs1', 'pkcs8', 'sec1'];
      if (!allowed.includes(type)) throw new ERR_INVALID_ARG_VALUE('options.type', type);
    }
  }
  if (typeof data !== 'string' && !ArrayBuffer.isView(data) && !(data instanceof ArrayBuffer)) {
    const name = typeof key === 'object' && key !== null && !ArrayBuffer.isView(key) ? 'key.key' : 'key';
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const passphraseBytes =
    passphrase === undefined || passphrase === null ? undefined : toBytes(passphrase, encoding ?? 'utf8', 'key.passphrase');
  const imported = binding.keyImport(toBytes(data, encoding ?? 'utf8', 'key'), format === 'pem', type, wantPrivate, passphraseBytes);
  if (typeof imported === 'string') {
    // Node asks OpenSSL for the passphrase of encrypted PKCS#8 DER itself; PEM is OpenSSL 3's decoders' to refuse.
    if (format === 'der' && imported === 'interrupted or cancelled' && passphraseBytes === undefined) throw new ERR_MISSING_PASSPHRASE();
    if (format === 'der' && imported === 'unsupported') throw opensslError('068000A8', 'asn1 encoding routines', 'wrong tag');
    throw decoderError(imported);
  }
  return newAsymmetricKey(...imported);
}

function createPublicKey(key) {
  return importKey(key, false);
}

function createPrivateKey(key) {
  return importKey(key, true);
}

/** An option Node renamed: its old name warns and must agree with the new one. */
function renamedOption(options, oldName, newName) {
  const old = options[oldName];
  if (old === undefined) return options[newName];
  process.emitWarning(`"options.${oldName}" is deprecated, use "options.${newName}" instead.`, 'DeprecationWarning', 'DEP0154');
  validateString(old, `options.${oldName}`);
  if (options[newName] && old !== options[newName]) throw new ERR_INVALID_ARG_VALUE(`options.${oldName}`, old);
  return options[newName] || old;
}

/**
 * An RSA-PSS key's restrictions as OpenSSL's key generation makes them, or undefined for
 * none: a digest alone is MGF1's digest too and sets the salt length to its size;
 * unnamed digests are SHA-1 and the salt length otherwise 20.
 */
function pssParams(options) {
  const { saltLength } = options;
  if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
  if (options.hashAlgorithm !== undefined) validateString(options.hashAlgorithm, 'options.hashAlgorithm');
  if (options.mgf1HashAlgorithm !== undefined) validateString(options.mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
  const hash = renamedOption(options, 'hash', 'hashAlgorithm')?.toLowerCase();
  const mgf1Hash = renamedOption(options, 'mgf1Hash', 'mgf1HashAlgorithm')?.toLowerCase();
  if (hash !== undefined && binding.digestSize(hash) === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(hash);
  if (mgf1Hash !== undefined && binding.digestSize(mgf1Hash) === undefined) {
    const err = new TypeError(`Invalid MGF1 digest: ${mgf1Hash}`);
    err.code = 'ERR_CRYPTO_INVALID_DIGEST';
    throw err;
  }
  if (hash === undefined && mgf1Hash === undefined && saltLength === undefined) return undefined;
  return {
    hashAlgorithm: hash ?? 'sha1',
    mgf1HashAlgorithm: mgf1Hash ?? hash ?? 'sha1',
    saltLength: saltLength ?? (hash === undefined ? 20 : binding.digestSize(hash)),
  };
}

/** keygen's publicKeyEncoding and privateKeyEncoding, checked before any key is made. */
function keygenEncodings(type, options) {
  const { publicKeyEncoding, privateKeyEncoding } = options ?? {};
  const parse = (encoding, isPublic, name) => {
    if (encoding == null) return undefined;
    if (typeof encoding !== 'object') throw new ERR_INVALID_ARG_VALUE(`options.${name}`, encoding);
    return parseKeyEncoding(encoding, type, isPublic, name);
  };
  return {
    publicEncoding: parse(publicKeyEncoding, true, 'publicKeyEncoding'),
    privateEncoding: parse(privateKeyEncoding, false, 'privateKeyEncoding'),
  };
}

/** A new key in the encoding asked for, or the KeyObject when none was. */
function encodeGenerated(key, encoding) {
  if (encoding === undefined) return key;
  if (encoding.format === 'jwk') return key.exportJwk();
  return key.exportEncoded(encoding);
}

/**
 * keygen's checks, in Node's order, made at once; what they return makes the pair (its
 * failures are the callback's in generateKeyPair, as Node's are).
 */
function keyPairJob(type, options) {
  validateString(type, 'type');
  const { publicEncoding, privateEncoding } = keygenEncodings(type, options);
  if (options !== undefined) validateObject(options, 'options');
  let generate;
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      const { modulusLength, publicExponent = 0x10001 } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      validateUint32(publicExponent, 'options.publicExponent');
      const pss = type === 'rsa-pss' ? pssParams(options) : undefined;
      generate = () => binding.generateKeyPair(type, modulusLength, publicExponent, undefined, pss);
      break;
    }
    case 'dsa': {
      validateObject(options, 'options');
      const { modulusLength, divisorLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      if (divisorLength != null) validateInt32(divisorLength, 'options.divisorLength', 0);
      generate = () => binding.generateKeyPair('dsa', modulusLength, divisorLength ?? undefined, undefined, undefined);
      break;
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve, paramEncoding } = options;
      validateString(namedCurve, 'options.namedCurve');
      // Keys name their curve either way here: explicit parameters are not written.
      if (paramEncoding != null && paramEncoding !== 'named' && paramEncoding !== 'explicit') {
        throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
      }
      const curve = curveName(namedCurve);
      if (curve === undefined) throw new ERR_CRYPTO_INVALID_CURVE();
      generate = () => binding.generateKeyPair('ec', undefined, undefined, curve, undefined);
      break;
    }
    case 'ed25519':
    case 'ed448':
    case 'x25519':
    case 'x448':
      generate = () => binding.generateKeyPair(type, undefined, undefined, undefined, undefined);
      break;
    case 'dh':
      generate = dhKeyPairJob(options);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  return () => {
    const pair = generate();
    if (pair === undefined) throw opensslError('1C8000AB', 'Provider routines', 'key size too small');
    if (pair === 'pub exponent out of range') throw opensslError('020000B2', 'rsa routines', pair);
    if (typeof pair === 'string') throw opensslError('1C8000AB', 'Provider routines', pair);
    const publicKey = newAsymmetricKey(false, type, pair[1]);
    const privateKey = newAsymmetricKey(true, type, pair[0]);
    return { publicKey: encodeGenerated(publicKey, publicEncoding), privateKey: encodeGenerated(privateKey, privateEncoding) };
  };
}

/** A Diffie-Hellman pair's group: a named one, a prime given, or a prime of a length made here. */
function dhKeyPairJob(options) {
  validateObject(options, 'options');
  const { group, primeLength, prime, generator } = options;
  if (group != null) {
    if (prime != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
    if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
    if (generator != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
    validateString(group, 'options.group');
    const { getDiffieHellman } = require('internal/crypto/diffiehellman');
    const dh = getDiffieHellman(group);
    return () => binding.generateDhKeyPair(dh.getPrime(), dh.getGenerator());
  }
  if (prime != null) {
    if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('prime', 'primeLength');
    if (!ArrayBuffer.isView(prime)) throw new ERR_INVALID_ARG_TYPE('options.prime', ['Buffer', 'TypedArray', 'DataView'], prime);
  } else if (primeLength != null) {
    validateInt32(primeLength, 'options.primeLength', 0);
  } else {
    throw new ERR_MISSING_OPTION('At least one of the group, prime, or primeLength options');
  }
  if (generator != null) validateInt32(generator, 'options.generator', 0);
  return () => {
    const { createDiffieHellman } = require('internal/crypto/diffiehellman');
    const dh = createDiffieHellman(prime ?? primeLength, generator ?? 2);
    return binding.generateDhKeyPair(dh.getPrime(), dh.getGenerator());
  };
}

function generateKeyPairSync(type, options) {
  return keyPairJob(type, options)();
}

/** Generates on a later turn (the guest has one thread); a failure is the callback's. */
function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const job = keyPairJob(type, options);
  require('timers').setImmediate(() => {
    let pair;
    try {
      pair = job();
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, pair.publicKey, pair.privateKey);
  });
}

// util.promisify(generateKeyPair) resolves to { publicKey, privateKey }, as in Node.
Object.defineProperty(generateKeyPair, kCustomPromisifyArgs, { value: ['publicKey', 'privateKey'] });

module.exports = {
  keyObjectFromClone,
  KeyObject,
  SecretKeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  KeyMaterial,
  kKeyData,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
  secretKeyBytes,
  newAsymmetricKey,
  generateKeyPair,
  generateKeyPairSync,
  generateKey,
  generateKeySync,
};
