// RSA-PSS keys: keys node generated (with and without RSASSA-PSS parameters) read,
// re-exported byte for byte and their signatures verified; signatures made here verified
// by the same keys; generated keys' details and encodings; what RSA-PSS keys refuse.
const crypto = require('crypto');
const keys = require('./fixtures/rsa-pss.json');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const message = Buffer.from('signed by node with an RSA-PSS key');

/** The DER of a key's AlgorithmIdentifier, `skip` bytes into its outer SEQUENCE. */
function algorithmOf(der, skip) {
  const start = (der[1] & 0x80 ? 2 + (der[1] & 0x7f) : 2) + skip;
  return der.subarray(start, start + 2 + der[start + 1]).toString('hex');
}
for (const [name, key] of Object.entries(keys)) {
  const privateKey = crypto.createPrivateKey(key.private);
  const publicKey = crypto.createPublicKey(key.public);
  console.log(name, privateKey.asymmetricKeyType, publicKey.asymmetricKeyDetails, privateKey.asymmetricKeyDetails);
  console.log('re-exported', privateKey.export({ format: 'pem', type: 'pkcs8' }) === key.private, publicKey.export({ format: 'pem', type: 'spki' }) === key.public);
  console.log('public of private', crypto.createPublicKey(privateKey).export({ format: 'pem', type: 'spki' }) === key.public);
  const digest = name === 'plain' ? 'sha256' : null;
  console.log("node's signature", crypto.verify(digest, message, publicKey, Buffer.from(key.signature, 'base64')));
  const ours = crypto.sign(digest, message, privateKey);
  console.log('our signature', ours.length, crypto.verify(digest, message, publicKey, ours), crypto.verify(digest, Buffer.from('other'), publicKey, ours));
  const old = crypto.createSign('sha256').update(message).sign(privateKey);
  console.log('createSign', crypto.createVerify('sha256').update(message).verify(publicKey, old));
  attempt('pkcs1 padding', () => crypto.sign('sha256', message, { key: privateKey, padding: crypto.constants.RSA_PKCS1_PADDING }));
  attempt('encrypt', () => crypto.publicEncrypt(publicKey, message));
  attempt('jwk', () => publicKey.export({ format: 'jwk' }));
  attempt('pkcs1 export', () => privateKey.export({ format: 'pem', type: 'pkcs1' }));
}

for (const options of [
  {},
  { saltLength: 16 },
  { hashAlgorithm: 'sha256' },
  { mgf1HashAlgorithm: 'sha512' },
  { hashAlgorithm: 'SHA384', saltLength: 20 },
  { hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256', saltLength: 0 },
]) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, ...options });
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
  console.log(options, publicKey.asymmetricKeyDetails);
  console.log('  algorithms', algorithmOf(spki, 0), algorithmOf(pkcs8, 3));
  const digest = publicKey.asymmetricKeyDetails.hashAlgorithm ?? 'sha256';
  if (publicKey.asymmetricKeyDetails.mgf1HashAlgorithm === digest || digest === 'sha256') {
    const signature = crypto.sign(digest, message, privateKey);
    console.log('  signs', crypto.verify(digest, message, publicKey, signature), crypto.verify(null, message, publicKey, signature));
  }
  attempt('  other digest', () => crypto.sign('md5', message, privateKey).length);
}
const restricted = crypto.createPrivateKey(keys.restricted.private);
attempt('salt too small', () => crypto.sign('sha256', message, { key: restricted, saltLength: 8 }));
attempt('longer salt', () => crypto.sign('sha256', message, { key: restricted, saltLength: 20 }).length);
attempt('bad digest', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hashAlgorithm: 'nope' }));
attempt('bad mgf1 digest', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, mgf1HashAlgorithm: 'nope' }));
attempt('bad salt', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, saltLength: -1 }));
attempt('hash mismatch', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hash: 'sha1', hashAlgorithm: 'sha256' }));
crypto.generateKeyPair('rsa-pss', { modulusLength: 512, hashAlgorithm: 'sha512' }, (err, publicKey, privateKey) => {
  console.log('async', err, publicKey.asymmetricKeyType, privateKey.asymmetricKeyDetails);
});
