// Connects to a granted name with a `lookup` option that answers the watched loopback address.
// flags: --allow-net=granted.invalid:{port}
const net = require('net');
const http = require('http');
const tls = require('tls');
const { port, refused, connect, event, run } = require('./_hostile');

const lookup = (_host, options, callback) =>
  options?.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4);

run(async () => {
  // Refused by the sandbox, or the name is resolved by the system (and found nowhere).
  const refusals = ['ERR_ACCESS_DENIED', 'ENOTFOUND', 'EAI_AGAIN'];
  await refused('net.connect', refusals, () => connect({ host: 'granted.invalid', port, lookup }));
  await refused('net.connect autoSelectFamily', refusals, () => connect({ host: 'granted.invalid', port, lookup, autoSelectFamily: true }));
  await refused('http.get', refusals, () => event(http.get({ host: 'granted.invalid', port, lookup }), 'response'));
  await refused('tls.connect', refusals, () =>
    event(tls.connect({ host: 'granted.invalid', port, lookup, rejectUnauthorized: false }), 'secureConnect'),
  );
  await refused('new Socket().connect', refusals, () =>
    event(new net.Socket().connect({ host: 'granted.invalid', port, lookup }), 'connect'),
  );
});
