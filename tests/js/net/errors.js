// nodule-flags: --allow-net=127.0.0.1
// Node's errors for bad arguments, refused connections, ports in use and misuse of servers.
const net = require('net');

for (const call of [
  () => net.connect(70000),
  () => net.connect({ port: -1 }),
  () => net.connect({ port: true }),
  () => net.connect({}),
  () => net.createServer().listen(70000),
  () => net.createServer().listen({ port: 'abc' }),
  () => net.createServer(5),
  () => new net.Socket().setTimeout(-1),
]) {
  try {
    call();
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

net.createServer().close((err) => console.log('close when not listening:', err.code, err.message));

const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  try {
    server.listen(0);
  } catch (err) {
    console.log('listen twice:', err.code, err.message);
  }
  const second = net.createServer();
  second.on('error', (err) => {
    console.log('in use:', err.message === `listen EADDRINUSE: address already in use 127.0.0.1:${port}`,
      err.code, err.errno, err.syscall, err.address, err.port === port, Object.keys(err).join());
    server.close(() => {
      const client = net.connect(port, '127.0.0.1');
      client.on('error', (e) => {
        console.log('refused:', e.message === `connect ECONNREFUSED 127.0.0.1:${port}`, e.code, e.errno, e.syscall,
          e.address, e.port === port, Object.keys(e).join());
      });
      client.on('close', (hadError) => console.log('refused socket closed', hadError));
    });
  });
  second.listen(port, '127.0.0.1');
});
