// generateKey/generateKeySync for HMAC and AES secret keys, KeyObject.from a CryptoKey,
// and their argument errors.
const crypto = require('crypto');

const hmac = crypto.generateKeySync('hmac', { length: 123 });
const aes = crypto.generateKeySync('aes', { length: 256 });
console.log(hmac.type, hmac.symmetricKeySize, aes.symmetricKeySize, hmac.equals(crypto.generateKeySync('hmac', { length: 123 })));
crypto.generateKey('aes', { length: 128 }, (err, key) => console.log('async', err, key.symmetricKeySize));
crypto.subtle.importKey('raw', Buffer.alloc(16, 1), 'AES-GCM', true, ['encrypt']).then((cryptoKey) => {
  const keyObject = crypto.KeyObject.from(cryptoKey);
  console.log('from', keyObject.type, keyObject.export().toString('hex'));
});
for (const [label, fn] of [
  ['aes length', () => crypto.generateKeySync('aes', { length: 123 })],
  ['type', () => crypto.generateKeySync('rsa', { length: 123 })],
  ['hmac length', () => crypto.generateKeySync('hmac', { length: 7 })],
  ['no options', () => crypto.generateKeySync('hmac')],
  ['from', () => crypto.KeyObject.from('x')],
]) {
  try {
    fn();
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
console.log(crypto.generateKey.length, crypto.generateKeySync.length, crypto.KeyObject.from.length);
