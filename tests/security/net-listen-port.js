// With one loopback port granted, listens on others: port 0, the next port, every interface.
// flags: --allow-net=127.0.0.1:{free}
const net = require('net');
const { free, refused, allowed, listen, run } = require('./_hostile');

run(async () => {
  await allowed('the granted port', () => listen(net.createServer(), free, '127.0.0.1'));
  const denied = ['ERR_ACCESS_DENIED'];
  await refused('a port the system picks', denied, () => listen(net.createServer(), 0, '127.0.0.1'));
  await refused('the next port', denied, () => listen(net.createServer(), free + 1, '127.0.0.1'));
  await refused('the granted port on every interface', denied, () => listen(net.createServer(), free));
  await refused('the granted port as localhost', denied, () => listen(net.createServer(), free, 'localhost'));
});
