// AES (ECB, CBC, CTR, GCM) and ChaCha20-Poly1305 against node's OpenSSL: outputs for
// fixed keys and IVs, fed whole and in uneven pieces, AAD and tags, padding, and the errors.
const crypto = require('crypto');

const bytes = (n, seed) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed * 17 + 7) & 0xff));
const message = bytes(157, 3);
const pieces = [0, 1, 15, 16, 17, 3, 40, 65];

function encryptInPieces(cipher) {
  const out = [];
  let at = 0;
  for (const size of pieces) {
    out.push(cipher.update(message.subarray(at, at + size)));
    at += size;
  }
  out.push(cipher.update(message.subarray(at)));
  out.push(cipher.final());
  return Buffer.concat(out);
}

const names = ['aes-128-ecb', 'aes-192-ecb', 'aes-256-ecb', 'aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes128', 'aes256'];
names.push('aes-128-ctr', 'aes-192-ctr', 'aes-256-ctr', 'aes-128-gcm', 'aes-192-gcm', 'AES-256-GCM', 'id-aes128-GCM', 'chacha20-poly1305');
console.log(names.every((name) => crypto.getCiphers().includes(name.replace('AES-256-GCM', 'aes-256-gcm'))));
for (const name of names) {
  const info = crypto.getCipherInfo(name);
  const key = bytes(info.keyLength, 1);
  const iv = info.ivLength ? bytes(info.ivLength, 2) : null;
  const aead = info.mode === 'gcm' || name.startsWith('chacha');
  const options = aead ? { authTagLength: 16 } : undefined;
  const whole = crypto.createCipheriv(name, key, iv, options);
  if (aead) whole.setAAD(Buffer.from('header'));
  const ciphertext = Buffer.concat([whole.update(message), whole.final()]);
  const tag = aead ? whole.getAuthTag() : undefined;
  const piecewise = crypto.createCipheriv(name, key, iv, options);
  if (aead) piecewise.setAAD(Buffer.from('header'));
  const same = encryptInPieces(piecewise).equals(ciphertext) && (!aead || piecewise.getAuthTag().equals(tag));
  const decipher = crypto.createDecipheriv(name, key, iv, options);
  if (aead) decipher.setAAD(Buffer.from('header')).setAuthTag(tag);
  const back = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  console.log(name, JSON.stringify(info), ciphertext.toString('hex'), tag?.toString('hex'), same, back.equals(message));
}

// GCM with IVs of other lengths, short tags, no AAD, empty text.
for (const ivLength of [1, 8, 12, 16, 60]) {
  const cipher = crypto.createCipheriv('aes-256-gcm', bytes(32, 4), bytes(ivLength, 5), { authTagLength: 12 });
  const out = cipher.update('gcm text', 'utf8', 'hex') + cipher.final('hex');
  console.log('gcm iv', ivLength, out, cipher.getAuthTag().toString('hex'));
}
const empty = crypto.createCipheriv('aes-128-gcm', bytes(16, 6), bytes(12, 7));
console.log('gcm empty', empty.final().length, empty.getAuthTag().toString('hex'));
const chachaShort = crypto.createCipheriv('chacha20-poly1305', bytes(32, 8), bytes(12, 9), { authTagLength: 8 });
chachaShort.update('x');
chachaShort.final();
console.log('chacha short tag', chachaShort.getAuthTag().toString('hex'));

// A wrong tag, wrong AAD or a truncated tag where the length was fixed fail to authenticate.
function gcmOpen(tagEdit, aad) {
  const key = bytes(16, 10);
  const iv = bytes(12, 11);
  const c = crypto.createCipheriv('aes-128-gcm', key, iv);
  c.setAAD(Buffer.from('aad'));
  const ct = Buffer.concat([c.update('secret'), c.final()]);
  const d = crypto.createDecipheriv('aes-128-gcm', key, iv);
  d.setAAD(Buffer.from(aad));
  d.setAuthTag(tagEdit(c.getAuthTag()));
  const plain = d.update(ct, undefined, 'utf8');
  try {
    return plain + d.final('utf8');
  } catch (err) {
    return `${plain} / ${err.message}`;
  }
}
console.log(gcmOpen((t) => t, 'aad'));
console.log(gcmOpen((t) => t.subarray(0, 8), 'aad'));
console.log(gcmOpen((t) => Buffer.from(t.map((b, i) => (i === 0 ? b ^ 1 : b))), 'aad'));
console.log(gcmOpen((t) => t, 'AAD'));

// CBC padding: with and without auto padding, bad padding.
const key = bytes(16, 12);
const iv = bytes(16, 13);
for (const size of [0, 1, 15, 16, 17, 32]) {
  const c = crypto.createCipheriv('aes-128-cbc', key, iv);
  console.log('cbc', size, c.update(bytes(size, 14), undefined, 'base64') + c.final('base64'));
}
const raw = crypto.createCipheriv('aes-128-cbc', key, iv).setAutoPadding(false);
const rawOut = Buffer.concat([raw.update(bytes(32, 15)), raw.final()]);
console.log('no padding', rawOut.toString('hex'));
const unpadded = crypto.createDecipheriv('aes-128-cbc', key, iv);
unpadded.setAutoPadding(false);
console.log('kept padding', Buffer.concat([unpadded.update(rawOut), unpadded.final()]).equals(bytes(32, 15)));
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message, err.library, err.reason);
  }
}
attempt('bad padding', () => {
  const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
  d.update(rawOut);
  return d.final();
});
attempt('short final', () => {
  const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
  d.update(rawOut.subarray(0, 20));
  return d.final();
});
attempt('unpadded short', () => {
  const c = crypto.createCipheriv('aes-256-ecb', bytes(32, 1), null).setAutoPadding(false);
  c.update('abc');
  return c.final();
});

// Strings, encodings, KeyObjects, the stream interface.
const hexKey = crypto.createSecretKey(bytes(32, 16));
const enc = crypto.createCipheriv('aes-256-ctr', hexKey, bytes(16, 17));
const text = enc.update('héllo wörld', 'utf8', 'base64') + enc.final('base64');
const dec = crypto.createDecipheriv('aes-256-ctr', bytes(32, 16), bytes(16, 17));
console.log(text, dec.update(text, 'base64', 'utf8') + dec.final('utf8'));
const streamed = crypto.createCipheriv('aes-128-cbc', key, iv);
const chunks = [];
streamed.on('data', (chunk) => chunks.push(chunk));
streamed.on('end', () => console.log('stream', Buffer.concat(chunks).toString('hex')));
streamed.write('streamed ');
streamed.end(Buffer.from('text'));
console.log(crypto.createCipheriv('aes-128-cbc', key, iv) instanceof require('stream').Transform);

// Argument errors.
attempt('key length', () => crypto.createCipheriv('aes-128-cbc', bytes(15, 1), iv));
attempt('iv length', () => crypto.createCipheriv('aes-128-cbc', key, bytes(12, 1)));
attempt('null iv', () => crypto.createCipheriv('aes-128-cbc', key, null));
attempt('ecb iv', () => crypto.createCipheriv('aes-128-ecb', key, iv));
attempt('unknown', () => crypto.createCipheriv('aes-128-xyz', key, iv));
attempt('key type', () => crypto.createCipheriv('aes-128-cbc', 42, iv));
attempt('iv type', () => crypto.createCipheriv('aes-128-cbc', key, {}));
attempt('cipher type', () => crypto.createCipheriv(1, key, iv));
attempt('tag length', () => crypto.createCipheriv('aes-128-gcm', key, bytes(12, 1), { authTagLength: 7 }));
attempt('gcm empty iv', () => crypto.createCipheriv('aes-128-gcm', key, Buffer.alloc(0)));
attempt('data type', () => crypto.createCipheriv('aes-128-cbc', key, iv).update(7));
attempt('final twice', () => {
  const c = crypto.createCipheriv('aes-128-cbc', key, iv);
  c.final();
  return c.final();
});
attempt('update after final', () => {
  const c = crypto.createCipheriv('aes-128-cbc', key, iv);
  c.final();
  return c.update('x');
});
attempt('aad after update', () => {
  const c = crypto.createCipheriv('aes-128-gcm', key, bytes(12, 1));
  c.update('x');
  return c.setAAD(Buffer.from('late'));
});
attempt('aad on cbc', () => crypto.createCipheriv('aes-128-cbc', key, iv).setAAD(Buffer.from('x')));
attempt('tag before final', () => crypto.createCipheriv('aes-128-gcm', key, bytes(12, 1)).getAuthTag());
attempt('bad tag length', () => crypto.createDecipheriv('aes-128-gcm', key, bytes(12, 1)).setAuthTag(Buffer.alloc(5)));
attempt('tag mismatch option', () =>
  crypto.createDecipheriv('aes-128-gcm', key, bytes(12, 1), { authTagLength: 8 }).setAuthTag(Buffer.alloc(16)),
);
attempt('no tag', () => {
  const d = crypto.createDecipheriv('aes-128-gcm', key, bytes(12, 1));
  d.update(Buffer.alloc(4));
  return d.final();
});
attempt('info unknown', () => crypto.getCipherInfo('nope'));
attempt('info nid', () => crypto.getCipherInfo(419));
attempt('info key length', () => crypto.getCipherInfo('aes-128-gcm', { keyLength: 17 }));
attempt('info iv length', () => crypto.getCipherInfo('aes-128-gcm', { ivLength: 16 }));
console.log(crypto.getCiphers().includes('aes-256-gcm'), crypto.createCipheriv.length, crypto.Cipheriv.length);
