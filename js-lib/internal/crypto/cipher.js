'use strict';
// Cipheriv and Decipheriv: AES (ECB, CBC, CTR, GCM, key wrap) and ChaCha20-Poly1305 over the
// guest's RustCrypto engines (guest/src/natives/crypto/cipher.rs). Names, key and IV
// lengths are checked here, with Node's errors.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const LazyTransform = require('internal/streams/lazy_transform');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_CRYPTO_UNKNOWN_CIPHER,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_IV,
    ERR_CRYPTO_INVALID_STATE,
    ERR_CRYPTO_INVALID_AUTH_TAG,
  },
} = require('internal/errors');
const { validateString, validateObject, validateInteger } = require('internal/validators');
const { toBytes, opensslError, nativeError } = require('internal/crypto/util');
const { secretKeyBytes } = require('internal/crypto/keys');

/** OpenSSL's ciphers that are here: mode, key and IV lengths, block size, NID, OpenSSL's own name. */
const ciphers = new Map();
for (const bits of [128, 192, 256]) {
  const keyLength = bits / 8;
  const nid = { 128: 0, 192: 4, 256: 8 }[bits];
  ciphers.set(`aes-${bits}-ecb`, { mode: 'ecb', keyLength, ivLength: 0, blockSize: 16, nid: 418 + nid });
  ciphers.set(`aes-${bits}-cbc`, { mode: 'cbc', keyLength, ivLength: 16, blockSize: 16, nid: 419 + nid });
  ciphers.set(`aes-${bits}-ctr`, { mode: 'ctr', keyLength, ivLength: 16, blockSize: 1, nid: 904 + nid / 4 });
  ciphers.set(`aes-${bits}-gcm`, {
    mode: 'gcm',
    keyLength,
    ivLength: 12,
    blockSize: 1,
    nid: 895 + (nid / 4) * 3,
    name: `id-aes${bits}-gcm`,
  });
  const wrapNid = { 128: 0, 192: 1, 256: 2 }[bits];
  ciphers.set(`id-aes${bits}-wrap`, { mode: 'wrap', keyLength, ivLength: 8, blockSize: 8, nid: 788 + wrapNid });
  ciphers.set(`id-aes${bits}-wrap-pad`, { mode: 'wrap-pad', keyLength, ivLength: 4, blockSize: 8, nid: 897 + wrapNid * 3 });
  ciphers.set(`aes${bits}-wrap`, ciphers.get(`id-aes${bits}-wrap`));
  ciphers.set(`aes${bits}-wrap-pad`, ciphers.get(`id-aes${bits}-wrap-pad`));
  ciphers.set(`aes${bits}`, ciphers.get(`aes-${bits}-cbc`));
  ciphers.set(`id-aes${bits}-gcm`, ciphers.get(`aes-${bits}-gcm`));
}
ciphers.set('chacha20-poly1305', { mode: 'chacha20-poly1305', keyLength: 32, ivLength: 12, nid: 1018 });
// Triple DES, with three keys (des-ede3) or two (des-ede); `engine` is the guest's name.
for (const [name, keyLength, cbcNid, ecbNid] of [
  ['des-ede3', 24, 44, 33],
  ['des-ede', 16, 43, 32],
]) {
  ciphers.set(`${name}-cbc`, { mode: 'cbc', engine: 'des-ede-cbc', keyLength, ivLength: 8, blockSize: 8, nid: cbcNid });
  ciphers.set(name, { mode: 'ecb', engine: 'des-ede-ecb', keyLength, ivLength: 0, blockSize: 8, nid: ecbNid });
  ciphers.set(`${name}-ecb`, ciphers.get(name));
}
ciphers.set('des3', ciphers.get('des-ede3-cbc'));
ciphers.set('des3-wrap', {
  mode: 'wrap',
  engine: 'des3-wrap',
  keyLength: 24,
  ivLength: 0,
  blockSize: 8,
  nid: 246,
  name: 'id-smime-alg-cms3deswrap',
});
ciphers.set('id-smime-alg-cms3deswrap', ciphers.get('des3-wrap'));
for (const [name, info] of ciphers) info.name ??= name;

function lookupCipher(name) {
  return ciphers.get(name.toLowerCase());
}

/**
 * The names as OpenSSL lists them (its GCM aliases end in capitals, the CMS wrap's name
 * has some; it leaves the `aes*-wrap-pad` aliases out).
 */
function getCiphers() {
  return [...ciphers.keys()]
    .filter((name) => !/^aes\d+-wrap-pad$/.test(name))
    .map((name) => (/^id-.*-gcm$/.test(name) ? `${name.slice(0, -3)}GCM` : name))
    .map((name) => (name === 'id-smime-alg-cms3deswrap' ? 'id-smime-alg-CMS3DESwrap' : name))
    .sort();
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (options !== undefined) validateObject(options, 'options');
  const { keyLength, ivLength } = options ?? {};
  if (keyLength !== undefined) validateInteger(keyLength, 'options.keyLength');
  if (ivLength !== undefined) validateInteger(ivLength, 'options.ivLength');
  const info = typeof nameOrNid === 'number' ? [...ciphers.values()].find((c) => c.nid === nameOrNid) : lookupCipher(nameOrNid);
  if (info === undefined) return undefined;
  if (keyLength !== undefined && keyLength !== info.keyLength) return undefined;
  if (ivLength !== undefined && ivLength !== info.ivLength && !isAead(info)) return undefined;
  const mode = { 'chacha20-poly1305': 'stream', 'wrap-pad': 'wrap' }[info.mode] ?? info.mode;
  const result = { mode, name: info.name, nid: info.nid };
  if (info.blockSize !== undefined) result.blockSize = info.blockSize;
  if (info.ivLength !== 0) result.ivLength = ivLength ?? info.ivLength;
  result.keyLength = info.keyLength;
  return result;
}

function isAead(info) {
  return info.mode === 'gcm' || info.mode === 'chacha20-poly1305';
}

/** The tag lengths each AEAD takes: GCM's of NIST SP 800-38D, any up to 16 for ChaCha20-Poly1305. */
function validTagLength(info, length) {
  if (info.mode === 'gcm') return length === 4 || length === 8 || (length >= 12 && length <= 16);
  return length >= 1 && length <= 16;
}

const kHandle = Symbol('kHandle');

/** A cipher dropped before `final` gives its engine back when it is collected. */
const abandonedCiphers = new FinalizationRegistry((handle) => binding.cipherDrop(handle));

/** One cipher's engine and state; Node's CipherBase, shown empty as Node's is. */
class CipherBase {
  #handle;
  #info;
  #decrypt;
  #tagLength;
  #finished = false;
  #updated = false;
  #autoPadding = true;
  #tag;
  // A token of its own: QuickJS keeps a target alive that is its own unregister token.
  #unregisterToken = {};

  constructor(info, key, iv, decrypt, tagLength, requestedTagLength) {
    this.#info = info;
    this.#decrypt = decrypt;
    this.#tagLength = requestedTagLength;
    this.#handle = binding.cipherStart(info.engine ?? info.mode, key, iv, decrypt, tagLength);
    abandonedCiphers.register(this, this.#handle, this.#unregisterToken);
  }

  update(bytes) {
    if (this.#finished) throw new Error('Trying to add data in unsupported state');
    this.#updated = true;
    const out = binding.cipherUpdate(this.#handle, bytes);
    if (out === undefined) throw new Error('Trying to add data in unsupported state');
    return out;
  }

  final() {
    if (this.#finished) throw new ERR_CRYPTO_INVALID_STATE();
    this.#finished = true;
    // The handle is free for reuse after `final`: its finalizer must not drop a successor.
    abandonedCiphers.unregister(this.#unregisterToken);
    const result = binding.cipherFinal(this.#handle, this.#autoPadding, this.#tag);
    if (typeof result === 'string') {
      if (result === 'unable to authenticate') throw new Error('Unsupported state or unable to authenticate data');
      throw opensslError(result === 'bad decrypt' ? '1C800064' : '1C80006B', 'Provider routines', result);
    }
    if (result[1] !== undefined) this.#tag = Buffer.from(result[1]);
    return result[0];
  }

  setAutoPadding(autoPadding) {
    if (this.#finished) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
    this.#autoPadding = autoPadding;
  }

  setAAD(bytes) {
    if (this.#finished || this.#updated || !binding.cipherAad(this.#handle, bytes)) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  }

  getAuthTag() {
    if (!this.#finished || this.#tag === undefined || this.#decrypt) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
    return Buffer.from(this.#tag);
  }

  setAuthTag(tag) {
    if (!isAead(this.#info) || this.#finished || this.#tag !== undefined || !this.#decrypt) {
      throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
    }
    const length = tag.byteLength;
    if (!validTagLength(this.#info, length) || (this.#tagLength !== undefined && length !== this.#tagLength)) {
      throw new ERR_CRYPTO_INVALID_AUTH_TAG(length);
    }
    this.#tag = Buffer.from(tag);
  }
}

function keyBytes(key, encoding) {
  const secret = secretKeyBytes(key);
  if (secret !== undefined) return secret;
  if (typeof key === 'string' || ArrayBuffer.isView(key) || key instanceof ArrayBuffer) return toBytes(key, encoding, 'key');
  throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

function ivBytes(iv, encoding) {
  if (iv === null) return new Uint8Array(0);
  if (typeof iv === 'string' || ArrayBuffer.isView(iv) || iv instanceof ArrayBuffer) return toBytes(iv, encoding, 'iv');
  throw new ERR_INVALID_ARG_TYPE('iv', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], iv);
}

/** What Cipheriv and Decipheriv share: the checks, the engine's handle and the output. */
function initCipher(self, cipher, key, iv, options, decrypt) {
  validateString(cipher, 'cipher');
  if (options !== undefined && options !== null) validateObject(options, 'options');
  const encoding = options?.encoding;
  const keyData = keyBytes(key, encoding);
  const ivData = ivBytes(iv, encoding);
  const info = lookupCipher(cipher);
  if (info === undefined) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  if (keyData.byteLength !== info.keyLength) throw new ERR_CRYPTO_INVALID_KEYLEN();
  const ivFits = info.mode === 'gcm' ? ivData.byteLength > 0 : ivData.byteLength === info.ivLength;
  if (!ivFits) throw new ERR_CRYPTO_INVALID_IV();
  let tagLength = 16;
  const requestedTagLength = options?.authTagLength;
  if (requestedTagLength !== undefined && isAead(info)) {
    if (!Number.isInteger(requestedTagLength) || requestedTagLength < 0) {
      throw new ERR_INVALID_ARG_VALUE('options.authTagLength', requestedTagLength);
    }
    if (!validTagLength(info, requestedTagLength)) throw new ERR_CRYPTO_INVALID_AUTH_TAG(requestedTagLength);
    tagLength = requestedTagLength;
  }
  self._decoder = null;
  LazyTransform.call(self, options ?? undefined);
  self[kHandle] = new CipherBase(info, keyData, ivData, decrypt, tagLength, requestedTagLength);
}

function output(self, bytes, encoding, last) {
  const result = Buffer.from(bytes);
  if (encoding === undefined || encoding === 'buffer') return result;
  // Node's decoder keeps the first output encoding: a character split across calls in
  // two encodings could not be decoded.
  if (self._decoder === null) self._decoder = new StringDecoder(encoding);
  else if (encoding !== self._decoder.encoding && new StringDecoder(encoding).encoding !== self._decoder.encoding) {
    throw nativeError('ERR_INTERNAL_ASSERTION', 'Cannot change encoding');
  }
  return last ? self._decoder.end(result) : self._decoder.write(result);
}

function update(data, inputEncoding, outputEncoding) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return output(this, this[kHandle].update(toBytes(data, inputEncoding, 'data')), outputEncoding, false);
}

function final(outputEncoding) {
  return output(this, this[kHandle].final(), outputEncoding, true);
}

function setAutoPadding(autoPadding) {
  this[kHandle].setAutoPadding(autoPadding === undefined ? true : !!autoPadding);
  return this;
}

function setAAD(aadbuf, options) {
  if (!ArrayBuffer.isView(aadbuf)) throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], aadbuf);
  if (options !== undefined) validateObject(options, 'options');
  this[kHandle].setAAD(toBytes(aadbuf, undefined, 'buffer'));
  return this;
}

function _transform(chunk, encoding, callback) {
  this.push(this.update(chunk, encoding));
  callback();
}

function _flush(callback) {
  try {
    this.push(this.final());
  } catch (err) {
    callback(err);
    return;
  }
  callback();
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, false);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, true);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);

for (const Class of [Cipheriv, Decipheriv]) {
  Object.assign(Class.prototype, { _transform, _flush, update, final, setAutoPadding, setAAD });
}

Cipheriv.prototype.getAuthTag = function getAuthTag() {
  return this[kHandle].getAuthTag();
};

Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  this[kHandle].setAuthTag(toBytes(tagbuf, encoding, 'buffer'));
  return this;
};

/**
 * OpenSSL's EVP_BytesToKey with MD5, one round and no salt: the key and IV the legacy
 * createCipher/createDecipher derive from a password.
 */
function bytesToKey(password, keyLength, ivLength) {
  const { createHash } = require('crypto');
  const derived = [];
  let length = 0;
  let previous = Buffer.alloc(0);
  while (length < keyLength + ivLength) {
    previous = createHash('md5').update(previous).update(password).digest();
    derived.push(previous);
    length += previous.length;
  }
  const bytes = Buffer.concat(derived);
  return { key: bytes.subarray(0, keyLength), iv: bytes.subarray(keyLength, keyLength + ivLength) };
}

/** The legacy Cipher and Decipher: Cipheriv's engines, keyed from a password. */
function initLegacyCipher(self, cipher, password, options, decrypt) {
  validateString(cipher, 'cipher');
  if (typeof password !== 'string' && !ArrayBuffer.isView(password) && !(password instanceof ArrayBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('password', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], password);
  }
  const info = lookupCipher(cipher);
  if (info === undefined) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  // A password makes the same IV every time, which counter modes must never reuse.
  if (!decrypt && (info.mode === 'ctr' || info.mode === 'gcm')) process.emitWarning(`Use Cipheriv for counter mode of ${cipher}`);
  const { key, iv } = bytesToKey(toBytes(password, options?.encoding ?? 'utf8', 'password'), info.keyLength, info.ivLength);
  initCipher(self, cipher, key, iv, options, decrypt);
}

function Cipher(cipher, password, options) {
  if (!(this instanceof Cipher)) return new Cipher(cipher, password, options);
  initLegacyCipher(this, cipher, password, options, false);
}
Object.setPrototypeOf(Cipher.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipher, LazyTransform);

function Decipher(cipher, password, options) {
  if (!(this instanceof Decipher)) return new Decipher(cipher, password, options);
  initLegacyCipher(this, cipher, password, options, true);
}
Object.setPrototypeOf(Decipher.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipher, LazyTransform);

for (const Class of [Cipher, Decipher]) {
  Object.assign(Class.prototype, { _transform, _flush, update, final, setAutoPadding, setAAD });
}
Cipher.prototype.getAuthTag = Cipheriv.prototype.getAuthTag;
Decipher.prototype.setAuthTag = Decipheriv.prototype.setAuthTag;

function createCipher(cipher, password, options) {
  return new Cipher(cipher, password, options);
}

function createDecipher(cipher, password, options) {
  return new Decipher(cipher, password, options);
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

module.exports = {
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
  lookupCipher,
};
