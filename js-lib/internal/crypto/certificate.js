'use strict';
// crypto.Certificate: SPKAC (Netscape's SignedPublicKeyAndChallenge, base64 DER from
// HTML's <keygen>), read here with a small DER reader; the signature is checked with
// crypto.verify over the RSA signatures SPKACs carry.

const { Buffer } = require('buffer');
const {
  codes: { ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { toBytes } = require('internal/crypto/util');

/** sha*WithRSAEncryption and md5WithRSAEncryption (1.2.840.113549.1.1.n), by OID bytes. */
const signatureDigests = {
  '2a864886f70d010104': 'md5',
  '2a864886f70d010105': 'sha1',
  '2a864886f70d01010b': 'sha256',
  '2a864886f70d01010c': 'sha384',
  '2a864886f70d01010d': 'sha512',
  '2a864886f70d01010e': 'sha224',
};

/** The DER element at `offset`: its tag, where its content lies, and where it ends. */
function element(der, offset) {
  if (offset + 2 > der.length) throw new Error('truncated');
  const tag = der[offset];
  let length = der[offset + 1];
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || start + count > der.length) throw new Error('bad length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + der[start + i];
    start += count;
  }
  if (start + length > der.length) throw new Error('truncated');
  return { tag, start, end: start + length };
}

/** The parts of an SPKAC, or undefined when it is not one. */
function parseSpkac(spkac) {
  try {
    const der = Buffer.from(Buffer.from(spkac).toString('latin1').trim(), 'base64');
    const outer = element(der, 0);
    const signed = element(der, outer.start);
    const spki = element(der, signed.start);
    const challenge = element(der, spki.end);
    const algorithm = element(der, signed.end);
    const oid = element(der, algorithm.start);
    const signature = element(der, algorithm.end);
    if (
      [outer, signed, spki, algorithm].some((e) => e.tag !== 0x30) ||
      challenge.tag !== 0x16 ||
      oid.tag !== 0x06 ||
      signature.tag !== 0x03
    ) {
      return undefined;
    }
    return {
      // PublicKeyAndChallenge with its header: what the signature covers.
      signedData: der.subarray(outer.start, signed.end),
      spki: der.subarray(signed.start, spki.end),
      challenge: der.subarray(challenge.start, challenge.end),
      digest: signatureDigests[der.subarray(oid.start, oid.end).toString('hex')],
      // A BIT STRING's first byte counts its unused bits.
      signature: der.subarray(signature.start + 1, signature.end),
    };
  } catch {
    return undefined;
  }
}

function spkacBytes(spkac, encoding) {
  const bytes = toBytes(spkac, encoding, 'spkac');
  if (bytes.byteLength > 2 ** 31 - 1) throw new ERR_OUT_OF_RANGE('spkac', '<= 2147483647', bytes.byteLength);
  return bytes;
}

function verifySpkac(spkac, encoding) {
  const parsed = parseSpkac(spkacBytes(spkac, encoding));
  if (parsed?.digest === undefined) return false;
  const { createPublicKey, verify } = require('crypto');
  try {
    const key = createPublicKey({ key: parsed.spki, format: 'der', type: 'spki' });
    return verify(parsed.digest, parsed.signedData, key, parsed.signature);
  } catch {
    return false;
  }
}

function exportPublicKey(spkac, encoding) {
  const parsed = parseSpkac(spkacBytes(spkac, encoding));
  if (parsed === undefined) return '';
  const { createPublicKey } = require('crypto');
  try {
    return Buffer.from(createPublicKey({ key: parsed.spki, format: 'der', type: 'spki' }).export({ format: 'pem', type: 'spki' }));
  } catch {
    return '';
  }
}

function exportChallenge(spkac, encoding) {
  const parsed = parseSpkac(spkacBytes(spkac, encoding));
  return parsed === undefined ? '' : Buffer.from(parsed.challenge);
}

function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}

Object.assign(Certificate.prototype, { verifySpkac, exportPublicKey, exportChallenge });
Object.assign(Certificate, { verifySpkac, exportPublicKey, exportChallenge });

module.exports = { Certificate };
