// Private keys under a passphrase: keys node encrypted (fixtures/encrypted-keys.json:
// PKCS#8 PBES2 in PEM and DER, legacy-encrypted PKCS#1 and SEC1 PEM) read here, keys
// encrypted here read back, and the errors for a missing or wrong passphrase.
const crypto = require('crypto');
const keys = require('./fixtures/keys.json');
const encrypted = require('./fixtures/encrypted-keys.json');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const passphrase = 'node secret';
const imports = [
  ['pkcs8 pem', { key: encrypted.pkcs8Aes256, passphrase }, keys.p256],
  ['pkcs8 der', { key: Buffer.from(encrypted.pkcs8Aes128Der, 'base64'), format: 'der', type: 'pkcs8', passphrase: Buffer.from(passphrase) }, keys.ed],
  ['pkcs1 pem', { key: encrypted.pkcs1Aes256, passphrase }, keys.rsa],
  ['sec1 pem', { key: encrypted.sec1Aes128, passphrase }, keys.p384],
];
for (const [label, options, plain] of imports) {
  const key = crypto.createPrivateKey(options);
  console.log(label, key.asymmetricKeyType, key.equals(crypto.createPrivateKey(plain)), crypto.createPublicKey(options).type);
}
console.log(encrypted.pkcs1Aes256.split('\n').slice(0, 3).map((line) => line.replace(/,.*/, ',<iv>')));

for (const [type, cipher, format] of [
  ['pkcs8', 'aes-256-cbc', 'pem'],
  ['pkcs8', 'aes-128-cbc', 'der'],
  ['pkcs1', 'aes-192-cbc', 'pem'],
  ['sec1', 'aes-256-cbc', 'pem'],
]) {
  const source = crypto.createPrivateKey(type === 'sec1' ? keys.p256 : keys.rsa);
  const exported = source.export({ type, format, cipher, passphrase: 'mine' });
  const lines = format === 'pem' ? exported.split('\n') : [];
  const header = lines.filter((line) => line.startsWith('-----BEGIN') || line.includes(':')).map((line) => line.replace(/,.*/, ',<iv>'));
  const back = crypto.createPrivateKey({ key: exported, format, type, passphrase: 'mine' });
  console.log('export', type, cipher, format, header, back.equals(source));
}
const generated = crypto.generateKeyPairSync('ec', {
  namedCurve: 'P-256',
  privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'gen' },
});
console.log(generated.privateKey.split('\n')[0], crypto.createPrivateKey({ key: generated.privateKey, passphrase: 'gen' }).type);

attempt('no passphrase', () => crypto.createPrivateKey(encrypted.pkcs8Aes256));
attempt('wrong passphrase', () => crypto.createPrivateKey({ key: encrypted.pkcs8Aes256, passphrase: 'wrong' }));
attempt('legacy no passphrase', () => crypto.createPrivateKey(encrypted.pkcs1Aes256));
attempt('legacy wrong passphrase', () => crypto.createPrivateKey({ key: encrypted.sec1Aes128, passphrase: 'wrong' }).type);
attempt('export no passphrase', () => crypto.createPrivateKey(keys.p256).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc' }));
attempt('export der sec1', () => crypto.createPrivateKey(keys.p256).export({ type: 'sec1', format: 'der', cipher: 'aes-256-cbc', passphrase: 'x' }));
attempt('export unknown cipher', () => crypto.createPrivateKey(keys.p256).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-999-cbc', passphrase: 'x' }));
