// The legacy createCipher/createDecipher (keys from a password with EVP_BytesToKey) and
// crypto.Certificate over SPKACs OpenSSL made (MD5 and SHA-256 signatures).
const crypto = require('crypto');
const spkacs = require('./fixtures/spkac.json');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

for (const [name, password] of [
  ['aes192', 'secret'],
  ['aes-256-cbc', 'secret'],
  ['aes-128-ecb', Buffer.from('0123456789abcdef')],
  ['aes-256-ctr', 'counter'],
  ['aes-256-gcm', '0123456789'],
]) {
  const cipher = crypto.createCipher(name, password);
  const sealed = cipher.update('Keep this a secret? No! Tell everyone about node.js!', 'utf8', 'hex') + cipher.final('hex');
  const tag = name.endsWith('gcm') ? cipher.getAuthTag() : undefined;
  const decipher = crypto.createDecipher(name, password);
  if (tag) decipher.setAuthTag(tag);
  const opened = decipher.update(sealed, 'hex', 'utf8') + decipher.final('utf8');
  console.log(name, sealed, tag?.toString('hex'), opened);
}
console.log(crypto.createCipher('aes192', 'k') instanceof crypto.Cipher, crypto.Decipher('aes192', 'k') instanceof crypto.Decipher);
attempt('no cipher', () => crypto.createCipher(null));
attempt('no password', () => crypto.createCipher('aes-256-cbc', null));
attempt('unknown', () => crypto.createCipher('nope', 'secret'));

const { Certificate } = crypto;
for (const [name, spkac] of Object.entries(spkacs)) {
  console.log(name, Certificate.verifySpkac(Buffer.from(spkac)), new Certificate().verifySpkac(spkac));
  console.log(Certificate.exportChallenge(spkac).toString(), Certificate.exportPublicKey(spkac).toString());
  const tampered = Buffer.from(spkac, 'base64');
  tampered[tampered.length - 5] ^= 1;
  console.log('tampered', Certificate.verifySpkac(tampered.toString('base64')));
}
console.log('garbage', Certificate.verifySpkac('bm90IGFuIFNQS0FD'), Certificate.exportPublicKey('bm90'), Certificate.exportChallenge(''));
attempt('not bytes', () => Certificate.verifySpkac(42));
