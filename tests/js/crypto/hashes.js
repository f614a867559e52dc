const crypto = require('crypto');
for (const algorithm of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'SHA256', 'RSA-SHA1']) {
  console.log(algorithm, crypto.createHash(algorithm).update('hello ').update(Buffer.from('world')).digest('hex'));
}
console.log(crypto.createHash('sha256').update('abc').digest('base64'), crypto.createHash('md5').update('').digest().length);
console.log(crypto.createHmac('sha256', 'secret').update('message').digest('hex'), crypto.createHmac('sha1', Buffer.alloc(100, 1)).update('x').digest('base64url'));
const h = crypto.createHash('sha1').update('part one');
const copy = h.copy();
console.log(h.update(' more').digest('hex'), copy.digest('hex'));
console.log(crypto.hash('sha1', 'one-shot'), crypto.getHashes().includes('sha256'));
try {
  h.digest();
} catch (err) {
  console.log(err.code, err.message);
}
try {
  crypto.createHash('nope');
} catch (err) {
  console.log(err.message);
}
console.log(crypto.randomBytes(16).length, typeof crypto.randomUUID(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
const n = crypto.randomInt(10, 20);
console.log(n >= 10 && n < 20, crypto.getRandomValues(new Uint32Array(4)).length, crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('a')));
console.log(crypto.randomBytes(32).equals(crypto.randomBytes(32)));
crypto.subtle.digest('SHA-256', new TextEncoder().encode('abc')).then((d) => console.log('subtle', Buffer.from(d).toString('hex')));
