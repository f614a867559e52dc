// nodule-flags: --allow-net=127.0.0.1
// A client with its own `lookup` (as npm's agent has): the name it asked for, not the
// address its lookup found, is what SNI sends and what the certificate must name.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const key = fs.readFileSync(path.join(__dirname, 'key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'cert.pem'));
const toLoopback = (host, options, callback) =>
  options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4);

const server = tls.createServer({ key, cert }, (socket) => {
  // The client that refuses the certificate may close before this reaches it.
  socket.on('error', () => {});
  socket.end('hello');
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const host of ['localhost', 'nodule-test.invalid']) {
    await new Promise((resolve) => {
      const socket = tls.connect({ host, port, ca: cert, lookup: toLoopback }, () => {
        console.log(host, 'authorized', socket.authorized);
        socket.setEncoding('utf8');
        socket.on('data', (data) => console.log(host, 'read', data));
      });
      socket.on('error', (err) => {
        console.log(host, 'error', err.code, err.host, err.reason);
        resolve();
      });
      socket.on('close', resolve);
    });
  }
  server.close();
});
