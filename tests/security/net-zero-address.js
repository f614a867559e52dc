// With only 0.0.0.0 granted (to listen everywhere), connects to 0.0.0.0, which Linux takes to loopback.
// flags: --allow-net=0.0.0.0
const net = require('net');
const http = require('http');
const { port, refused, allowed, connect, event, listen, run } = require('./_hostile');

run(async () => {
  await allowed('listen on every interface', () => listen(net.createServer(), 0, '0.0.0.0'));
  const denied = ['ERR_ACCESS_DENIED'];
  await refused('0.0.0.0', denied, () => connect({ port, host: '0.0.0.0' }));
  await refused('::', denied, () => connect({ port, host: '::' }));
  await refused('0', denied, () => connect({ port, host: '0' }));
  await refused('127.0.0.1', denied, () => connect({ port, host: '127.0.0.1' }));
  await refused('http.get', denied, () => event(http.get(`http://0.0.0.0:${port}/`), 'response'));
  await refused('fetch', denied, () =>
    fetch(`http://0.0.0.0:${port}/`).catch((err) => {
      throw err.cause ?? err;
    }),
  );
  // Its own server, listening on every interface, is no way in either.
  const server = net.createServer((socket) => socket.destroy());
  await allowed('own server', () => {
    server.listen(0, '0.0.0.0');
    return event(server, 'listening');
  });
  await refused('own server through 0.0.0.0', denied, () => connect({ port: server.address().port, host: '0.0.0.0' }));
  server.close();
});
