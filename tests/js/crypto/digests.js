// The SHA-3, SHAKE, BLAKE2 and truncated SHA-512 digests, their HMACs, the names
// getHashes lists, and a Hash used as a stream.
const crypto = require('crypto');

const algorithms = ['sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'blake2b512', 'blake2s256', 'sha512-224', 'sha512-256'];
for (const algorithm of [...algorithms, 'shake128', 'shake256', 'RSA-SHA3-256', 'sha256WithRSAEncryption']) {
  console.log(algorithm, crypto.createHash(algorithm).update('hello ').update(Buffer.from('world')).digest('hex'));
}
for (const algorithm of algorithms) {
  console.log('hmac', algorithm, crypto.createHmac(algorithm, 'key').update('data').digest('base64'));
}
console.log(crypto.createHash('shake256', { outputLength: 5 }).update('x').digest('hex'));
console.log(crypto.createHash('shake128', { outputLength: 100 }).update('x').digest('hex'));
const shake = crypto.createHash('shake128').update('abc');
console.log(shake.copy().digest('hex'), shake.update('def').digest('hex'));
const expected = ['md5', 'sha1', 'sha256', 'sha3-256', 'blake2b512', 'blake2s256', 'shake256', 'RSA-SHA256', 'sha512-256'];
console.log(expected.filter((name) => !crypto.getHashes().includes(name)));
console.log(crypto.hash('sha3-256', 'one shot'), crypto.hash('blake2s256', Buffer.from('buf'), 'base64'));

const hash = crypto.createHash('sha256');
hash.on('readable', () => {
  const digest = hash.read();
  if (digest) console.log('stream', digest.toString('hex'));
});
hash.write('streamed ');
hash.end('data');
console.log(hash instanceof require('stream').Transform);
try {
  crypto.createHmac('shake128', 'k');
} catch (err) {
  console.log(err.name, err.message);
}
try {
  crypto.createHash('sha256').update(42);
} catch (err) {
  console.log(err.code, err.message);
}
