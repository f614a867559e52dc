// jsonwebtoken with asymmetric keys node generated (fixtures/jwt-keys.json: RS256, RS512,
// PS256, ES256, ES384): sign here and verify, verify tokens node signed, and the key checks.
const jwt = require('jsonwebtoken');
const keys = require('./fixtures/jwt-keys.json');
const crypto = require('crypto');
const publicPem = (pem) => crypto.createPublicKey(pem).export({ type: 'spki', format: 'pem' });
const payload = { sub: 'user-1', scope: ['read'], iat: 1700000000 };

for (const [algorithm, pem] of [
  ['RS256', keys.rsa],
  ['RS512', keys.rsa1],
  ['PS256', keys.rsa],
  ['ES256', keys.p256],
  ['ES384', keys.p384],
]) {
  const token = jwt.sign(payload, pem, { algorithm, keyid: 'k1' });
  const [header, body, signature] = token.split('.');
  const deterministic = algorithm.startsWith('RS') ? signature : Buffer.from(signature, 'base64url').length;
  console.log(algorithm, header, body, deterministic);
  console.log(jwt.verify(token, publicPem(pem), { algorithms: [algorithm] }));
  console.log(jwt.verify(token, crypto.createPublicKey(pem)).sub, jwt.decode(token, { complete: true }).header);
  try {
    jwt.verify(`${header}.${body}.${Buffer.from('forged').toString('base64url')}`, publicPem(pem));
  } catch (err) {
    console.log(err.name, err.message);
  }
}
try {
  jwt.sign(payload, keys.p256, { algorithm: 'ES384' });
} catch (err) {
  console.log(err.name, err.message);
}
try {
  jwt.verify(jwt.sign(payload, keys.rsa, { algorithm: 'RS256' }), 'shared secret');
} catch (err) {
  console.log(err.name, err.message);
}
