// nodule-flags: --allow-net=127.0.0.1
// A TLS echo server and a client trusting its certificate: event order, what the
// handshake agreed on (ALPN, protocol), the peer's certificate, and an echo.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const key = fs.readFileSync(path.join(__dirname, 'key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'cert.pem'));

// The two ends finish their handshakes in either order: the server's side is printed last.
const serverLog = [];
const server = tls.createServer({ key, cert, ALPNProtocols: ['http/1.1', 'echo'] }, (socket) => {
  serverLog.push(['secureConnection', socket.encrypted, socket.alpnProtocol, socket.getProtocol()]);
  socket.pipe(socket);
});
server.on('connection', (socket) => serverLog.push(['connection', typeof socket.remotePort]));

server.listen(0, '127.0.0.1', () => {
  const events = [];
  const socket = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: cert,
    ALPNProtocols: ['echo', 'h2'] }, () => {
    events.push('callback');
    console.log('client: authorized', socket.authorized, socket.authorizationError, socket.encrypted);
    console.log('client: alpn', socket.alpnProtocol, 'protocol', socket.getProtocol());
    const cipher = socket.getCipher();
    console.log('client: cipher', typeof cipher.name, cipher.version);
    const peer = socket.getPeerCertificate();
    console.log('client: peer', peer.subject, peer.issuer, peer.subjectaltname);
    console.log('client: validity', peer.valid_from, peer.valid_to);
    console.log('client: fingerprint', /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(peer.fingerprint256));
    console.log('client: raw', Buffer.isBuffer(peer.raw), peer.raw.length > 100);
    socket.end('hello over tls');
  });
  for (const name of ['connect', 'ready', 'secureConnect', 'end', 'close']) socket.on(name, () => events.push(name));
  let echoed = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk) => { echoed += chunk; });
  socket.on('close', () => {
    console.log('client: echoed', echoed);
    console.log('client: events', events.join(' '));
    server.close(() => console.log('server:', serverLog));
  });
});
