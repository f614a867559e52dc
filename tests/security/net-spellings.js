// With a grant for localhost on another port, names loopback every way on the watched port.
// flags: --allow-net=localhost:{free}
const { port, refused, connect, run } = require('./_hostile');

run(async () => {
  const hosts = [
    'localhost',
    'LOCALHOST',
    'localhost.',
    '127.0.0.1',
    '127.1',
    '127.0.0.2',
    '0x7f.1',
    '0x7f000001',
    '2130706433',
    '0177.0.0.1',
    '::1',
    '[::1]',
    '0:0:0:0:0:0:0:1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '0.0.0.0',
    '::',
    '0',
  ];
  for (const host of hosts) {
    await refused(`connect ${host}`, ['ERR_ACCESS_DENIED'], () => connect({ port, host }));
  }
});
