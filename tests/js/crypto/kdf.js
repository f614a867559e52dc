// pbkdf2, scrypt and hkdf against node's OpenSSL: derived keys, the async forms' order
// (a later turn than nextTick and promise jobs), and the argument errors.
const crypto = require('crypto');

for (const digest of ['sha1', 'sha256', 'sha512', 'SHA384', 'md5', 'sha3-256', 'blake2b512', 'sha512-256']) {
  console.log('pbkdf2', digest, crypto.pbkdf2Sync('password', 'salt', 3, 40, digest).toString('hex'));
}
console.log('pbkdf2 bytes', crypto.pbkdf2Sync(Buffer.from([1, 2, 3]), new Uint8Array([4, 5]), 1000, 16, 'sha256').toString('base64'));
console.log('pbkdf2 empty', crypto.pbkdf2Sync('', '', 1, 0, 'sha256').length, crypto.pbkdf2Sync('', '', 1, 20, 'sha1').toString('hex'));
for (const options of [undefined, { N: 1024, r: 8, p: 1 }, { cost: 16, blockSize: 1, parallelization: 2 }, { N: 2 ** 14, maxmem: 2 ** 25 }]) {
  console.log('scrypt', JSON.stringify(options), crypto.scryptSync('password', 'NaCl', 32, options).toString('hex'));
}
for (const digest of ['sha256', 'sha1', 'sha512', 'sha3-512']) {
  console.log('hkdf', digest, Buffer.from(crypto.hkdfSync(digest, 'key material', 'salt', 'info', 42)).toString('hex'));
}
const secret = crypto.createSecretKey(Buffer.from('secret key'));
console.log('hkdf key', Buffer.from(crypto.hkdfSync('sha256', secret, Buffer.alloc(0), '', 255 * 32)).length);

// The callbacks come after this turn's nextTick and promise jobs (in an order of their own).
const order = [];
const results = [];
const done = (label) => (err, key) => {
  order.push('callback');
  results.push(`${label} ${err} ${Buffer.from(key).toString('hex')} ${key instanceof ArrayBuffer}`);
  if (results.length === 4) console.log(order, results.sort());
};
crypto.pbkdf2('pw', 'salt', 10, 8, 'sha256', done('pbkdf2'));
crypto.scrypt('pw', 'salt', 8, done('scrypt'));
crypto.scrypt('pw', 'salt', 8, { N: 16 }, done('scrypt N=16'));
crypto.hkdf('sha256', 'ikm', 'salt', 'info', 8, done('hkdf'));
process.nextTick(() => order.push('nextTick'));
Promise.resolve().then(() => order.push('promise'));

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
attempt('digest', () => crypto.pbkdf2Sync('a', 'b', 1, 10, 'nope'));
attempt('async digest', () => crypto.pbkdf2('a', 'b', 1, 10, 'nope', () => {}));
attempt('iterations', () => crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1'));
attempt('keylen', () => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'));
attempt('keylen type', () => crypto.pbkdf2Sync('a', 'b', 1, '10', 'sha1'));
attempt('password type', () => crypto.pbkdf2Sync(1, 'b', 1, 10, 'sha1'));
attempt('no digest', () => crypto.pbkdf2Sync('a', 'b', 1, 10));
attempt('no callback', () => crypto.pbkdf2('a', 'b', 1, 10, 'sha1'));
attempt('scrypt N', () => crypto.scryptSync('a', 'b', 10, { N: 3 }));
attempt('scrypt memory', () => crypto.scryptSync('a', 'b', 10, { N: 2 ** 20 }));
attempt('scrypt both', () => crypto.scryptSync('a', 'b', 10, { N: 16, cost: 16 }));
attempt('scrypt zeros', () => crypto.scryptSync('a', 'b', 10, { N: 0, r: 0, p: 0, maxmem: 0 }));
attempt('scrypt alias', () => crypto.scryptSync('a', 'b', 10, { r: 16, blockSize: 3 }));
attempt('hkdf digest', () => crypto.hkdfSync('nope', 'a', 'b', 'c', 10));
attempt('hkdf length', () => crypto.hkdfSync('sha256', 'a', 'b', 'c', 255 * 32 + 1));
attempt('hkdf info', () => crypto.hkdfSync('sha256', 'a', 'b', Buffer.alloc(1025), 10));
attempt('hkdf ikm', () => crypto.hkdfSync('sha256', 5, 'b', 'c', 10));
console.log(crypto.pbkdf2.length, crypto.pbkdf2Sync.length, crypto.scrypt.length, crypto.scryptSync.length, crypto.hkdf.length, crypto.hkdfSync.length);
