// With localhost granted, listens on every interface under each of its spellings.
// flags: --allow-net=localhost
const net = require('net');
const { refused, allowed, listen, run } = require('./_hostile');

run(async () => {
  await allowed('loopback', () => listen(net.createServer(), 0, '127.0.0.1'));
  const denied = ['ERR_ACCESS_DENIED'];
  await refused('no host', denied, () => listen(net.createServer(), 0));
  await refused('no host, port only', denied, () => listen(net.createServer(), { port: 0 }));
  for (const host of ['0.0.0.0', '::', '0:0:0:0:0:0:0:0', '::ffff:0.0.0.0', '0']) {
    await refused(`host ${host}`, [...denied, 'ENOTFOUND', 'EAI_AGAIN'], () => listen(net.createServer(), 0, host));
  }
});
