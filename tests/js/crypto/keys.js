// Asymmetric keys against node's OpenSSL, with keys node generated (fixtures/keys.json):
// import from PEM, DER and JWK, export in every encoding, details, signatures made here
// and verified both ways (fixtures/node-signatures.json was signed by node), and ECDH/X25519.
const crypto = require('crypto');
const keys = require('./fixtures/keys.json');
const nodeSignatures = require('./fixtures/node-signatures.json');

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
  console.log(name, privateKey.type, privateKey.asymmetricKeyType, privateKey.asymmetricKeyDetails, publicKey.type);
  console.log(Object.prototype.toString.call(privateKey), privateKey instanceof crypto.KeyObject, privateKey.symmetricKeySize);
  const jwk = privateKey.export({ format: 'jwk' });
  console.log(jwk, publicKey.export({ format: 'jwk' }));
  const spki = publicKey.export({ type: 'spki', format: 'pem' });
  console.log(spki);
  console.log(publicKey.export({ type: 'spki', format: 'der' }).toString('base64'));
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' });
  const back = [
    crypto.createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }),
    crypto.createPrivateKey({ key: jwk, format: 'jwk' }),
    crypto.createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' })),
  ];
  console.log(back.map((key) => key.equals(privateKey)), crypto.createPublicKey({ key: jwk, format: 'jwk' }).equals(publicKey));
  console.log(crypto.createPublicKey(spki).equals(publicKey), crypto.createPublicKey(privateKey).equals(publicKey));
  if (privateKey.asymmetricKeyType === 'rsa') {
    console.log(privateKey.export({ type: 'pkcs1', format: 'pem' }));
    console.log(publicKey.export({ type: 'pkcs1', format: 'pem' }));
    const pkcs1 = publicKey.export({ type: 'pkcs1', format: 'der' });
    console.log(crypto.createPublicKey({ key: pkcs1, format: 'der', type: 'pkcs1' }).equals(publicKey));
  }
  if (privateKey.asymmetricKeyType === 'ec') {
    const sec1 = privateKey.export({ type: 'sec1', format: 'pem' });
    console.log(crypto.createPrivateKey(sec1).equals(privateKey));
  }
  attempt('pkcs1 export', () => publicKey.export({ type: 'pkcs1', format: 'der' }).length);
  attempt('sec1 export', () => privateKey.export({ type: 'sec1', format: 'der' }).length);
}

// Deterministic signatures (RSA PKCS#1 v1.5, Ed25519) match node's bytes; the others verify.
const rsa = crypto.createPrivateKey(keys.rsa);
console.log(crypto.sign('sha256', message, rsa).toString('base64') === nodeSignatures.rsa);
console.log(crypto.createSign('RSA-SHA256').update('signed ').update('by node').sign(keys.rsa, 'base64') === nodeSignatures.rsa);
console.log(crypto.sign(null, message, keys.ed).toString('base64') === nodeSignatures.ed);
const checks = {
  rsa: crypto.verify('sha256', message, rsa, Buffer.from(nodeSignatures.rsa, 'base64')),
  pss: crypto.verify('sha384', message, { key: rsa, padding: crypto.constants.RSA_PKCS1_PSS_PADDING }, Buffer.from(nodeSignatures.pss, 'base64')),
  pss20: crypto.verify('sha256', message, { key: keys.rsa, padding: 6, saltLength: 20 }, Buffer.from(nodeSignatures.pss20, 'base64')),
  pssWrongSalt: crypto.verify('sha256', message, { key: keys.rsa, padding: 6, saltLength: 32 }, Buffer.from(nodeSignatures.pss20, 'base64')),
  p256: crypto.createVerify('sha256').update(message).verify(crypto.createPublicKey(keys.p256), nodeSignatures.p256, 'base64'),
  p384: crypto.verify('sha512', message, { key: keys.p384, dsaEncoding: 'ieee-p1363' }, Buffer.from(nodeSignatures.p384, 'base64')),
  ed: crypto.verify(null, message, keys.ed, Buffer.from(nodeSignatures.ed, 'base64')),
  tampered: crypto.verify(null, Buffer.from('signed by nodd'), keys.ed, Buffer.from(nodeSignatures.ed, 'base64')),
};
console.log(checks);
for (const [name, options] of [
  ['p256', {}],
  ['p256', { dsaEncoding: 'ieee-p1363' }],
  ['p384', {}],
  ['rsa', { padding: 6 }],
  ['rsa', { padding: 6, saltLength: 0 }],
  ['rsa1', {}],
]) {
  const signature = crypto.sign('sha384', message, { key: keys[name], ...options });
  const ok = crypto.verify('sha384', message, { key: crypto.createPublicKey(keys[name]), ...options }, signature);
  console.log('sign here', name, options, ok, name === 'p256' && options.dsaEncoding ? signature.length : '');
}
const streamed = crypto.createSign('sha256');
streamed.write('signed by ');
streamed.end('node');
console.log(crypto.verify('sha256', message, keys.p256b, streamed.sign(keys.p256b)));

const x1 = crypto.createPrivateKey(keys.x1);
const x2 = crypto.createPrivateKey(keys.x2);
const x25519 = crypto.diffieHellman({ privateKey: x1, publicKey: crypto.createPublicKey(x2) });
console.log(x25519.toString('hex'), x25519.equals(crypto.diffieHellman({ privateKey: x2, publicKey: crypto.createPublicKey(x1) })));
const ecdh = crypto.diffieHellman({ privateKey: crypto.createPrivateKey(keys.p256), publicKey: crypto.createPublicKey(keys.p256b) });
console.log(ecdh.toString('hex'));

// Generated pairs work and export as asked.
for (const [type, options] of [
  ['rsa', { modulusLength: 1024 }],
  ['ec', { namedCurve: 'P-384' }],
  ['ec', { namedCurve: 'prime256v1', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'sec1', format: 'pem' } }],
  ['ed25519', undefined],
  ['x25519', { publicKeyEncoding: { type: 'spki', format: 'der' } }],
]) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type, options);
  const kinds = [typeof publicKey === 'string' ? 'pem' : Buffer.isBuffer(publicKey) ? 'der' : publicKey.type, privateKey.type ?? privateKey.split('\n')[0]];
  const digest = type === 'ed25519' ? null : 'sha256';
  const works = type === 'x25519' || crypto.verify(digest, message, publicKey, crypto.sign(digest, message, privateKey));
  console.log('generated', type, kinds, works, crypto.createPublicKey(privateKey).asymmetricKeyDetails);
}
const order = [];
crypto.generateKeyPair('ed25519', (err, publicKey, privateKey) => console.log('async', err, publicKey.type, privateKey.type, order));
process.nextTick(() => order.push('nextTick'));

attempt('garbage pem', () => crypto.createPrivateKey('garbage'));
attempt('public as private', () => crypto.createPrivateKey(crypto.createPublicKey(keys.ed).export({ type: 'spki', format: 'pem' })));
attempt('der without type', () => crypto.createPrivateKey({ key: Buffer.alloc(3), format: 'der' }));
attempt('bad der', () => crypto.createPrivateKey({ key: Buffer.alloc(3), format: 'der', type: 'pkcs8' }));
attempt('key type', () => crypto.createPrivateKey(5));
attempt('export without options', () => crypto.createPublicKey(keys.ed).export());
attempt('export without type', () => crypto.createPublicKey(keys.ed).export({ format: 'pem' }));
attempt('export format', () => crypto.createPrivateKey(keys.ed).export({ type: 'pkcs8', format: 'xyz' }));
attempt('pkcs1 for ec', () => crypto.createPrivateKey(keys.p256).export({ type: 'pkcs1', format: 'pem' }));
attempt('sec1 for rsa', () => crypto.createPrivateKey(keys.rsa).export({ type: 'sec1', format: 'pem' }));
attempt('jwk kty', () => crypto.createPublicKey({ key: { kty: 'XX' }, format: 'jwk' }));
attempt('jwk crv', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-999', x: 'a', y: 'b' }, format: 'jwk' }));
attempt('jwk point', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: 'a', y: 'b' }, format: 'jwk' }));
attempt('sign with public', () => crypto.sign('sha256', message, crypto.createPublicKey(keys.p256)));
attempt('sign with secret', () => crypto.createSign('sha256').sign(crypto.createSecretKey(Buffer.alloc(3))));
attempt('sign without key', () => crypto.createSign('sha256').sign());
attempt('sign digest', () => crypto.sign('nope', message, keys.p256));
attempt('createSign digest', () => crypto.createSign('nope'));
attempt('ed25519 digest', () => crypto.sign('sha256', message, keys.ed));
attempt('ed25519 stream', () => crypto.createSign('sha256').update('x').sign(keys.ed));
attempt('dsaEncoding', () => crypto.sign('sha256', message, { key: keys.p256, dsaEncoding: 'x' }));
attempt('dh types', () => crypto.diffieHellman({ privateKey: x1, publicKey: crypto.createPublicKey(keys.p256) }));
attempt('dh curves', () => crypto.diffieHellman({ privateKey: crypto.createPrivateKey(keys.p256), publicKey: crypto.createPublicKey(keys.p384) }));
attempt('unsupported type', () => crypto.generateKeyPairSync('dsa2', {}));
attempt('no curve', () => crypto.generateKeyPairSync('ec', {}));
attempt('bad curve', () => crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }));
attempt('no modulus', () => crypto.generateKeyPairSync('rsa', {}));
attempt('verify garbage', () => crypto.verify('sha256', message, keys.p256, Buffer.alloc(3)));
console.log(crypto.getCurves().includes('prime256v1'), crypto.getCurves().includes('secp384r1'));
