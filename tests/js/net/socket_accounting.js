// nodule-flags: --allow-net=127.0.0.1
// A socket's bytesWritten (queued bytes included) and bufferSize (while connecting too), a
// server's _connectionKey, one abort listener for a socket's signal, and the deprecated
// net._setSimultaneousAccepts (one warning).
const { getEventListeners } = require('events');
const net = require('net');

process.on('warning', (warning) => console.log('warning', warning.name, warning.code, warning.message));
net._setSimultaneousAccepts();
net._setSimultaneousAccepts();

const controller = new AbortController();
const unconnected = new net.Socket({ signal: controller.signal });
console.log('abort listeners', getEventListeners(controller.signal, 'abort').length);
unconnected.on('error', (err) => console.log('aborted', err.name));
controller.abort();

const size = 100000;
const server = net.createServer((socket) => {
  socket.cork();
  socket.write('a'.repeat(size));
  console.log('after a string', socket.bytesWritten);
  socket.write(Buffer.alloc(size));
  console.log('after a buffer', socket.bytesWritten);
  socket.write('é', 'utf8');
  console.log('after a two-byte character', socket.bytesWritten);
  socket.end(() => {
    console.log('ended', socket.bytesWritten);
  });
  socket.uncork();
});
server.listen(0, '127.0.0.1', () => {
  console.log('key', server._connectionKey);
  const client = net.connect(server.address().port, '127.0.0.1');
  client.write('hi');
  console.log('connecting bufferSize', client.bufferSize);
  let received = 0;
  client.on('data', (chunk) => {
    received += chunk.length;
  });
  client.on('end', () => {
    console.log('client received', received, 'bytesWritten', client.bytesWritten);
    client.end();
    server.close();
  });
});
