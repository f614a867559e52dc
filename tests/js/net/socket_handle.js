// nodule-flags: --allow-net=127.0.0.1
// A socket's `_handle` as Node's: there from connect() on, the socket's options reach it
// through its methods (keep-alive's delay in whole seconds), a program may close it
// (a write then fails with EBADF), and resetAndDestroy() on a socket never connected fails.
const net = require('net');

const unconnected = new net.Socket();
unconnected.on('error', (err) => console.log('reset', err.code, err.message));
unconnected.resetAndDestroy();

const server = net.createServer((socket) => socket.on('error', () => {}));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const client = net.connect({ port, host: '127.0.0.1', noDelay: true, keepAlive: true, keepAliveInitialDelay: 2500 });
  console.log('handle while connecting', client._handle !== null, client.pending);
  for (const method of ['setNoDelay', 'setKeepAlive']) {
    const original = client._handle[method];
    client._handle[method] = function wrapped(...args) {
      console.log(method, args);
      return original.apply(this, args);
    };
  }
  client.on('connect', () => {
    client.setKeepAlive(true, -5);
    client._handle.close();
    client.write('after close');
  });
  client.on('error', (err) => {
    console.log('error', err.constructor === Error, err.message, err.code);
    server.close();
  });
});
