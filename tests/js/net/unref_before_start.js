// nodule-flags: --allow-net=127.0.0.1
// A server unrefed before it listens does not keep the program running, and a write made
// while connecting fails once the socket is destroyed before it connects.
const net = require('net');

const server = net.createServer();
server.unref();
server.listen(0, '127.0.0.1', () => {
  console.log('listening');
  const socket = net.connect(server.address().port, '127.0.0.1');
  socket.on('connect', () => console.log('connect, not expected'));
  socket.on('error', (err) => console.log('error', err.code));
  socket.write('early', (err) => console.log('write', err.code, err.message));
  socket.destroy();
  socket.on('close', () => console.log('close'));
});
process.on('exit', () => console.log('exit'));
