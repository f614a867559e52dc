// Triple-DES key wrap (RFC 3217): a key node wrapped unwraps here, a key wrapped here
// unwraps again (wrapping is randomized, so the bytes differ each time), and what OpenSSL
// refuses: a tampered or short input, a length that is not whole blocks, key and IV sizes.
const crypto = require('crypto');

const kek = Buffer.from('3c08e25be22352910671cfe4ba3652b1220a8a7769b490ba', 'hex');
const noIV = Buffer.alloc(0);
const key = Buffer.from('00112233445566778899aabbccddeeff0011223344556677', 'hex');
// Wrapped by node (OpenSSL 3).
const wrappedByNode = Buffer.from('d69750ef4725de188868bd05a3600be87d4a3320a37e153d8cace80d2f16774612450368310ef324', 'hex');

const unwrap = (data) => {
  const decipher = crypto.createDecipheriv('des3-wrap', kek, noIV);
  return Buffer.concat([decipher.update(data), decipher.final()]);
};
const wrap = (data) => {
  const cipher = crypto.createCipheriv('des3-wrap', kek, noIV);
  return Buffer.concat([cipher.update(data), cipher.final()]);
};

console.log('node wrapped:', unwrap(wrappedByNode).toString('hex'));
const wrapped = wrap(key);
console.log('wrapped here:', wrapped.length, unwrap(wrapped).equals(key), wrap(key).equals(wrapped));
console.log('text round trip:', unwrap(wrap(Buffer.from('sixteen byte key'))).toString());

const tampered = Buffer.from(wrappedByNode);
tampered[20] ^= 1;
for (const [label, run] of [
  ['tampered', () => unwrap(tampered)],
  ['short', () => unwrap(Buffer.alloc(16))],
  ['not whole blocks', () => wrap(Buffer.alloc(13))],
  ['two-key KEK', () => crypto.createCipheriv('des3-wrap', Buffer.alloc(16), noIV)],
  ['an IV', () => crypto.createCipheriv('des3-wrap', kek, Buffer.alloc(8))],
]) {
  try {
    run();
    console.log(label, 'accepted');
  } catch (err) {
    console.log(label, err.code, err.message);
  }
}
console.log(crypto.getCipherInfo('des3-wrap'), crypto.getCipherInfo('id-smime-alg-CMS3DESwrap').name);
console.log(crypto.getCiphers().filter((name) => /cms|des3/i.test(name)));
