// Secret KeyObjects: creation from strings and bytes, export (buffer, JWK), equality,
// use as an HMAC key, and the errors for bad input.
const crypto = require('crypto');

const key = crypto.createSecretKey(Buffer.from('secret'));
console.log(key instanceof crypto.KeyObject, key.type, key.symmetricKeySize, key.asymmetricKeyType);
console.log(key.export(), key.export({ format: 'buffer' }), key.export({ format: 'jwk' }));
console.log(key.equals(crypto.createSecretKey('secret', 'utf8')), key.equals(crypto.createSecretKey('c2VjcmV1', 'base64')));
console.log(crypto.createHmac('sha256', key).update('x').digest('hex') ===
  crypto.createHmac('sha256', 'secret').update('x').digest('hex'));
for (const attempt of [() => crypto.createSecretKey(5), () => new crypto.KeyObject('secret', {}),
  () => new crypto.KeyObject('other', {}), () => key.equals('secret')]) {
  try {
    attempt();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
