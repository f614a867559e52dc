// What tls offers without connecting: certificate name checks, ALPN encoding,
// constants, and https' agent defaults.
const tls = require('tls');
const https = require('https');
const http = require('http');

const cases = [
  ['a.example.com', { subject: { CN: 'a.example.com' } }],
  ['b.example.com', { subjectaltname: 'DNS:a.example.com, DNS:*.foo.com', subject: { CN: 'x' } }],
  ['x.foo.com', { subjectaltname: 'DNS:a.example.com, DNS:*.foo.com' }],
  ['x.y.foo.com', { subjectaltname: 'DNS:*.foo.com' }],
  ['1.2.3.4', { subjectaltname: 'IP Address:1.2.3.5' }],
  ['1.2.3.4', { subjectaltname: 'IP Address:1.2.3.4' }],
  ['a.com', { subject: { CN: 'b.com' } }],
  ['a.com', {}],
  ['A.Example.COM.', { subjectaltname: 'DNS:a.example.com' }],
];
for (const [host, cert] of cases) {
  const err = tls.checkServerIdentity(host, cert);
  console.log(host, err === undefined ? 'ok' : [err.code, err.reason, err.host]);
}
const out = {};
tls.convertALPNProtocols(['h2', 'http/1.1'], out);
console.log(out.ALPNProtocols);
console.log(tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, tls.DEFAULT_ECDH_CURVE, tls.CLIENT_RENEG_LIMIT, typeof tls.DEFAULT_CIPHERS);
console.log(https.globalAgent instanceof http.Agent, https.globalAgent.defaultPort, https.globalAgent.protocol,
  https.globalAgent.keepAlive, https.globalAgent.maxCachedSessions, new https.Agent().defaultPort);
console.log(typeof tls.connect, typeof tls.createServer, typeof https.request, typeof https.createServer,
  tls.createSecureContext({}) instanceof tls.SecureContext);
