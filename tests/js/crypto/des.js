// Triple DES (three- and two-key, CBC and ECB): ciphertexts node made, padding on and
// off, the names and their details.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const plaintext = Buffer.from('Hello node world, with triple DES!');
for (const [name, keyLength, ivLength] of [
  ['des-ede3-cbc', 24, 8],
  ['des3', 24, 8],
  ['des-ede3', 24, 0],
  ['des-ede3-ecb', 24, 0],
  ['des-ede-cbc', 16, 8],
  ['des-ede', 16, 0],
]) {
  const key = Buffer.from('0123456789abcd0123456789abcdef01'.slice(0, keyLength));
  const iv = ivLength ? Buffer.from('12345678') : null;
  const cipher = crypto.createCipheriv(name, key, iv);
  const sealed = Buffer.concat([cipher.update(plaintext.subarray(0, 5)), cipher.update(plaintext.subarray(5)), cipher.final()]);
  const decipher = crypto.createDecipheriv(name, key, iv);
  const opened = Buffer.concat([decipher.update(sealed), decipher.final()]);
  console.log(name, sealed.toString('hex'), opened.equals(plaintext));
  const raw = crypto.createCipheriv(name, key, iv).setAutoPadding(false);
  console.log('  no padding', Buffer.concat([raw.update(Buffer.alloc(16, 7)), raw.final()]).toString('hex'));
  attempt('  uneven', () => {
    const uneven = crypto.createCipheriv(name, key, iv).setAutoPadding(false);
    uneven.update(Buffer.alloc(5));
    return uneven.final();
  });
  attempt('  bad decrypt', () => {
    const wrong = crypto.createDecipheriv(name, Buffer.alloc(keyLength, 1), iv);
    wrong.update(sealed);
    return wrong.final().length;
  });
  console.log(' ', crypto.getCipherInfo(name));
}
attempt('short key', () => crypto.createCipheriv('des-ede3-cbc', Buffer.alloc(16), Buffer.alloc(8)));
attempt('short iv', () => crypto.createCipheriv('des-ede3-cbc', Buffer.alloc(24), Buffer.alloc(4)));
console.log(crypto.getCiphers().filter((name) => /^des-ede3?(-cbc|-ecb)?$|^des3$/.test(name)));
