// With the watched address and port granted as 127.0.0.1, reaches it under other names: each is refused.
// flags: --allow-net=127.0.0.1:{port}
const { port, refused, connect, run } = require('./_hostile');

run(async () => {
  // None connects, so the watched port must see nothing: a grant is never widened to
  // what a name or another spelling of the address resolves to.
  const hosts = [
    'localhost',
    '127.1',
    '0x7f.1',
    '0x7f000001',
    '2130706433',
    '0177.0.0.1',
    '127.0.0.1.',
    '::ffff:127.0.0.1',
    '[::ffff:127.0.0.1]',
    '::ffff:7f00:1',
    '0.0.0.0',
    '::',
    '127.0.0.1.nip.io',
    '127.0.0.1 ',
  ];
  for (const host of hosts) {
    await refused(`connect ${JSON.stringify(host)}`, ['ERR_ACCESS_DENIED'], () => connect({ port, host }));
  }
});
