// crypto.subtle against node's: digests, HMAC, PBKDF2 and HKDF (what SCRAM-SHA-256 logins
// use), AES-GCM/CBC/CTR, key import and export, generated keys, ECDSA/Ed25519/RSA
// signatures, ECDH/X25519, and the DOMExceptions for misuse.
const { subtle } = globalThis.crypto;
const keys = require('./fixtures/keys.json');
const nodeCrypto = require('crypto');

const text = new TextEncoder();
const hex = (buffer) => Buffer.from(buffer).toString('hex');
const bytes = (n, seed) => new Uint8Array(Array.from({ length: n }, (_, i) => (i * 13 + seed) & 0xff));

async function attempt(label, fn) {
  try {
    console.log(label, await fn());
  } catch (err) {
    console.log(label, err.name, err.message);
  }
}

async function main() {
  for (const name of ['SHA-1', 'SHA-256', 'sha-384', { name: 'SHA-512' }]) {
    console.log('digest', name, hex(await subtle.digest(name, text.encode('abc'))));
  }

  // SCRAM-SHA-256 as pg computes it: salted password, client and server keys, proof.
  const password = await subtle.importKey('raw', text.encode('pencil'), 'PBKDF2', false, ['deriveBits']);
  console.log(password, password instanceof CryptoKey);
  const salt = Buffer.from('W22ZaJ0SNY7soEsUEjb6gQ==', 'base64');
  const salted = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 4096 }, password, 256);
  const hmacKey = await subtle.importKey('raw', salted, { name: 'HMAC', hash: { name: 'SHA-256' } }, false, ['sign']);
  const clientKey = await subtle.sign('HMAC', hmacKey, text.encode('Client Key'));
  const storedKey = await subtle.digest('SHA-256', clientKey);
  console.log('scram', hex(salted), hex(clientKey), hex(storedKey));

  const hmac = await subtle.importKey('jwk', { kty: 'oct', k: 'c2VjcmV0LWtleQ' }, { name: 'HMAC', hash: 'SHA-384' }, true, ['sign', 'verify']);
  const mac = await subtle.sign({ name: 'HMAC' }, hmac, text.encode('data'));
  console.log('hmac', hex(mac), await subtle.verify('HMAC', hmac, mac, text.encode('data')), await subtle.verify('HMAC', hmac, mac, text.encode('other')));
  console.log(hmac.algorithm, await subtle.exportKey('jwk', hmac), hex(await subtle.exportKey('raw', hmac)));

  const hkdf = await subtle.importKey('raw', bytes(22, 1), 'HKDF', false, ['deriveKey', 'deriveBits']);
  console.log('hkdf', hex(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: bytes(13, 2), info: bytes(10, 3) }, hkdf, 336)));
  const derived = await subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-512', salt: new Uint8Array(0), info: text.encode('aes') },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    true,
    ['encrypt', 'decrypt'],
  );
  console.log('derived', derived.algorithm, derived.usages, hex(await subtle.exportKey('raw', derived)));

  for (const [name, params] of [
    ['AES-GCM', { iv: bytes(12, 4) }],
    ['AES-GCM', { iv: bytes(16, 5), additionalData: text.encode('aad'), tagLength: 96 }],
    ['AES-CBC', { iv: bytes(16, 6) }],
    ['AES-CTR', { counter: bytes(16, 7), length: 64 }],
  ]) {
    const key = await subtle.importKey('raw', bytes(16, 8), name, true, ['encrypt', 'decrypt']);
    const sealed = await subtle.encrypt({ name, ...params }, key, text.encode('web crypto message'));
    const opened = await subtle.decrypt({ name, ...params }, key, sealed);
    console.log(name, hex(sealed), Buffer.from(opened).toString(), await subtle.exportKey('jwk', key));
  }
  const gcmKey = await subtle.importKey('raw', bytes(32, 9), 'AES-GCM', false, ['decrypt']);
  await attempt('gcm tampered', () => subtle.decrypt({ name: 'AES-GCM', iv: bytes(12, 1) }, gcmKey, bytes(40, 1)));
  await attempt('wrong usage', () => subtle.encrypt({ name: 'AES-GCM', iv: bytes(12, 1) }, gcmKey, bytes(4, 1)));
  await attempt('not extractable', () => subtle.exportKey('raw', gcmKey));

  const aes = await subtle.generateKey({ name: 'AES-CBC', length: 192 }, true, ['encrypt']);
  const generatedHmac = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, false, ['sign']);
  console.log(aes, (await subtle.exportKey('raw', aes)).byteLength, generatedHmac.algorithm);

  // Asymmetric keys from node's PEMs, through PKCS#8/SPKI.
  const pkcs8 = (pem) => nodeCrypto.createPrivateKey(pem).export({ type: 'pkcs8', format: 'der' });
  const spki = (pem) => nodeCrypto.createPublicKey(pem).export({ type: 'spki', format: 'der' });
  const message = text.encode('signed by web crypto');
  for (const [pem, algorithm, params] of [
    [keys.p256, { name: 'ECDSA', namedCurve: 'P-256' }, { name: 'ECDSA', hash: 'SHA-256' }],
    [keys.p384, { name: 'ECDSA', namedCurve: 'P-384' }, { name: 'ECDSA', hash: 'SHA-384' }],
    [keys.ed, { name: 'Ed25519' }, { name: 'Ed25519' }],
    [keys.rsa, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, { name: 'RSASSA-PKCS1-v1_5' }],
    [keys.rsa, { name: 'RSA-PSS', hash: 'SHA-256' }, { name: 'RSA-PSS', saltLength: 32 }],
  ]) {
    const privateKey = await subtle.importKey('pkcs8', pkcs8(pem), algorithm, true, ['sign']);
    const publicKey = await subtle.importKey('spki', spki(pem), algorithm, true, ['verify']);
    const signature = await subtle.sign(params, privateKey, message);
    const deterministic = algorithm.name === 'Ed25519' || algorithm.name === 'RSASSA-PKCS1-v1_5' ? hex(signature) : signature.byteLength;
    console.log(algorithm.name, publicKey.algorithm, deterministic, await subtle.verify(params, publicKey, signature, message));
    const jwk = await subtle.exportKey('jwk', publicKey);
    console.log(jwk.kty, jwk.alg, jwk.key_ops, jwk.ext);
    if (algorithm.name === 'ECDSA' || algorithm.name === 'Ed25519') {
      const raw = await subtle.exportKey('raw', publicKey);
      const back = await subtle.importKey('raw', raw, algorithm, true, ['verify']);
      console.log('raw', raw.byteLength, await subtle.verify(params, back, signature, message));
    }
  }

  const ours = await subtle.importKey('pkcs8', pkcs8(keys.x1), 'X25519', false, ['deriveBits']);
  const theirs = await subtle.importKey('spki', spki(keys.x2), 'X25519', false, []);
  console.log('x25519', hex(await subtle.deriveBits({ name: 'X25519', public: theirs }, ours, 256)));
  const ecdhOurs = await subtle.importKey('pkcs8', pkcs8(keys.p256), { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const ecdhTheirs = await subtle.importKey('spki', spki(keys.p256b), { name: 'ECDH', namedCurve: 'P-256' }, false, []);
  console.log('ecdh', hex(await subtle.deriveBits({ name: 'ECDH', public: ecdhTheirs }, ecdhOurs, 128)));

  const pair = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign', 'verify']);
  const pairSignature = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, message);
  console.log(pair, await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, pair.publicKey, pairSignature, message));
  const edPair = await subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
  console.log(edPair.privateKey.usages, edPair.publicKey.usages, edPair.publicKey.extractable);

  await attempt('unknown algorithm', () => subtle.digest('SHA-7', bytes(1, 1)));
  await attempt('pbkdf2 extractable', () => subtle.importKey('raw', bytes(4, 1), 'PBKDF2', true, ['deriveBits']));
  await attempt('empty usages', () => subtle.importKey('raw', bytes(4, 1), { name: 'HMAC', hash: 'SHA-256' }, true, []));
  await attempt('aes key length', () => subtle.importKey('raw', bytes(5, 1), 'AES-GCM', true, ['encrypt']));
  await attempt('sign with aes', () => subtle.sign('HMAC', aes, bytes(3, 1)));
  await attempt('wrong algorithm', () => subtle.sign('HMAC', pair.privateKey, bytes(3, 1)));
  await attempt('illegal', () => new CryptoKey());
  console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(subtle)), Object.prototype.toString.call(subtle));
}
main();
