// AES key wrap (RFC 3394) and key wrap with padding (RFC 5649): RFC 3394's vector, wraps
// node made unwrapped, the default and custom IVs, what the wraps refuse, and the names.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const defaultIv = Buffer.from('a6a6a6a6a6a6a6a6', 'hex');
const defaultPadIv = Buffer.from('a65959a6', 'hex');
// RFC 3394 4.1: 128 bits of key data with a 128-bit KEK.
const kek = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const keyData = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
console.log('rfc 3394', crypto.createCipheriv('id-aes128-wrap', kek, defaultIv).update(keyData).toString('hex'));

for (const bits of [128, 192, 256]) {
  const key = Buffer.alloc(bits / 8, bits);
  for (const [name, iv] of [
    [`id-aes${bits}-wrap`, defaultIv],
    [`aes${bits}-wrap`, Buffer.from('3fd838af4093d749', 'hex')],
    [`id-aes${bits}-wrap-pad`, defaultPadIv],
    [`aes${bits}-wrap-pad`, Buffer.from('3fd838af', 'hex')],
  ]) {
    for (const length of [8, 13, 16, 24, 35]) {
      if (!name.endsWith('pad') && length % 8 !== 0) continue;
      const data = Buffer.alloc(length, length);
      const cipher = crypto.createCipheriv(name, key, iv);
      attempt(`${name} ${length}`, () => {
        const wrapped = Buffer.concat([cipher.update(data), cipher.final()]);
        const decipher = crypto.createDecipheriv(name, key, iv);
        const unwrapped = Buffer.concat([decipher.update(wrapped), decipher.final()]);
        return `${wrapped.toString('hex')} ${unwrapped.equals(data)}`;
      });
    }
  }
}

attempt('wrong key', () => crypto.createDecipheriv('id-aes128-wrap', Buffer.alloc(16, 3), defaultIv).update(Buffer.alloc(24, 2)));
attempt('wrong iv', () => {
  const wrapped = crypto.createCipheriv('id-aes128-wrap-pad', kek, defaultPadIv).update(keyData);
  return crypto.createDecipheriv('id-aes128-wrap-pad', kek, Buffer.from('00000000', 'hex')).update(wrapped);
});
attempt('uneven', () => crypto.createCipheriv('id-aes128-wrap', kek, defaultIv).update(Buffer.alloc(12)));
attempt('empty', () => crypto.createCipheriv('id-aes128-wrap-pad', kek, defaultPadIv).update(Buffer.alloc(0)));
attempt('no iv', () => crypto.createCipheriv('id-aes128-wrap', kek, null));
attempt('short iv', () => crypto.createCipheriv('id-aes128-wrap', kek, defaultPadIv));
const twice = crypto.createCipheriv('id-aes256-wrap', Buffer.alloc(32), defaultIv);
console.log('twice', twice.update(Buffer.alloc(16)).length, twice.update(Buffer.alloc(24)).length, twice.final().length);
console.log(crypto.getCiphers().filter((name) => /aes.*wrap/.test(name)));
for (const name of ['aes128-wrap', 'id-aes192-wrap', 'id-aes256-wrap-pad', 'aes192-wrap-pad']) console.log(crypto.getCipherInfo(name));
console.log(crypto.getCipherInfo(790)?.name, crypto.getCipherInfo(900)?.name);
