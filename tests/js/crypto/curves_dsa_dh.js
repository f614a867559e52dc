// Ed448, X448, P-521, secp256k1, secp224r1, DSA and DH keys against node's OpenSSL, with
// keys node generated (fixtures/more-keys.json): details, exports, JWK, signatures node
// made verified here (fixtures/more-signatures.json), signatures made here verified, Ed448's
// (deterministic) compared with node's, key agreement, OAEP with a binary label and PSS
// with its own MGF1 digest.
const crypto = require('crypto');
const keys = require('./fixtures/more-keys.json');
const signatures = require('./fixtures/more-signatures.json');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const message = Buffer.from('signed by node');
for (const [name, pem] of Object.entries(keys)) {
  const privateKey = crypto.createPrivateKey(pem);
  const publicKey = crypto.createPublicKey(pem);
  console.log(name, privateKey.asymmetricKeyType, privateKey.asymmetricKeyDetails, publicKey.asymmetricKeyDetails);
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' });
  console.log('pkcs8 round trip', pkcs8 === pem);
  console.log(publicKey.export({ type: 'spki', format: 'pem' }));
  attempt('jwk', () => JSON.stringify(privateKey.export({ format: 'jwk' })));
  attempt('jwk public', () => JSON.stringify(publicKey.export({ format: 'jwk' })));
}

const ed448 = crypto.createPrivateKey(keys.ed448);
console.log('ed448 signature as node', crypto.sign(null, message, ed448).toString('hex') === signatures.ed448);
console.log('ed448 node verified', crypto.verify(null, message, crypto.createPublicKey(ed448), Buffer.from(signatures.ed448, 'hex')));
console.log('ed448 tampered', crypto.verify(null, Buffer.from('other'), crypto.createPublicKey(ed448), Buffer.from(signatures.ed448, 'hex')));

for (const [name, digest, options] of [
  ['ec-secp521r1', 'sha256', {}],
  ['ec-secp521r1-sha1-p1363', 'sha1', { dsaEncoding: 'ieee-p1363' }],
  ['ec-secp256k1', 'sha256', {}],
  ['ec-secp224r1', 'sha256', {}],
  ['dsa', 'sha256', {}],
  ['dsa-p1363', 'sha1', { dsaEncoding: 'ieee-p1363' }],
  ['rsa-pss-mgf1', 'sha256', {}],
]) {
  const pem = keys[name.replace(/-sha1-p1363$|-p1363$/, '')];
  const publicKey = crypto.createPublicKey(pem);
  const theirs = Buffer.from(signatures[name], 'hex');
  console.log(name, 'node signature verifies', crypto.verify(digest, message, { key: publicKey, ...options }, theirs));
  const ours = crypto.sign(digest, message, { key: crypto.createPrivateKey(pem), ...options });
  console.log(name, 'own signature verifies', crypto.verify(digest, message, { key: publicKey, ...options }, ours));
  console.log(name, 'wrong message', crypto.verify(digest, Buffer.from('other'), { key: publicKey, ...options }, ours));
}

const agree = (a, b) =>
  crypto.diffieHellman({ privateKey: crypto.createPrivateKey(keys[a]), publicKey: crypto.createPublicKey(keys[b]) }).toString('hex');
console.log('x448', agree('x448', 'x448b'), agree('x448', 'x448b') === agree('x448b', 'x448'));
console.log('dh', agree('dh', 'dh2'), agree('dh', 'dh2') === agree('dh2', 'dh'));
attempt('x448 with dh', () => agree('x448', 'dh'));

console.log(
  'oaep binary label',
  crypto
    .privateDecrypt({ key: keys.rsa, oaepHash: 'sha256', oaepLabel: Buffer.from('00ff8899', 'hex') }, Buffer.from(signatures['oaep-label'], 'hex'))
    .toString(),
);
attempt('oaep wrong label', () =>
  crypto.privateDecrypt({ key: keys.rsa, oaepHash: 'sha256', oaepLabel: Buffer.from('00', 'hex') }, Buffer.from(signatures['oaep-label'], 'hex')),
);

const ecdh = crypto.createECDH('secp521r1');
ecdh.setPrivateKey(crypto.createPrivateKey(keys['ec-secp521r1']).export({ format: 'jwk' }).d, 'base64url');
console.log('ecdh secp521r1 public', ecdh.getPublicKey('hex', 'compressed'));

const { publicKey, privateKey } = crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 });
console.log('dsa generated', privateKey.asymmetricKeyDetails, crypto.verify('sha256', message, publicKey, crypto.sign('sha256', message, privateKey)));
