// nodule-flags: --allow-net=127.0.0.1
// A TCP round trip: events in order, half-open sockets, addresses, byte counts, errors.
const net = require('net');

const server = net.createServer({ allowHalfOpen: true }, (socket) => {
  console.log('server connection', socket.remoteAddress, socket.remoteFamily, typeof socket.remotePort);
  const chunks = [];
  socket.on('data', (d) => chunks.push(d));
  socket.on('end', () => {
    const text = Buffer.concat(chunks).toString();
    console.log('server end, got', JSON.stringify(text), 'writable', socket.writable);
    socket.end(text.toUpperCase());
  });
  socket.on('close', (hadError) => console.log('server socket close', hadError));
});

server.on('listening', () => console.log('listening', server.listening, server.address().family));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const client = net.connect({ port, host: '127.0.0.1' });
  console.log('connecting', client.connecting, client.pending, client.readyState);
  client.on('connect', () => {
    console.log('connect', client.remoteAddress, client.remotePort === port, client.localAddress, client.readyState);
    client.write('hello ');
    client.end('world', () => console.log('client finished writing', client.readyState));
  });
  client.on('ready', () => console.log('ready'));
  client.setEncoding('utf8');
  let received = '';
  client.on('data', (d) => { received += d; });
  client.on('end', () => console.log('client end', JSON.stringify(received)));
  client.on('close', (hadError) => {
    console.log('client close', hadError, client.bytesRead, client.bytesWritten, client.destroyed, client.readyState);
    server.getConnections((err, count) => {
      console.log('connections', err, count);
      server.close(() => console.log('server closed', server.listening, server.address()));
    });
  });
});
