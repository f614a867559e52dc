// RSA encryption (OAEP with several digests and labels, PKCS#1 v1.5, none) both ways
// with keys node generated, createECDH on both curves, the Crypto global, and FIPS.
const crypto = require('crypto');
const keys = require('./fixtures/keys.json');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const privateKey = crypto.createPrivateKey(keys.rsa);
const publicKey = crypto.createPublicKey(keys.rsa);
const message = Buffer.from('encrypted to RSA');
for (const options of [{}, { oaepHash: 'sha256' }, { oaepHash: 'sha384', oaepLabel: Buffer.from('label') }, { padding: 1 }]) {
  const sealed = crypto.publicEncrypt({ key: publicKey, ...options }, message);
  const opened = options.padding === 1 ? 'pkcs1' : crypto.privateDecrypt({ key: privateKey, ...options }, sealed).toString();
  console.log('publicEncrypt', options, sealed.length, opened);
}
const fromPem = crypto.publicEncrypt(keys.rsa, message);
console.log('pem', crypto.privateDecrypt(keys.rsa, fromPem).equals(message));
const signed = crypto.privateEncrypt(privateKey, message);
console.log('privateEncrypt', signed.toString('base64'), crypto.publicDecrypt(publicKey, signed).toString(), crypto.publicDecrypt(keys.rsa, signed).toString());
const raw = Buffer.alloc(128, 1);
const rawSealed = crypto.publicEncrypt({ key: publicKey, padding: crypto.constants.RSA_NO_PADDING }, raw);
console.log('no padding', rawSealed.toString('hex'), crypto.privateDecrypt({ key: privateKey, padding: 3 }, rawSealed).equals(raw));
attempt('oaep garbage', () => crypto.privateDecrypt(privateKey, Buffer.alloc(128)));
attempt('pkcs1 decrypt', () => crypto.privateDecrypt({ key: privateKey, padding: 1 }, Buffer.alloc(128)));
attempt('too small', () => crypto.publicEncrypt({ key: publicKey, padding: 3 }, Buffer.from('hi')));
attempt('unknown padding', () => crypto.publicEncrypt({ key: publicKey, padding: 5 }, Buffer.from('hi')));
attempt('too large', () => crypto.publicEncrypt(publicKey, Buffer.alloc(100)));
attempt('block type', () => crypto.publicDecrypt(publicKey, Buffer.alloc(128)));

for (const curve of ['prime256v1', 'secp384r1']) {
  const alice = crypto.createECDH(curve);
  const bob = crypto.createECDH(curve);
  const alicePublic = alice.generateKeys();
  const bobPublic = bob.generateKeys('base64', 'compressed');
  const shared = alice.computeSecret(bobPublic, 'base64', 'hex');
  console.log(curve, alicePublic.length, bobPublic.length, shared === bob.computeSecret(alicePublic, undefined, 'hex'), shared.length);
  const fixed = crypto.createECDH(curve);
  fixed.setPrivateKey(Buffer.alloc(curve === 'prime256v1' ? 32 : 48, 7));
  console.log(fixed.getPublicKey('hex'), fixed.getPublicKey('hex', 'compressed'), fixed.getPublicKey('hex', 'hybrid'), fixed.getPrivateKey('hex'));
  const compressed = fixed.getPublicKey(null, 'compressed');
  console.log(crypto.ECDH.convertKey(compressed, curve, undefined, 'hex', 'uncompressed') === fixed.getPublicKey('hex'));
  attempt('bad point', () => fixed.computeSecret(Buffer.alloc(65)));
  attempt('bad scalar', () => crypto.createECDH(curve).setPrivateKey(Buffer.alloc(curve === 'prime256v1' ? 32 : 48)));
}
attempt('bad curve', () => crypto.createECDH('nope'));
attempt('bad format', () => crypto.createECDH('prime256v1').setPrivateKey(Buffer.alloc(32, 1)).getPublicKey('hex', 'odd'));
console.log(crypto.createECDH('prime256v1') instanceof crypto.ECDH, crypto.ECDH.convertKey.length, crypto.createECDH.length);

console.log(globalThis.crypto instanceof Crypto, crypto.webcrypto === globalThis.crypto, crypto.subtle instanceof SubtleCrypto);
attempt('this', () => globalThis.crypto.getRandomValues.call(undefined, new Uint8Array(2)));
attempt('new Crypto', () => new Crypto());
console.log(Object.getOwnPropertyNames(Crypto.prototype), Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle').enumerable);
console.log(crypto.getFips(), crypto.setFips(false), crypto.publicEncrypt.length, crypto.privateDecrypt.length, crypto.publicEncrypt.name);
