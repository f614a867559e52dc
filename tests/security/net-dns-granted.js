// With localhost granted, resolves other names (each a way to carry data out through DNS).
// flags: --allow-net=localhost
const dns = require('dns');
const { refused, allowed, callback, run } = require('./_hostile');

run(async () => {
  await allowed('lookup localhost', () => callback(dns.lookup, 'localhost'));
  const denied = ['ERR_ACCESS_DENIED'];
  for (const name of ['example.com', 'localhost.attacker.example', 'secret.localhost.example', 'LOCALHOST.example']) {
    await refused(`lookup ${name}`, denied, () => callback(dns.lookup, name));
    await refused(`resolve4 ${name}`, denied, () => dns.promises.resolve4(name));
  }
});
