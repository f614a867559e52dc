// RSA-OAEP in crypto.subtle: a key node generated imported as spki/pkcs8/jwk, ciphertexts
// made here opened by node:crypto and the other way round, labels and digests, generated
// keys, their JWK `alg`, and the errors.
const crypto = require('crypto');
const keys = require('./fixtures/keys.json');
const { subtle } = crypto.webcrypto;

async function attempt(label, fn) {
  try {
    console.log(label, await fn());
  } catch (err) {
    console.log(label, err.name, err.message);
  }
}

(async () => {
  const privateKey = crypto.createPrivateKey(keys.rsa);
  const spki = crypto.createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
  const message = Buffer.from('sealed with RSA-OAEP');
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384']) {
    const algorithm = { name: 'RSA-OAEP', hash };
    const pub = await subtle.importKey('spki', spki, algorithm, true, ['encrypt']);
    const priv = await subtle.importKey('pkcs8', pkcs8, algorithm, false, ['decrypt']);
    console.log(hash, pub.algorithm.name, pub.algorithm.modulusLength, pub.algorithm.hash, pub.usages, priv.usages);
    const digest = hash.replace('SHA-', 'sha');
    const sealed = await subtle.encrypt({ name: 'RSA-OAEP' }, pub, message);
    const opened = crypto.privateDecrypt({ key: privateKey, oaepHash: digest }, Buffer.from(sealed));
    const theirs = crypto.publicEncrypt({ key: privateKey, oaepHash: digest, oaepLabel: Buffer.from('label') }, message);
    const ours = await subtle.decrypt({ name: 'RSA-OAEP', label: Buffer.from('label') }, priv, theirs);
    console.log('  both ways', sealed.byteLength, opened.equals(message), Buffer.from(ours).equals(message));
    const jwk = await subtle.exportKey('jwk', pub);
    console.log('  jwk', jwk.alg, jwk.key_ops, jwk.kty);
    const fromJwk = await subtle.importKey('jwk', jwk, algorithm, true, ['encrypt']);
    console.log('  from jwk', fromJwk.type, fromJwk.algorithm.hash);
    await attempt('  wrong label', () => subtle.decrypt({ name: 'RSA-OAEP', label: Buffer.from('other') }, priv, theirs));
  }
  const { publicKey, privateKey: generated } = await subtle.generateKey(
    { name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  );
  console.log('generated', publicKey.usages, generated.usages, publicKey.algorithm.modulusLength);
  const round = await subtle.decrypt({ name: 'RSA-OAEP' }, generated, await subtle.encrypt({ name: 'RSA-OAEP' }, publicKey, message));
  console.log('round trip', Buffer.from(round).toString());
  await attempt('sign usage', () => subtle.importKey('spki', spki, { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['sign']));
  await attempt('empty private usages', () => subtle.importKey('pkcs8', pkcs8, { name: 'RSA-OAEP', hash: 'SHA-256' }, true, []));
  await attempt('decrypt with public', () => subtle.decrypt({ name: 'RSA-OAEP' }, publicKey, Buffer.alloc(128)));
  await attempt('garbage', () => subtle.decrypt({ name: 'RSA-OAEP' }, generated, Buffer.alloc(128)));
})();
