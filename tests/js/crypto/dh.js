// Classic Diffie-Hellman: the MODP groups, key agreement with fixed private keys (so
// public keys and secrets are node's exact values), custom primes and generators,
// verifyError, secret padding and the errors; generatePrime/checkPrime.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

for (const name of ['modp1', 'modp2', 'modp5', 'modp14', 'modp15', 'modp16', 'modp17', 'modp18']) {
  const group = crypto.getDiffieHellman(name);
  const prime = group.getPrime('hex');
  console.log(name, prime.length, prime.slice(0, 16), prime.slice(-16), group.getGenerator('hex'), group.verifyError);
}
const modp2 = crypto.createDiffieHellmanGroup('modp2');
console.log(modp2 instanceof crypto.DiffieHellmanGroup, modp2.constructor.name, Object.keys(modp2), modp2.setPrivateKey);

// Fixed private keys: every value below is node's exactly.
const alice = crypto.createDiffieHellman(modp2.getPrime(), 2);
alice.setPrivateKey(Buffer.from('0123456789abcdef'.repeat(8), 'hex'));
console.log('alice public', alice.generateKeys('hex'));
const bob = crypto.createDiffieHellman(modp2.getPrime('base64'), 'base64', Buffer.from([2]));
bob.setPrivateKey('fedcba9876543210'.repeat(4), 'hex');
console.log('bob public', bob.generateKeys('base64'));
const secret = alice.computeSecret(bob.getPublicKey());
console.log('secret', secret.toString('hex'), bob.computeSecret(alice.getPublicKey('hex'), 'hex', 'hex') === secret.toString('hex'));
console.log('verifyError', alice.verifyError, bob.verifyError, Object.keys(alice));

// A secret with leading zero bytes keeps the prime's length.
const small = crypto.createDiffieHellman(modp2.getPrime(), 2);
small.setPrivateKey(Buffer.from([1]));
console.log('padded', small.computeSecret(Buffer.from([3])).toString('hex'));

// Random keys agree.
const group = crypto.getDiffieHellman('modp14');
const peer = crypto.getDiffieHellman('modp14');
group.generateKeys();
peer.generateKeys();
console.log('modp14 agree', group.computeSecret(peer.getPublicKey()).equals(peer.computeSecret(group.getPublicKey())), group.getPrivateKey().length <= 29);

for (const [prime, generator] of [
  ['02', 2],
  ['abcdef', 0],
  ['abcdef', 2],
  [modp2.getPrime('hex'), 5],
  [modp2.getPrime('hex'), 3],
  [crypto.getDiffieHellman('modp5').getPrime('hex').slice(2), 2],
]) {
  const dh = crypto.createDiffieHellman(prime, 'hex', generator);
  console.log('verifyError', prime.slice(0, 8), generator, dh.verifyError, dh.getGenerator('hex'));
}
const generated = crypto.createDiffieHellman(512);
console.log('generated', generated.getPrime().length, generated.verifyError, generated.getGenerator('hex'), crypto.checkPrimeSync(generated.getPrime()));

attempt('bits too small', () => crypto.createDiffieHellman(64));
attempt('negative bits', () => crypto.createDiffieHellman(-1));
attempt('fractional', () => crypto.createDiffieHellman(13.37));
attempt('bad generator', () => crypto.createDiffieHellman('abcdef', 1));
attempt('bad generator bytes', () => crypto.createDiffieHellman('abcdef', 'hex', Buffer.from([1])));
attempt('generator above prime', () => crypto.createDiffieHellman(modp2.getPrime(), Buffer.alloc(200, 0xff)).verifyError);
attempt('bad type', () => crypto.createDiffieHellman({}));
attempt('bad generator type', () => crypto.createDiffieHellman('', 'base64', {}));
attempt('unknown group', () => crypto.getDiffieHellman('modp3'));
attempt('no private key', () => crypto.getDiffieHellman('modp1').getPrivateKey());
attempt('no public key', () => crypto.createDiffieHellman(modp2.getPrime()).getPublicKey());
attempt('key too small', () => alice.computeSecret(Buffer.from([1])));
attempt('key too large', () => alice.computeSecret(modp2.getPrime()));
attempt('empty key', () => alice.computeSecret(''));

console.log('small primes', [1, 2, 3, 4, 97, 561, 7919].map((n) => crypto.checkPrimeSync(BigInt(n))));
console.log('modp2 prime', crypto.checkPrimeSync(modp2.getPrime()), crypto.checkPrimeSync(modp2.getPrime(), { checks: 10 }));
console.log('3 bits', crypto.generatePrimeSync(3, { bigint: true }), crypto.generatePrimeSync(4, { add: 15n, rem: 13n, bigint: true }));
const prime = crypto.generatePrimeSync(256, { bigint: true });
console.log('256 bits', prime.toString(2).length, crypto.checkPrimeSync(prime));
const safe = crypto.generatePrimeSync(128, { safe: true, bigint: true });
console.log('safe', safe.toString(2).length, crypto.checkPrimeSync(safe), crypto.checkPrimeSync((safe - 1n) / 2n), safe % 4n);
const congruent = crypto.generatePrimeSync(64, { add: 12n, rem: 11n, bigint: true });
console.log('add/rem', congruent % 12n, crypto.checkPrimeSync(congruent));
const buffer = crypto.generatePrimeSync(64);
console.log('array buffer', buffer instanceof ArrayBuffer, buffer.byteLength);
attempt('add too large', () => crypto.generatePrimeSync(64, { add: 2n ** 64n }));
attempt('rem not below add', () => crypto.generatePrimeSync(64, { add: 7n, rem: 7n }));
attempt('negative candidate', () => crypto.checkPrimeSync(-1n));
attempt('bad checks', () => crypto.checkPrimeSync(2n, { checks: -1 }));
attempt('bad size', () => crypto.generatePrimeSync(0));
crypto.generatePrime(32, { safe: true }, (err, p) => {
  const value = Buffer.from(p).readUInt32BE();
  console.log('async safe', err, crypto.checkPrimeSync(Buffer.from(p)), value >= 2 ** 31);
  crypto.checkPrime(p, (checkErr, result) => console.log('async check', checkErr, result));
});
