'use strict';
// Web Crypto (`crypto.subtle`, CryptoKey) over the node:crypto pieces: digests, HMAC,
// AES-GCM/CBC/CTR/KW, PBKDF2, HKDF, ECDSA/ECDH on P-256, P-384 and P-521, Ed25519, Ed448, X25519, X448 and RSA
// signatures (PKCS#1 v1.5, PSS). Failures reject with the DOMExceptions Node's give.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { createSecretKey, createPublicKey, createPrivateKey, generateKeyPairSync, kKeyData, secretKeyBytes } =
  require('internal/crypto/keys');

const { kClone } = require('internal/worker/js_transferable');
const { nativeError } = require('internal/crypto/util');

const kKeyObject = Symbol('kKeyObject');
const kIllegal = Symbol('kIllegal');

class CryptoKey {
  constructor(token, keyObject, algorithm, extractable, usages) {
    if (token !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    Object.defineProperty(this, kKeyObject, { value: keyObject });
    this.type = keyObject.type;
    this.extractable = extractable;
    this.algorithm = algorithm;
    this.usages = usages;
  }

  [kClone]() {
    const { algorithm, extractable, usages } = this;
    return {
      data: { keyObject: this[kKeyObject], algorithm, extractable, usages },
      deserializeInfo: 'internal/crypto/webcrypto:cryptoKeyFromClone',
    };
  }
}

/** A CryptoKey again from what its `[kClone]` gave. */
function cryptoKeyFromClone({ keyObject, algorithm, extractable, usages }) {
  return new CryptoKey(kIllegal, keyObject, algorithm, extractable, usages);
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { configurable: true, value: 'CryptoKey' });

function cryptoKeyObject(key) {
  return key[kKeyObject];
}

const fail = (message, name) => new DOMException(message, name);
const notSupported = () => fail('Unrecognized algorithm name', 'NotSupportedError');
const operationFailed = () => fail('The operation failed for an operation-specific reason', 'OperationError');

/**
 * The algorithms each operation takes, with the WebIDL dictionary its parameters are
 * read as (null: a name alone), as Node's normalizeAlgorithm has them.
 */
const rsaHashed = { hash: ['hash', true] };
const aesKeyGen = { length: ['unsigned short', true] };
const dictionaries = {
  RsaHashedKeyGenParams: { modulusLength: ['unsigned long', true], publicExponent: ['BigInteger', true], ...rsaHashed },
  RsaHashedImportParams: rsaHashed,
  RsaPssParams: { saltLength: ['unsigned long', true] },
  RsaOaepParams: { label: ['BufferSource', false] },
  EcKeyGenParams: { namedCurve: ['DOMString', true] },
  EcKeyImportParams: { namedCurve: ['DOMString', true] },
  EcdsaParams: rsaHashed,
  EcdhKeyDeriveParams: { public: ['CryptoKey', true] },
  HmacKeyGenParams: { ...rsaHashed, length: ['unsigned long', false] },
  HmacImportParams: { ...rsaHashed, length: ['unsigned long', false] },
  AesKeyGenParams: aesKeyGen,
  AesDerivedKeyParams: aesKeyGen,
  AesCbcParams: { iv: ['BufferSource', true] },
  AesCtrParams: { counter: ['BufferSource', true], length: ['octet', true] },
  AesGcmParams: { iv: ['BufferSource', true], tagLength: ['octet', false], additionalData: ['BufferSource', false] },
  HkdfParams: { ...rsaHashed, salt: ['BufferSource', true], info: ['BufferSource', true] },
  Pbkdf2Params: { salt: ['BufferSource', true], iterations: ['unsigned long', true], ...rsaHashed },
  Ed448Params: { context: ['BufferSource', false] },
};
const okp = { Ed25519: null, Ed448: null, X25519: null, X448: null };
const rsaNames = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
const aesNames = ['AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW'];
const each = (names, dictionary) => Object.fromEntries(names.map((name) => [name, dictionary]));
const supportedAlgorithms = {
  digest: { 'SHA-1': null, 'SHA-256': null, 'SHA-384': null, 'SHA-512': null },
  generateKey: {
    ...each(rsaNames, 'RsaHashedKeyGenParams'),
    ...each(['ECDSA', 'ECDH'], 'EcKeyGenParams'),
    HMAC: 'HmacKeyGenParams',
    ...each(aesNames, 'AesKeyGenParams'),
    ...okp,
  },
  sign: {
    'RSASSA-PKCS1-v1_5': null,
    'RSA-PSS': 'RsaPssParams',
    ECDSA: 'EcdsaParams',
    HMAC: null,
    Ed25519: null,
    Ed448: 'Ed448Params',
  },
  importKey: {
    ...each(rsaNames, 'RsaHashedImportParams'),
    ...each(['ECDSA', 'ECDH'], 'EcKeyImportParams'),
    HMAC: 'HmacImportParams',
    ...each(aesNames, null),
    HKDF: null,
    PBKDF2: null,
    ...okp,
  },
  deriveBits: {
    ...each(['ECDH', 'X25519', 'X448'], 'EcdhKeyDeriveParams'),
    HKDF: 'HkdfParams',
    PBKDF2: 'Pbkdf2Params',
  },
  encrypt: { 'RSA-OAEP': 'RsaOaepParams', 'AES-CBC': 'AesCbcParams', 'AES-GCM': 'AesGcmParams', 'AES-CTR': 'AesCtrParams' },
  'get key length': { ...each(aesNames, 'AesDerivedKeyParams'), HMAC: 'HmacImportParams', HKDF: null, PBKDF2: null },
  wrapKey: { 'AES-KW': null },
};
supportedAlgorithms.verify = supportedAlgorithms.sign;
supportedAlgorithms.decrypt = supportedAlgorithms.encrypt;
supportedAlgorithms.unwrapKey = supportedAlgorithms.wrapKey;

/** A WebIDL integer type's value, [EnforceRange] as Node's dictionaries have it. */
function integerMember(value, type, where) {
  const max = { octet: 0xff, 'unsigned short': 0xffff, 'unsigned long': 0xffffffff }[type];
  const number = Number(value);
  if (!Number.isFinite(number) || Math.trunc(number) < 0 || Math.trunc(number) > max) {
    const err = new TypeError(`${where} is outside the expected range of 0 to ${max}.`);
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  return Math.trunc(number);
}

/** One dictionary member converted to its WebIDL type. */
function dictionaryMember(value, type, where) {
  switch (type) {
    case 'hash':
      return normalize(value, 'digest');
    case 'BufferSource':
    case 'BigInteger':
      // A copy: later changes to the caller's buffer must not reach the operation.
      return new Uint8Array(Buffer.from(bufferSource(value, where)));
    case 'CryptoKey':
      if (!(value instanceof CryptoKey)) throw new ERR_INVALID_ARG_TYPE(where, 'CryptoKey', value);
      return value;
    case 'DOMString':
      return String(value);
    default:
      return integerMember(value, type, where);
  }
}

/** WebIDL's error for a dictionary without a required member. */
function missingMember(dictionary, member) {
  return nativeError(
    'ERR_MISSING_OPTION',
    `Failed to normalize algorithm: passed algorithm can not be converted to '${dictionary}' because '${member}' is required in '${dictionary}'.`,
    TypeError,
  );
}

const experimentalWarned = new Set();

/** Node 20 calls Ed448 and X448 experimental, once each. */
function warnExperimental(name) {
  if ((name !== 'Ed448' && name !== 'X448') || experimentalWarned.has(name)) return;
  experimentalWarned.add(name);
  process.emitWarning(
    `The ${name} Web Crypto API algorithm is an experimental feature and might change at any time`,
    'ExperimentalWarning',
  );
}

/**
 * WebCrypto's "normalize an algorithm" for `operation`: the dictionary with its name in
 * the registered spelling and its members converted; a name not registered for the
 * operation is NotSupportedError, a required member missing ERR_MISSING_OPTION.
 */
function normalize(algorithm, operation) {
  // AlgorithmIdentifier: an object, else a DOMString.
  const dictionary = typeof algorithm === 'object' && algorithm !== null ? algorithm : { name: String(algorithm) };
  if (dictionary.name === undefined) throw missingMember('Algorithm', 'name');
  const registered = supportedAlgorithms[operation];
  const wanted = String(dictionary.name).toUpperCase();
  const name = Object.keys(registered).find((known) => known.toUpperCase() === wanted);
  if (name === undefined) throw notSupported();
  warnExperimental(name);
  const type = registered[name];
  const normalized = { name };
  if (type === null) return normalized;
  for (const [member, [memberType, required]] of Object.entries(dictionaries[type])) {
    const value = dictionary[member];
    if (value === undefined) {
      if (required) throw missingMember(type, member);
      continue;
    }
    normalized[member] = dictionaryMember(value, memberType, `algorithm.${member}`);
  }
  return normalized;
}

/** The node:crypto digest name of a SHA algorithm. */
function digestName(hash) {
  return { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' }[hash.name];
}

/** A BufferSource argument's bytes (a view over them), or ERR_INVALID_ARG_TYPE naming the argument. */
function bufferSource(data, name) {
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
}

function toArrayBuffer(bytes) {
  const buffer = Buffer.from(bytes);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
}

/** That `key` is a CryptoKey of `algorithm` allowed `usage`; Node words the failure per operation. */
function checkKey(key, algorithm, usage) {
  if (!(key instanceof CryptoKey)) throw new ERR_INVALID_ARG_TYPE(usage.startsWith('derive') ? 'baseKey' : 'key', 'CryptoKey', key);
  if (usage.startsWith('derive')) {
    if (!key.usages.includes(usage)) throw fail(`baseKey does not have ${usage} usage`, 'InvalidAccessError');
    if (key.algorithm.name !== algorithm.name) throw fail('Key algorithm mismatch', 'InvalidAccessError');
    return;
  }
  if (key.algorithm.name !== algorithm.name || !key.usages.includes(usage)) {
    const message =
      usage === 'sign' || usage === 'verify'
        ? `Unable to use this key to ${usage}`
        : 'The requested operation is not valid for the provided key';
    throw fail(message, 'InvalidAccessError');
  }
}

const hmacLength = { sha1: 512, sha256: 512, sha384: 1024, sha512: 1024 };
const curveNames = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const usagesOf = {
  HMAC: { secret: ['sign', 'verify'] },
  'AES-GCM': { secret: ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'] },
  'AES-CBC': { secret: ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'] },
  'AES-CTR': { secret: ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'] },
  'AES-KW': { secret: ['wrapKey', 'unwrapKey'] },
  PBKDF2: { secret: ['deriveBits', 'deriveKey'] },
  HKDF: { secret: ['deriveBits', 'deriveKey'] },
  ECDSA: { public: ['verify'], private: ['sign'] },
  Ed25519: { public: ['verify'], private: ['sign'] },
  Ed448: { public: ['verify'], private: ['sign'] },
  'RSASSA-PKCS1-v1_5': { public: ['verify'], private: ['sign'] },
  'RSA-PSS': { public: ['verify'], private: ['sign'] },
  'RSA-OAEP': { public: ['encrypt', 'wrapKey'], private: ['decrypt', 'unwrapKey'] },
  ECDH: { public: [], private: ['deriveBits', 'deriveKey'] },
  X25519: { public: [], private: ['deriveBits', 'deriveKey'] },
  X448: { public: [], private: ['deriveBits', 'deriveKey'] },
};

function newCryptoKey(keyObject, algorithm, extractable, usages) {
  const allowed = usagesOf[algorithm.name][keyObject.type];
  const kept = usages.filter((usage) => allowed.includes(usage));
  if (kept.length !== usages.length) {
    const article = /^[AEHRX]/.test(algorithm.name) ? 'an' : 'a';
    throw fail(`Unsupported key usage for ${article} ${algorithm.name} key`, 'SyntaxError');
  }
  return new CryptoKey(kIllegal, keyObject, algorithm, extractable, kept);
}

/** A secret key's algorithm dictionary, with the length its bytes give. */
function secretAlgorithm(algorithm, bytes) {
  const bits = bytes.length * 8;
  switch (algorithm.name) {
    case 'HMAC':
      if (bits === 0 || algorithm.length === 0) throw fail('Zero-length key is not supported', 'DataError');
      if (algorithm.length !== undefined && algorithm.length !== bits) throw fail('Invalid key length', 'DataError');
      return { name: 'HMAC', hash: { name: algorithm.hash.name }, length: bits };
    case 'AES-GCM':
    case 'AES-CBC':
    case 'AES-CTR':
    case 'AES-KW':
      if (![128, 192, 256].includes(bits)) throw fail('Invalid key length', 'DataError');
      return { name: algorithm.name, length: bits };
    default:
      return { name: algorithm.name };
  }
}

function asymmetricAlgorithm(algorithm, keyObject) {
  const details = keyObject.asymmetricKeyDetails;
  switch (algorithm.name) {
    case 'ECDSA':
    case 'ECDH': {
      if (keyObject.asymmetricKeyType !== 'ec') throw fail('Invalid key type', 'DataError');
      const curve = Object.keys(curveNames).find((name) => curveNames[name] === details.namedCurve);
      if (curve === undefined || (algorithm.namedCurve && algorithm.namedCurve !== curve)) {
        throw fail('Named curve mismatch', 'DataError');
      }
      return { name: algorithm.name, namedCurve: curve };
    }
    case 'RSASSA-PKCS1-v1_5':
    case 'RSA-PSS':
    case 'RSA-OAEP': {
      if (keyObject.asymmetricKeyType !== 'rsa') throw fail('Invalid key type', 'DataError');
      const exponent = BigInt(details.publicExponent);
      const publicExponent = new Uint8Array(Buffer.from(exponent.toString(16).padStart(6, '0'), 'hex'));
      return { name: algorithm.name, modulusLength: details.modulusLength, publicExponent, hash: { name: algorithm.hash.name } };
    }
    default:
      if (keyObject.asymmetricKeyType !== algorithm.name.toLowerCase()) throw fail('Invalid key type', 'DataError');
      return { name: algorithm.name };
  }
}

const jwkAlg = {
  HMAC: (a) => `HS${a.hash.name.slice(4)}`,
  'AES-GCM': (a) => `A${a.length}GCM`,
  'AES-CBC': (a) => `A${a.length}CBC`,
  'AES-CTR': (a) => `A${a.length}CTR`,
  'AES-KW': (a) => `A${a.length}KW`,
  'RSASSA-PKCS1-v1_5': (a) => `RS${a.hash.name.slice(4)}`,
  'RSA-PSS': (a) => `PS${a.hash.name.slice(4)}`,
  'RSA-OAEP': (a) => (a.hash.name === 'SHA-1' ? 'RSA-OAEP' : `RSA-OAEP-${a.hash.name.slice(4)}`),
  Ed25519: () => 'Ed25519',
  Ed448: () => 'Ed448',
};

function importKeyNow(format, keyData, algorithm, extractable, usages) {
  if (format !== 'jwk') keyData = bufferSource(keyData, 'keyData');
  algorithm = normalize(algorithm, 'importKey');
  if (!Array.isArray(usages)) throw new TypeError("Failed to execute 'importKey' on 'SubtleCrypto': usages is not a sequence.");
  const isSecret = usagesOf[algorithm.name]?.secret !== undefined;
  if (usagesOf[algorithm.name] === undefined) throw notSupported();
  if ((algorithm.name === 'PBKDF2' || algorithm.name === 'HKDF') && extractable) {
    throw fail(`${algorithm.name} keys are not extractable`, 'SyntaxError');
  }
  if (format === 'jwk') checkJwk(keyData, algorithm, usages, extractable);
  if (isSecret) {
    let bytes;
    if (format === 'raw') bytes = bufferSource(keyData, 'keyData');
    else if (format === 'jwk' && algorithm.name !== 'PBKDF2' && algorithm.name !== 'HKDF') {
      if (typeof keyData.k !== 'string') throw fail('Invalid keyData', 'DataError');
      bytes = Buffer.from(keyData.k, 'base64url');
    } else throw fail(`Unable to import ${algorithm.name} key with format ${format}`, 'NotSupportedError');
    if (usages.length === 0) throw fail('Usages cannot be empty when importing a secret key.', 'SyntaxError');
    const keyObject = createSecretKey(bytes);
    return newCryptoKey(keyObject, secretAlgorithm(algorithm, bytes), extractable, usages);
  }
  let keyObject;
  try {
    if (format === 'spki') keyObject = createPublicKey({ key: bufferSource(keyData, 'keyData'), format: 'der', type: 'spki' });
    else if (format === 'pkcs8') keyObject = createPrivateKey({ key: bufferSource(keyData, 'keyData'), format: 'der', type: 'pkcs8' });
    else if (format === 'jwk') {
      keyObject =
        keyData?.d === undefined ? createPublicKey({ key: keyData, format: 'jwk' }) : createPrivateKey({ key: keyData, format: 'jwk' });
    } else if (format === 'raw') keyObject = rawPublicKey(algorithm, bufferSource(keyData, 'keyData'));
    else throw fail(`Unable to import ${algorithm.name} key with format ${format}`, 'NotSupportedError');
  } catch (err) {
    if (err instanceof DOMException) throw err;
    throw fail('Invalid keyData', 'DataError');
  }
  if (keyObject.type === 'private' && usages.length === 0) {
    throw fail('Usages cannot be empty when importing a private key.', 'SyntaxError');
  }
  return newCryptoKey(keyObject, asymmetricAlgorithm(algorithm, keyObject), extractable, usages);
}

/** An EC point (uncompressed) or an Ed25519/X25519 key's 32 bytes, as a public key. */
/** What a JWK says of itself that must agree with the import: kty, crv, use, key_ops, ext and alg. */
function checkJwk(jwk, algorithm, usages, extractable) {
  const { name } = algorithm;
  if (typeof jwk !== 'object' || jwk === null || !jwk.kty) throw fail('Invalid keyData', 'DataError');
  const okp = ['Ed25519', 'Ed448', 'X25519', 'X448'].includes(name);
  const kty = name.startsWith('RSA') ? 'RSA' : name.startsWith('EC') ? 'EC' : okp ? 'OKP' : 'oct';
  if (jwk.kty !== kty) throw fail('Invalid JWK "kty" Parameter', 'DataError');
  if (kty === 'EC' && jwk.crv !== algorithm.namedCurve) throw fail('JWK "crv" does not match the requested algorithm', 'DataError');
  if (okp && jwk.crv !== name) throw fail('JWK "crv" Parameter and algorithm name mismatch', 'DataError');
  if (jwk.use !== undefined) {
    const use = ['RSA-OAEP', 'ECDH', 'X25519', 'X448'].includes(name) || name.startsWith('AES-') ? 'enc' : 'sig';
    if (jwk.use !== use) throw fail('Invalid JWK "use" Parameter', 'DataError');
  }
  if (jwk.key_ops !== undefined) {
    if (!Array.isArray(jwk.key_ops)) throw new ERR_INVALID_ARG_TYPE('keyData.key_ops', 'Array', jwk.key_ops);
    if (new Set(jwk.key_ops).size !== jwk.key_ops.length) throw fail('Duplicate key operation', 'DataError');
    if (usages.some((usage) => !jwk.key_ops.includes(usage))) throw fail('Key operations and usage mismatch', 'DataError');
  }
  if (jwk.ext === false && extractable === true) throw fail('JWK "ext" Parameter and extractable mismatch', 'DataError');
  if (jwk.alg === undefined || name === 'PBKDF2' || name === 'HKDF' || name === 'ECDH' || name.startsWith('X')) return;
  if (kty === 'RSA') {
    // Node reads an RSA key's alg for its hash whichever RSA scheme it names.
    const bits = /^(?:RS|PS|RSA-OAEP-?)(1|256|384|512)?$/.exec(jwk.alg)?.[1] ?? (jwk.alg === 'RSA-OAEP' ? '1' : undefined);
    if (bits === undefined || `SHA-${bits}` !== algorithm.hash.name)
      throw fail('JWK "alg" does not match the requested algorithm', 'DataError');
    return;
  }
  // Node 20 writes Ed25519's alg as its name and reads that or EdDSA.
  const accepted =
    name === 'ECDSA'
      ? [{ 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' }[algorithm.namedCurve]]
      : okp
        ? ['EdDSA', name]
        : [jwkAlg[name]({ ...algorithm, length: name.startsWith('AES-') ? Buffer.byteLength(jwk.k ?? '', 'base64url') * 8 : undefined })];
  if (!accepted.includes(jwk.alg)) {
    throw fail(`JWK "alg" does not match the requested ${name === 'HMAC' ? 'HMAC ' : ''}algorithm`, 'DataError');
  }
}

function rawPublicKey(algorithm, bytes) {
  if (['Ed25519', 'Ed448', 'X25519', 'X448'].includes(algorithm.name)) {
    return createPublicKey({ key: { kty: 'OKP', crv: algorithm.name, x: bytes.toString('base64url') }, format: 'jwk' });
  }
  // A SEC1 point, compressed or not.
  const point = binding.ecPoint(curveNames[algorithm.namedCurve], new Uint8Array(bytes), false);
  if (point === undefined) throw fail('Invalid keyData', 'DataError');
  return createPublicKey({ key: Buffer.from(point[1]), format: 'der', type: 'spki' });
}

function exportKeyNow(format, key) {
  if (!(key instanceof CryptoKey))
    throw new TypeError("Failed to execute 'exportKey' on 'SubtleCrypto': parameter 2 is not of type 'CryptoKey'.");
  // Node's name for this one is InvalidAccessException.
  if (!key.extractable) throw fail('key is not extractable', 'InvalidAccessException');
  const keyObject = key[kKeyObject];
  if (format === 'jwk') {
    const jwk = keyObject.export({ format: 'jwk' });
    const alg = jwkAlg[key.algorithm.name]?.(key.algorithm);
    return alg === undefined
      ? { key_ops: key.usages, ext: key.extractable, ...jwk }
      : { key_ops: key.usages, ext: key.extractable, ...jwk, alg };
  }
  if (format === 'raw' && key.type === 'secret') return toArrayBuffer(keyObject.export());
  if (format === 'raw' && key.type === 'public') {
    const { x, y } = keyObject.export({ format: 'jwk' });
    const point =
      y === undefined ? [Buffer.from(x, 'base64url')] : [Buffer.from([4]), Buffer.from(x, 'base64url'), Buffer.from(y, 'base64url')];
    return toArrayBuffer(Buffer.concat(point));
  }
  if (format === 'spki' && key.type === 'public') return toArrayBuffer(keyObject.export({ format: 'der', type: 'spki' }));
  if (format === 'pkcs8' && key.type === 'private') return toArrayBuffer(keyObject.export({ format: 'der', type: 'pkcs8' }));
  throw fail(`Unable to export a raw ${key.algorithm.name} ${key.type} key`, 'InvalidAccessError');
}

function hmac(key, data) {
  const crypto = require('crypto');
  return crypto.createHmac(digestName(key.algorithm.hash), secretKeyBytes(key[kKeyObject])).update(data).digest();
}

function signatureOptions(algorithm, key) {
  const keyHash = key.algorithm.hash;
  switch (algorithm.name) {
    case 'ECDSA':
      return { digest: digestName(algorithm.hash), dsaEncoding: 'ieee-p1363' };
    case 'RSA-PSS':
      return { digest: digestName(keyHash), padding: 6, saltLength: algorithm.saltLength ?? 0 };
    case 'RSASSA-PKCS1-v1_5':
      return { digest: digestName(keyHash), padding: 1 };
    default:
      return {};
  }
}

/** Ed448's context: only the empty one, as in Node. */
function checkContext(algorithm) {
  if (algorithm.context?.byteLength) throw fail('Non zero-length context is not yet supported.', 'NotSupportedError');
}

function signNow(algorithm, key, data) {
  algorithm = normalize(algorithm, 'sign');
  checkContext(algorithm);
  checkKey(key, algorithm, 'sign');
  const bytes = bufferSource(data, 'data');
  if (algorithm.name === 'HMAC') return toArrayBuffer(hmac(key, bytes));
  const signature = binding.sign(key[kKeyObject][kKeyData].der, bytes, signatureOptions(algorithm, key));
  if (typeof signature === 'string') throw operationFailed();
  return signature;
}

function verifyNow(algorithm, key, signature, data) {
  algorithm = normalize(algorithm, 'verify');
  checkContext(algorithm);
  checkKey(key, algorithm, 'verify');
  const bytes = bufferSource(data, 'data');
  const signatureBytes = bufferSource(signature, 'signature');
  if (algorithm.name === 'HMAC') {
    const expected = hmac(key, bytes);
    return expected.length === signatureBytes.length && require('crypto').timingSafeEqual(expected, signatureBytes);
  }
  const valid = binding.verify(key[kKeyObject][kKeyData].der, bytes, signatureBytes, signatureOptions(algorithm, key));
  if (typeof valid === 'string') throw operationFailed();
  return valid;
}

/** AES in the mode the algorithm names; the tag follows a GCM ciphertext, as the spec has it. */
function aes(algorithm, key, data, decrypt) {
  const crypto = require('crypto');
  const keyBytes = secretKeyBytes(key[kKeyObject]);
  const mode = algorithm.name.slice(4).toLowerCase();
  const cipherName = `aes-${keyBytes.length * 8}-${mode}`;
  let iv;
  if (algorithm.name === 'AES-CTR') {
    iv = bufferSource(algorithm.counter, 'algorithm.counter');
    if (iv.length !== 16) throw fail('algorithm.counter must contain exactly 16 bytes', 'OperationError');
    if (!(algorithm.length > 0 && algorithm.length <= 128))
      throw fail('AES-CTR algorithm.length must be between 1 and 128', 'OperationError');
  } else {
    iv = bufferSource(algorithm.iv, 'algorithm.iv');
    if (algorithm.name === 'AES-CBC' && iv.length !== 16) throw fail('algorithm.iv must contain exactly 16 bytes', 'OperationError');
  }
  if (algorithm.name !== 'AES-GCM') {
    const cipher = decrypt ? crypto.createDecipheriv(cipherName, keyBytes, iv) : crypto.createCipheriv(cipherName, keyBytes, iv);
    try {
      return toArrayBuffer(Buffer.concat([cipher.update(data), cipher.final()]));
    } catch {
      throw operationFailed();
    }
  }
  const tagBits = algorithm.tagLength ?? 128;
  const tagLength = tagBits / 8;
  if (![4, 8, 12, 13, 14, 15, 16].includes(tagLength)) throw fail(`${tagBits} is not a valid AES-GCM tag length`, 'OperationError');
  const options = { authTagLength: tagLength };
  const aad = algorithm.additionalData === undefined ? undefined : bufferSource(algorithm.additionalData, 'algorithm.additionalData');
  if (decrypt) {
    if (data.length < tagLength) throw fail('The provided data is too small.', 'OperationError');
    const decipher = crypto.createDecipheriv(cipherName, keyBytes, iv, options);
    if (aad) decipher.setAAD(aad);
    decipher.setAuthTag(data.subarray(data.length - tagLength));
    try {
      return toArrayBuffer(Buffer.concat([decipher.update(data.subarray(0, data.length - tagLength)), decipher.final()]));
    } catch {
      throw operationFailed();
    }
  }
  const cipher = crypto.createCipheriv(cipherName, keyBytes, iv, options);
  if (aad) cipher.setAAD(aad);
  const out = Buffer.concat([cipher.update(data), cipher.final()]);
  return toArrayBuffer(Buffer.concat([out, cipher.getAuthTag()]));
}

/** RSA-OAEP with the key's digest (for OAEP and MGF1) and the algorithm's label. */
function rsaOaep(algorithm, key, data, decrypt) {
  const crypto = require('crypto');
  const options = { key: key[kKeyObject], oaepHash: digestName(key.algorithm.hash) };
  if (algorithm.label !== undefined) options.oaepLabel = bufferSource(algorithm.label, 'algorithm.label');
  try {
    return toArrayBuffer(decrypt ? crypto.privateDecrypt(options, data) : crypto.publicEncrypt(options, data));
  } catch {
    throw operationFailed();
  }
}

function cipherNow(algorithm, key, data, decrypt) {
  const operation = decrypt ? 'decrypt' : 'encrypt';
  return cipherWith(normalize(algorithm, operation), key, bufferSource(data, 'data'), decrypt, operation);
}

/** Encrypts or decrypts with a normalized algorithm and a key allowed `usage`. */
function cipherWith(algorithm, key, data, decrypt, usage) {
  checkKey(key, algorithm, usage);
  if (algorithm.name === 'RSA-OAEP') return rsaOaep(algorithm, key, data, decrypt);
  if (algorithm.name === 'AES-KW') return aesKeyWrap(key, data, decrypt);
  return aes(algorithm, key, data, decrypt);
}

/** AES key wrap (RFC 3394) with its default IV. */
function aesKeyWrap(key, data, decrypt) {
  const crypto = require('crypto');
  const keyBytes = secretKeyBytes(key[kKeyObject]);
  const name = `id-aes${keyBytes.length * 8}-wrap`;
  const iv = Buffer.from('A6A6A6A6A6A6A6A6', 'hex');
  const cipher = decrypt ? crypto.createDecipheriv(name, keyBytes, iv) : crypto.createCipheriv(name, keyBytes, iv);
  try {
    return toArrayBuffer(Buffer.concat([cipher.update(data), cipher.final()]));
  } catch {
    throw operationFailed();
  }
}

function deriveBitsNow(algorithm, baseKey, length) {
  algorithm = normalize(algorithm, 'deriveBits');
  checkKey(baseKey, algorithm, 'deriveBits');
  const crypto = require('crypto');
  switch (algorithm.name) {
    case 'PBKDF2': {
      if (length === null || length % 8 !== 0) throw operationFailed();
      if (algorithm.iterations === 0) throw operationFailed();
      const salt = bufferSource(algorithm.salt, 'algorithm.salt');
      const key = secretKeyBytes(baseKey[kKeyObject]);
      return toArrayBuffer(crypto.pbkdf2Sync(key, salt, algorithm.iterations, length / 8, digestName(algorithm.hash)));
    }
    case 'HKDF': {
      if (length === null || length % 8 !== 0) throw operationFailed();
      const salt = bufferSource(algorithm.salt, 'algorithm.salt');
      const info = bufferSource(algorithm.info, 'algorithm.info');
      try {
        return crypto.hkdfSync(digestName(algorithm.hash), baseKey[kKeyObject], salt, info, length / 8);
      } catch {
        throw operationFailed();
      }
    }
    case 'ECDH':
    case 'X25519':
    case 'X448': {
      const peer = algorithm.public;
      if (!['ECDH', 'X25519', 'X448'].includes(peer.algorithm.name)) {
        throw fail('Keys must be ECDH, X25519, or X448 keys', 'InvalidAccessError');
      }
      if (peer.algorithm.name !== baseKey.algorithm.name) {
        throw fail('The public and private keys must be of the same type', 'InvalidAccessError');
      }
      if (peer.algorithm.namedCurve !== baseKey.algorithm.namedCurve) throw fail('Named curve mismatch', 'InvalidAccessError');
      if (baseKey.type !== 'private' || peer.type !== 'public') {
        throw fail('The public key is not valid for the base key', 'InvalidAccessError');
      }
      const secret = crypto.diffieHellman({ privateKey: baseKey[kKeyObject], publicKey: peer[kKeyObject] });
      if (length === null || length === undefined) return toArrayBuffer(secret);
      if (length > secret.length * 8) throw operationFailed();
      return toArrayBuffer(secret.subarray(0, Math.ceil(length / 8)));
    }
    default:
      throw notSupported();
  }
}

/** The bits deriveKey needs for the key it makes. */
/** The bits deriveKey needs for the key it makes; null (all there are) for a key to derive from. */
function derivedLength(algorithm) {
  if (algorithm.name === 'HMAC') return algorithm.length ?? hmacLength[digestName(algorithm.hash)];
  if (algorithm.name.startsWith('AES-')) {
    if (![128, 192, 256].includes(algorithm.length)) throw fail('Invalid key length', 'OperationError');
    return algorithm.length;
  }
  return null;
}

function generateKeyNow(algorithm, extractable, usages) {
  algorithm = normalize(algorithm, 'generateKey');
  if (usagesOf[algorithm.name] === undefined) throw notSupported();
  const crypto = require('crypto');
  switch (algorithm.name) {
    case 'HMAC':
    case 'AES-GCM':
    case 'AES-CBC':
    case 'AES-CTR':
    case 'AES-KW': {
      const bits = derivedLength(algorithm);
      if (usages.length === 0) throw fail('Usages cannot be empty when creating a key.', 'SyntaxError');
      const key = importKeyNow('raw', crypto.randomBytes(bits / 8), algorithm, extractable, usages);
      // A generated HMAC key's dictionary lists its length before its hash.
      if (algorithm.name === 'HMAC') key.algorithm = { name: 'HMAC', length: bits, hash: key.algorithm.hash };
      return key;
    }
    case 'PBKDF2':
    case 'HKDF':
      throw notSupported();
    default: {
      let pair;
      if (algorithm.name === 'ECDSA' || algorithm.name === 'ECDH') {
        if (curveNames[algorithm.namedCurve] === undefined) throw notSupported();
        pair = generateKeyPairSync('ec', { namedCurve: algorithm.namedCurve });
      } else if (algorithm.name.startsWith('RSA')) {
        const exponent = Number(
          `0x${Buffer.from(bufferSource(algorithm.publicExponent, 'algorithm.publicExponent')).toString('hex') || '0'}`,
        );
        pair = generateKeyPairSync('rsa', { modulusLength: algorithm.modulusLength, publicExponent: exponent });
      } else {
        pair = generateKeyPairSync(algorithm.name.toLowerCase());
      }
      const { public: publicUsages, private: privateUsages } = usagesOf[algorithm.name];
      const privateKey = newCryptoKey(
        pair.privateKey,
        asymmetricAlgorithm(algorithm, pair.privateKey),
        extractable,
        usages.filter((usage) => privateUsages.includes(usage)),
      );
      if (privateKey.usages.length === 0) throw fail('Usages cannot be empty when creating a key.', 'SyntaxError');
      const publicKey = newCryptoKey(
        pair.publicKey,
        asymmetricAlgorithm(algorithm, pair.publicKey),
        true,
        usages.filter((usage) => publicUsages.includes(usage)),
      );
      return { __proto__: null, publicKey, privateKey };
    }
  }
}

/** Runs `operation` as a promise, its throw a rejection, as SubtleCrypto's methods do (on `subtle` only). */
function run(self, operation) {
  return new Promise((resolve) => {
    if (self !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
    resolve(operation());
  });
}

const keyFormats = ['raw', 'pkcs8', 'spki', 'jwk'];

/** WebIDL's KeyFormat enumeration. */
function keyFormat(format, method) {
  if (!keyFormats.includes(format)) {
    throw nativeError(
      'ERR_INVALID_ARG_VALUE',
      `Failed to execute '${method}' on 'SubtleCrypto': 1st argument value '${format}' is not a valid enum value of type KeyFormat.`,
      TypeError,
    );
  }
  return format;
}

/** A wrapping algorithm: one of wrapKey's own (AES-KW), else one of encrypt's. */
function wrapAlgorithmOf(algorithm, operation) {
  try {
    return normalize(algorithm, operation);
  } catch (err) {
    if (!(err instanceof DOMException)) throw err;
    return normalize(algorithm, operation === 'wrapKey' ? 'encrypt' : 'decrypt');
  }
}

class SubtleCrypto {
  constructor(token) {
    if (token !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  encrypt(algorithm, key, data) {
    return run(this, () => cipherNow(algorithm, key, data, false));
  }

  decrypt(algorithm, key, data) {
    return run(this, () => cipherNow(algorithm, key, data, true));
  }

  sign(algorithm, key, data) {
    return run(this, () => signNow(algorithm, key, data));
  }

  verify(algorithm, key, signature, data) {
    return run(this, () => verifyNow(algorithm, key, signature, data));
  }

  digest(algorithm, data) {
    return run(this, () => {
      const name = digestName(normalize(algorithm, 'digest'));
      return toArrayBuffer(require('crypto').createHash(name).update(bufferSource(data, 'data')).digest());
    });
  }

  generateKey(algorithm, extractable, keyUsages) {
    return run(this, () => generateKeyNow(algorithm, extractable, keyUsages));
  }

  deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    return run(this, () => {
      const base = normalize(algorithm, 'deriveBits');
      checkKey(baseKey, base, 'deriveKey');
      const target = normalize(derivedKeyAlgorithm, 'get key length');
      const bits = deriveBitsNow(base, withUsage(baseKey, 'deriveBits'), derivedLength(target));
      return importKeyNow('raw', bits, target, extractable, keyUsages);
    });
  }

  deriveBits(algorithm, baseKey, length) {
    return run(this, () => deriveBitsNow(algorithm, baseKey, length));
  }

  importKey(format, keyData, algorithm, extractable, keyUsages) {
    return run(this, () => importKeyNow(keyFormat(format, 'importKey'), keyData, algorithm, extractable, keyUsages));
  }

  exportKey(format, key) {
    return run(this, () => exportKeyNow(keyFormat(format, 'exportKey'), key));
  }

  /** exportKey, then encrypt with the wrapping key (JSON text for a JWK). */
  wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    return run(this, () => {
      format = keyFormat(format, 'wrapKey');
      const algorithm = wrapAlgorithmOf(wrapAlgorithm, 'wrapKey');
      let keyData = exportKeyNow(format, key);
      if (format === 'jwk') {
        // AES-KW wraps whole 8-byte blocks: the JSON is padded with spaces to one (the spec's note).
        const json = JSON.stringify(keyData);
        const padding = algorithm.name === 'AES-KW' && json.length % 8 !== 0 ? 8 - (json.length % 8) : 0;
        keyData = Buffer.from(json + ' '.repeat(padding));
      }
      return cipherWith(algorithm, wrappingKey, bufferSource(keyData, 'keyData'), false, 'wrapKey');
    });
  }

  /** decrypt with the unwrapping key, then importKey. */
  unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsages) {
    return run(this, () => {
      format = keyFormat(format, 'unwrapKey');
      const algorithm = wrapAlgorithmOf(unwrapAlgorithm, 'unwrapKey');
      let keyData = cipherWith(algorithm, unwrappingKey, bufferSource(wrappedKey, 'wrappedKey'), true, 'unwrapKey');
      if (format === 'jwk') {
        try {
          keyData = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(keyData));
        } catch {
          throw fail('Invalid imported JWK key', 'DataError');
        }
      }
      return importKeyNow(format, keyData, unwrappedKeyAlgorithm, extractable, keyUsages);
    });
  }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { configurable: true, value: 'SubtleCrypto' });

/** The same key allowed to derive bits, for deriveKey (which checks `deriveKey` itself). */
function withUsage(key, usage) {
  return new CryptoKey(kIllegal, key[kKeyObject], key.algorithm, key.extractable, [...key.usages, usage]);
}

const subtle = new SubtleCrypto(kIllegal);

/** The `crypto` global: randomness from node:crypto and `subtle`. */
class Crypto {
  // The brand Node checks: an object made from Crypto.prototype without the constructor has none.
  #brand;

  constructor(token) {
    if (token !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  static #check(self) {
    if (typeof self !== 'object' || self === null || !(#brand in self)) throw new ERR_INVALID_THIS('Crypto');
  }

  get subtle() {
    Crypto.#check(this);
    return subtle;
  }

  getRandomValues(array) {
    Crypto.#check(this);
    return require('crypto').getRandomValues(array);
  }

  randomUUID() {
    Crypto.#check(this);
    return require('crypto').randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, 'subtle', { enumerable: true });
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { configurable: true, value: 'Crypto' });

const webcrypto = new Crypto(kIllegal);

module.exports = { Crypto, CryptoKey, SubtleCrypto, subtle, webcrypto, cryptoKeyObject, cryptoKeyFromClone };
