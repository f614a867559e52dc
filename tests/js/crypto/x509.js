// nodule-flags: --allow-fs-read=.
// X509Certificate with certificates made by OpenSSL's command line (fixtures/: an EC CA,
// an RSA leaf it signed with alternative names, extended key usage and OCSP/CA issuer
// access, a self-signed Ed25519 certificate): fields, checks, signatures, legacy form.
const { X509Certificate, createPrivateKey } = require('crypto');
const fs = require('fs');
const path = require('path');

const read = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', name));
const leaf = new X509Certificate(read('leaf-cert.pem'));
const ca = new X509Certificate(read('ca-cert.pem').toString());
const ed = new X509Certificate(read('ed25519-cert.pem'));

console.log(leaf);
console.log(ca, ca.ca, leaf.ca, ca.keyUsage, ca.subjectAltName, ca.infoAccess);
console.log(ed.subject, ed.issuer, ed.serialNumber.length > 0, ed.publicKey.asymmetricKeyType);
console.log(leaf.raw.length, leaf.publicKey.asymmetricKeyType, leaf.publicKey.asymmetricKeyDetails, leaf.issuerCertificate);
console.log(leaf.toString() === read('leaf-cert.pem').toString(), leaf.toJSON() === leaf.toString());
const der = new X509Certificate(leaf.raw);
console.log(der.fingerprint256 === leaf.fingerprint256, der.serialNumber);

for (const host of ['example.com', 'EXAMPLE.COM', 'a.example.org', 'b.a.example.org', 'example.org', 'nope.com']) {
  console.log('host', host, leaf.checkHost(host), leaf.checkHost(host, { wildcards: false }));
}
console.log('subject', leaf.checkHost('example.com', { subject: 'always' }), ca.checkHost('Nodule Test CA'), ca.checkHost('Nodule Test CA', { subject: 'never' }));
for (const ip of ['127.0.0.1', '::1', '0:0:0:0:0:0:0:1', '10.0.0.1']) console.log('ip', ip, leaf.checkIP(ip));
for (const email of ['admin@example.com', 'ADMIN@example.com', 'other@example.com']) console.log('email', email, leaf.checkEmail(email));

console.log('verify', leaf.verify(ca.publicKey), leaf.verify(leaf.publicKey), ca.verify(ca.publicKey), ed.verify(ed.publicKey));
console.log('issued', leaf.checkIssued(ca), ca.checkIssued(leaf), ca.checkIssued(ca));
console.log('private', leaf.checkPrivateKey(createPrivateKey(read('leaf-key.pem'))), ed.checkPrivateKey(createPrivateKey(read('leaf-key.pem'))));
console.log(leaf.toLegacyObject());
console.log(ca.toLegacyObject());

for (const [label, fn] of [
  ['garbage', () => new X509Certificate('garbage')],
  ['garbage bytes', () => new X509Certificate(Buffer.from('garbage'))],
  ['type', () => new X509Certificate(5)],
  ['host type', () => leaf.checkHost(5)],
  ['bad ip', () => leaf.checkIP('nope')],
  ['verify type', () => leaf.verify('x')],
  ['issued type', () => leaf.checkIssued({})],
]) {
  try {
    fn();
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
