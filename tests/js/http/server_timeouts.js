// nodule-flags: --allow-net=127.0.0.1
// Slow clients: a head that never completes gets 408 once headersTimeout passes; an
// idle keep-alive connection is closed after keepAliveTimeout; a socket timeout
// reaches the server's 'timeout' event.
const http = require('http');
const net = require('net');

const server = http.createServer({ headersTimeout: 150, requestTimeout: 300, connectionsCheckingInterval: 25 },
  (req, res) => res.end('ok'));
server.keepAliveTimeout = 100;

function slowloris(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let out = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { out += d; });
    socket.on('close', () => resolve(out));
    socket.write('GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    // The drip stops before headersTimeout passes: bytes still arriving when the server
    // closes would make its kernel reset the connection, losing the 408 in flight.
    const drip = setInterval(() => socket.writable && socket.write('a'), 20);
    setTimeout(() => clearInterval(drip), 90);
  });
}

function idleKeepAlive(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let out = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { out += d; });
    socket.on('end', () => resolve(out.replace(/Date: [^\r]*\r\n/, '')));
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  console.log('slowloris', JSON.stringify(await slowloris(port)));
  console.log('idle keep-alive closed by the server', JSON.stringify(await idleKeepAlive(port)));
  server.timeout = 50;
  server.keepAliveTimeout = 0;
  server.once('timeout', (socket) => {
    console.log('server timeout event');
    socket.destroy();
  });
  const socket = net.connect(port, '127.0.0.1');
  socket.on('close', () => {
    console.log('timed-out socket closed');
    server.close();
  });
});
