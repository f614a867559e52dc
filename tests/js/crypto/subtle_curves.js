// crypto.subtle with Ed448, X448, P-521 and AES-KW against node, on keys node generated
// (fixtures/more-keys.json): Ed448's deterministic signature, node's ECDSA signature on
// P-521, X448 and ECDH bits, AES-KW's RFC 3394 vector, wrapKey/unwrapKey, and the
// errors of algorithm normalization.
const crypto = require('crypto');
const { subtle } = globalThis.crypto;
const keys = require('./fixtures/more-keys.json');
const signatures = require('./fixtures/more-signatures.json');

const der = (name, type) => {
  const key = crypto.createPrivateKey(keys[name]);
  return type === 'pkcs8' ? key.export({ type, format: 'der' }) : crypto.createPublicKey(key).export({ type, format: 'der' });
};
const show = async (label, promise) => {
  try {
    const value = await promise;
    console.log(label, value instanceof ArrayBuffer ? Buffer.from(value).toString('hex') : value);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};

(async () => {
  const message = Buffer.from('signed by node');
  const ed448 = await subtle.importKey('pkcs8', der('ed448', 'pkcs8'), 'Ed448', false, ['sign']);
  const signature = Buffer.from(await subtle.sign('Ed448', ed448, message));
  console.log('Ed448 as node', signature.toString('hex') === signatures.ed448, ed448.algorithm);
  const ed448Public = await subtle.importKey('spki', der('ed448', 'spki'), 'Ed448', true, ['verify']);
  console.log('Ed448 verify', await subtle.verify('Ed448', ed448Public, signature, message));
  await show('Ed448 context', subtle.sign({ name: 'Ed448', context: Buffer.from('x') }, ed448, message));
  console.log('Ed448 jwk', await subtle.exportKey('jwk', ed448Public));

  const p521 = await subtle.importKey('spki', der('ec-secp521r1', 'spki'), { name: 'ECDSA', namedCurve: 'P-521' }, true, ['verify']);
  const nodeSignature = Buffer.from(signatures['ec-secp521r1-sha1-p1363'], 'hex');
  console.log('P-521 node signature', await subtle.verify({ name: 'ECDSA', hash: 'SHA-1' }, p521, nodeSignature, message), p521.algorithm);
  const point = await subtle.exportKey('raw', p521);
  const compressed = crypto.ECDH.convertKey(Buffer.from(point), 'secp521r1', undefined, undefined, 'compressed');
  const fromCompressed = await subtle.importKey('raw', compressed, { name: 'ECDSA', namedCurve: 'P-521' }, true, ['verify']);
  console.log('compressed point', Buffer.from(await subtle.exportKey('raw', fromCompressed)).equals(Buffer.from(point)));

  const x448 = await subtle.importKey('pkcs8', der('x448', 'pkcs8'), 'X448', false, ['deriveBits']);
  const x448b = await subtle.importKey('spki', der('x448b', 'spki'), 'X448', false, []);
  await show('X448 bits', subtle.deriveBits({ name: 'X448', public: x448b }, x448, 448));
  await show('X448 missing public', subtle.deriveBits({ name: 'X448' }, x448, 448));

  // RFC 3394 4.1: a 128-bit key wrapped with a 128-bit KEK.
  const kek = await subtle.importKey('raw', Buffer.from('000102030405060708090A0B0C0D0E0F', 'hex'), 'AES-KW', true, ['wrapKey', 'unwrapKey']);
  const data = await subtle.importKey('raw', Buffer.from('00112233445566778899AABBCCDDEEFF', 'hex'), 'AES-GCM', true, ['encrypt']);
  const wrapped = await subtle.wrapKey('raw', data, kek, 'AES-KW');
  console.log('AES-KW', Buffer.from(wrapped).toString('hex'));
  const unwrapped = await subtle.unwrapKey('raw', wrapped, kek, 'AES-KW', 'AES-GCM', true, ['encrypt']);
  console.log('unwrapped', Buffer.from(await subtle.exportKey('raw', unwrapped)).toString('hex'), unwrapped.algorithm);
  const jwkWrapped = await subtle.wrapKey('jwk', data, kek, 'AES-KW');
  const fromJwk = await subtle.unwrapKey('jwk', jwkWrapped, kek, 'AES-KW', 'AES-GCM', true, ['encrypt']);
  console.log('jwk unwrapped', Buffer.from(await subtle.exportKey('raw', fromJwk)).toString('hex'));

  await show('digest of 1', subtle.digest(1, Buffer.alloc(0)));
  await show('HMAC without hash', subtle.generateKey({ name: 'HMAC' }, false, ['sign']));
  await show('importKey format', subtle.importKey('nope', Buffer.alloc(16), 'AES-GCM', false, ['encrypt']));
  await show('GCM tag length', subtle.encrypt({ name: 'AES-GCM', iv: Buffer.alloc(12), tagLength: 24 }, data, Buffer.alloc(1)));
  await show('not subtle', Reflect.construct(function () {}, [], subtle.constructor).digest('SHA-256', Buffer.alloc(0)));
})();
