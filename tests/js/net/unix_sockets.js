// nodule-flags: --allow-fs-write=.
// Unix domain sockets: a server and client over a path, server.address() is the path,
// the ends have no addresses, the socket file goes when the server closes, http over
// socketPath, and Node's errors for a missing path and for a file that is no socket.
const net = require('net');
const http = require('http');
const path = require('path');
const sock = path.join(__dirname, 'fixture.sock');
require('fs').rmSync(sock, { force: true });
const server = net.createServer((c) => {
  console.log('server side', c.remoteAddress, c.address());
  c.end('hello over unix\n');
});
server.listen(sock, () => {
  console.log('address', server.address() === sock);
  const c = net.connect(sock, () => console.log('connected', c.remoteAddress, c.remotePort, c.address()));
  c.setEncoding('utf8');
  c.on('data', (d) => process.stdout.write(d));
  c.on('close', () => server.close(() => {
    console.log('socket file after close', require('fs').existsSync(sock));
    const hs = http.createServer((q, r) => r.end(`http ${q.url}`)).listen(sock, () => {
      http.get({ socketPath: sock, path: '/x' }, (r) => { r.setEncoding('utf8'); r.on('data', (d) => console.log(d)); r.on('end', () => hs.close()); });
    });
  }));
});
net.connect(path.join(__dirname, 'missing.sock')).on('error', (e) => console.log('missing', e.code, e.message, e.syscall, e.address));
net.connect(__filename).on('error', (e) => console.log('not a socket', e.code, e.syscall));
