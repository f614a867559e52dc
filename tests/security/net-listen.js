// Listens with no network grant: every interface, loopback, the watched port itself, every server kind.
const net = require('net');
const http = require('http');
const tls = require('tls');
const https = require('https');
const { port, refused, listen, run } = require('./_hostile');

run(async () => {
  const denied = ['ERR_ACCESS_DENIED'];
  await refused('every interface', denied, () => listen(net.createServer(), 0));
  await refused('loopback', denied, () => listen(net.createServer(), 0, '127.0.0.1'));
  await refused('::1', denied, () => listen(net.createServer(), { port: 0, host: '::1' }));
  // EADDRINUSE would mean a socket was made before the check.
  await refused('the watched port', denied, () => listen(net.createServer(), port, '127.0.0.1'));
  await refused('exclusive', denied, () => listen(net.createServer(), { port: 0, exclusive: true }));
  await refused('http', denied, () => listen(http.createServer(), 0));
  await refused('tls', denied, () => listen(tls.createServer(), 0, '127.0.0.1'));
  await refused('https', denied, () => listen(https.createServer(), 0));
});
