'use strict';
// X509Certificate: a certificate read by the guest (guest/src/natives/crypto/x509.rs),
// its fields in OpenSSL's formats, host/IP/email checks as OpenSSL's X509_check_*
// make them, and its signature checked with node:crypto's verify.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
const { toBytes, opensslError, namedCurves } = require('internal/crypto/util');
const { KeyObject, createPublicKey } = require('internal/crypto/keys');

const kFields = Symbol('kFields');
const kCache = Symbol('kCache');

function fingerprint(algorithm, raw) {
  return require('crypto').createHash(algorithm).update(raw).digest('hex').toUpperCase().match(/../g).join(':');
}

/** The names of one kind (`DNS`, `IP Address`, `email`) among the subject's alternative names. */
function altNames(fields, kind) {
  return (fields.subjectAltName ?? '')
    .split(', ')
    .filter((entry) => entry.startsWith(`${kind}:`))
    .map((entry) => entry.slice(kind.length + 1));
}

function subjectAttribute(fields, attribute) {
  return fields.subject
    .split('\n')
    .filter((line) => line.startsWith(`${attribute}=`))
    .map((line) => line.slice(attribute.length + 1));
}

/** A certificate's host name against one asked: case-insensitive, `*` for one whole leftmost label. */
function hostMatches(pattern, host, wildcards) {
  const want = host.toLowerCase();
  const have = pattern.toLowerCase();
  if (have === want) return true;
  if (!wildcards || !have.startsWith('*.')) return false;
  const dot = want.indexOf('.');
  return dot > 0 && want.slice(dot) === have.slice(1);
}

function checkOptions(options = {}) {
  validateObject(options, 'options');
  const { subject = 'default', wildcards = true } = options;
  if (!['default', 'always', 'never'].includes(subject)) throw new ERR_INVALID_ARG_VALUE('options.subject', subject);
  return { subject, wildcards };
}

/** What OpenSSL prints for an IP address in a certificate: IPv6 groups unabbreviated, upper case. */
function printedIp(ip) {
  const { isIPv4, isIPv6 } = require('net');
  if (isIPv4(ip)) return ip;
  if (!isIPv6(ip)) return undefined;
  let [head, tail = ''] = ip.split('::');
  if (!ip.includes('::')) tail = undefined;
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.map((group) => Number.parseInt(group, 16).toString(16).toUpperCase()).join(':');
}

/** An address's local part compares exactly, its domain in any case (OpenSSL's rule). */
function sameEmail(a, b) {
  const [localA, domainA = ''] = [a.slice(0, a.lastIndexOf('@')), a.slice(a.lastIndexOf('@') + 1)];
  const [localB, domainB = ''] = [b.slice(0, b.lastIndexOf('@')), b.slice(b.lastIndexOf('@') + 1)];
  return localA === localB && domainA.toLowerCase() === domainB.toLowerCase();
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer !== 'string' && !ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const fields = binding.x509Parse(toBytes(buffer, 'utf8', 'buffer'));
    if (typeof fields === 'string') throw opensslError('0480006C', 'PEM routines', 'no start line');
    this[kFields] = fields;
    this[kCache] = {};
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const shown = {};
    for (const name of ['subject', 'subjectAltName', 'issuer', 'infoAccess', 'validFrom', 'validTo']) shown[name] = this[name];
    for (const name of ['fingerprint', 'fingerprint256', 'fingerprint512', 'keyUsage', 'serialNumber']) shown[name] = this[name];
    return `X509Certificate ${inspect(shown, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }

  get subject() {
    return this[kFields].subject;
  }

  get subjectAltName() {
    return this[kFields].subjectAltName;
  }

  get issuer() {
    return this[kFields].issuer;
  }

  get issuerCertificate() {
    return undefined;
  }

  get infoAccess() {
    return this[kFields].infoAccess;
  }

  get validFrom() {
    return this[kFields].validFrom;
  }

  get validTo() {
    return this[kFields].validTo;
  }

  get fingerprint() {
    this[kCache].fingerprint ??= fingerprint('sha1', this.raw);
    return this[kCache].fingerprint;
  }

  get fingerprint256() {
    this[kCache].fingerprint256 ??= fingerprint('sha256', this.raw);
    return this[kCache].fingerprint256;
  }

  get fingerprint512() {
    this[kCache].fingerprint512 ??= fingerprint('sha512', this.raw);
    return this[kCache].fingerprint512;
  }

  get keyUsage() {
    return this[kFields].keyUsage;
  }

  get serialNumber() {
    return this[kFields].serialNumber;
  }

  get raw() {
    return Buffer.from(this[kFields].raw);
  }

  get publicKey() {
    this[kCache].publicKey ??= createPublicKey({ key: Buffer.from(this[kFields].spki), format: 'der', type: 'spki' });
    return this[kCache].publicKey;
  }

  toString() {
    const base64 = this.raw
      .toString('base64')
      .match(/.{1,64}/g)
      .join('\n');
    return `-----BEGIN CERTIFICATE-----\n${base64}\n-----END CERTIFICATE-----\n`;
  }

  toJSON() {
    return this.toString();
  }

  get ca() {
    return this[kFields].ca;
  }

  checkHost(name, options) {
    validateString(name, 'name');
    const { subject, wildcards } = checkOptions(options);
    const dnsNames = altNames(this[kFields], 'DNS');
    const candidates = [...dnsNames];
    if (subject === 'always' || (subject === 'default' && dnsNames.length === 0)) candidates.push(...subjectAttribute(this[kFields], 'CN'));
    return candidates.find((pattern) => hostMatches(pattern, name, wildcards !== false));
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    const { subject } = checkOptions(options);
    const emails = altNames(this[kFields], 'email');
    const candidates = [...emails];
    if (subject === 'always' || (subject === 'default' && emails.length === 0)) {
      candidates.push(...subjectAttribute(this[kFields], 'emailAddress'));
    }
    return candidates.find((candidate) => sameEmail(candidate, email));
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    const printed = printedIp(ip);
    if (printed === undefined) {
      const err = new TypeError('Invalid IP');
      err.code = 'ERR_INVALID_ARG_VALUE';
      throw err;
    }
    return altNames(this[kFields], 'IP Address').some((address) => address === printed) ? ip : undefined;
  }

  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    return this.issuer === otherCert.subject;
  }

  checkPrivateKey(pkey) {
    if (!(pkey instanceof KeyObject)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return createPublicKey(pkey).equals(this.publicKey);
  }

  verify(pkey) {
    if (!(pkey instanceof KeyObject)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    const { signatureDigest, tbs, signature } = this[kFields];
    if (signatureDigest === undefined) return false;
    try {
      return require('crypto').verify(signatureDigest || null, Buffer.from(tbs), pkey, Buffer.from(signature));
    } catch {
      return false;
    }
  }

  /** The certificate as `tls` describes a peer's: names as objects, the key's numbers. */
  toLegacyObject() {
    const fields = this[kFields];
    const legacy = { subject: nameObject(namePairs(fields.subject)), issuer: nameObject(namePairs(fields.issuer)) };
    if (fields.subjectAltName !== undefined) legacy.subjectaltname = fields.subjectAltName;
    if (fields.infoAccess !== undefined) {
      legacy.infoAccess = { __proto__: null };
      for (const line of fields.infoAccess.split('\n')) {
        const at = line.indexOf(':');
        const method = line.slice(0, at);
        legacy.infoAccess[method] = [...(legacy.infoAccess[method] ?? []), line.slice(at + 1)];
      }
    }
    legacy.ca = fields.ca;
    const key = this.publicKey;
    const jwk = key.export({ format: 'jwk' });
    if (key.asymmetricKeyType === 'rsa') {
      legacy.modulus = Buffer.from(jwk.n, 'base64url').toString('hex').toUpperCase();
      legacy.bits = key.asymmetricKeyDetails.modulusLength;
      legacy.exponent = `0x${key.asymmetricKeyDetails.publicExponent.toString(16)}`;
      legacy.pubkey = key.export({ type: 'spki', format: 'der' });
    } else if (key.asymmetricKeyType === 'ec') {
      const curve = key.asymmetricKeyDetails.namedCurve;
      legacy.bits = namedCurves[curve].bits;
      legacy.pubkey = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
      legacy.asn1Curve = curve;
      if (namedCurves[curve].nist !== undefined) legacy.nistCurve = namedCurves[curve].nist;
    }
    Object.assign(legacy, {
      valid_from: fields.validFrom,
      valid_to: fields.validTo,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
    });
    if (fields.keyUsage !== undefined) legacy.ext_key_usage = fields.keyUsage;
    legacy.serialNumber = fields.serialNumber;
    legacy.raw = this.raw;
    return legacy;
  }
}

/** A printed name's attributes, in order, as `[name, value]` pairs. */
function namePairs(text) {
  return text.split('\n').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
}

/** Node's object for a name: one property per attribute, an array for a repeated one. */
function nameObject(pairs) {
  const object = { __proto__: null };
  for (const [key, value] of pairs) {
    if (key in object) object[key] = [].concat(object[key], value);
    else object[key] = value;
  }
  return object;
}

module.exports = { X509Certificate, nameObject, fingerprint };
