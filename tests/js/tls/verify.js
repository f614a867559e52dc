// nodule-flags: --allow-net=127.0.0.1
// Certificate checks: the wrong authority, Mozilla's roots for a self-signed
// certificate, a name the certificate lacks, and rejectUnauthorized: false.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const key = fs.readFileSync(path.join(__dirname, 'key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'cert.pem'));
const otherCA = fs.readFileSync(path.join(__dirname, 'other-ca.pem'));

function attempt(port, label, options) {
  return new Promise((resolve) => {
    const socket = tls.connect({ port, host: '127.0.0.1', ...options }, () => {
      console.log(label, 'connected: authorized', socket.authorized, 'error', socket.authorizationError);
      socket.end();
      socket.on('close', resolve);
    });
    socket.on('error', (err) => {
      console.log(label, 'error:', err.code, err.message, err.reason ?? '');
      resolve();
    });
  });
}

const server = tls.createServer({ key, cert }, (socket) => socket.end());
server.on('tlsClientError', () => {});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await attempt(port, 'wrong CA', { servername: 'localhost', ca: otherCA });
  await attempt(port, 'default roots', { servername: 'localhost' });
  await attempt(port, 'wrong name', { servername: 'other.test', ca: cert });
  await attempt(port, 'by IP', { ca: cert });
  await attempt(port, 'unverified', { servername: 'localhost', rejectUnauthorized: false });
  await attempt(port, 'unverified wrong name', { servername: 'other.test', ca: cert, rejectUnauthorized: false });
  await attempt(port, 'own check', { servername: 'localhost', ca: cert,
    checkServerIdentity: (host, peer) => new Error(`refusing ${host} (${peer.subject.CN})`) });
  server.close(() => console.log('server closed'));
});
