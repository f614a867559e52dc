'use strict';
// KeyObject and its kinds. A secret key holds its bytes.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { toBytes } = require('internal/crypto/util');

const kKeyBytes = Symbol('kKeyBytes');
const kKeyType = Symbol('kKeyType');
/** Proof that a KeyObject was made here: Node's constructor only takes its own handles. */
class KeyMaterial {
  constructor(bytes) {
    this.bytes = bytes;
  }
}

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') throw new ERR_INVALID_ARG_VALUE('type', type);
    if (!(handle instanceof KeyMaterial)) throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    this[kKeyType] = type;
    this[kKeyBytes] = handle.bytes;
  }

  get type() {
    return this[kKeyType];
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    return otherKeyObject.type === this.type && Buffer.compare(otherKeyObject[kKeyBytes], this[kKeyBytes]) === 0;
  }
}

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kKeyBytes].length;
  }

  export(options) {
    if (options?.format === 'jwk') return { kty: 'oct', k: this[kKeyBytes].toString('base64url') };
    return Buffer.from(this[kKeyBytes]);
  }
}

function createSecretKey(key, encoding) {
  if (typeof key !== 'string' && !ArrayBuffer.isView(key) && !(key instanceof ArrayBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  return new SecretKeyObject(new KeyMaterial(Buffer.from(toBytes(key, encoding, 'key'))));
}

/** The bytes of a secret KeyObject, undefined for anything else. */
function secretKeyBytes(key) {
  return key instanceof KeyObject && key.type === 'secret' ? key[kKeyBytes] : undefined;
}

module.exports = { KeyObject, SecretKeyObject, KeyMaterial, createSecretKey, secretKeyBytes };
