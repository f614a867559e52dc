// nodule-flags: --allow-net=127.0.0.1,localhost
// tls.connect's forms: (options), (port, options), (port, host, options), each with a
// callback; the options given win over the port and host before them, as in Node.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const key = fs.readFileSync(path.join(__dirname, 'key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'cert.pem'));

const server = tls.createServer({ key, cert }, (socket) => socket.end('hello'));

/** Connects with `args` (a callback is added) and prints where it got and what it read. */
function attempt(label, ...args) {
  return new Promise((resolve) => {
    const socket = tls.connect(...args, () => {
      let text = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk) => {
        text += chunk;
      });
      socket.on('end', () => {
        console.log(label, 'authorized:', socket.authorized, 'read:', text);
        resolve();
      });
    });
    socket.on('error', (err) => {
      console.log(label, 'error:', err.code);
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await attempt('options', { port, host: '127.0.0.1', ca: cert });
  await attempt('port, options', port, { host: '127.0.0.1', ca: cert, servername: 'localhost' });
  await attempt('port, host, options', port, '127.0.0.1', { ca: cert });
  await attempt('options win over the port', 1, { port, host: '127.0.0.1', ca: cert });
  await attempt('without a host: localhost', port, { ca: cert });
  await attempt('an untrusted server', port, '127.0.0.1', {});
  server.close();
});
