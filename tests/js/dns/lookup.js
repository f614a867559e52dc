// nodule-flags: --allow-net=localhost
// dns.lookup through the host resolver: literals, localhost and arguments. (A name that
// fails to resolve needs a DNS server, which a test machine may not reach.)
const dns = require('dns');

for (const call of [
  () => dns.lookup(5, () => {}),
  () => dns.lookup('x', 5, () => {}),
  () => dns.lookup('x', { family: 'x' }, () => {}),
  () => dns.lookup('x'),
  () => dns.lookup('x', { all: 1 }, () => {}),
]) {
  try {
    call();
  } catch (err) {
    console.log(err.code, err.message);
  }
}

const lookups = [
  ['127.0.0.1', {}],
  ['::1', { all: true }],
  ['localhost', { family: 4 }],
  ['localhost', { family: 4, all: true }],
];

(async () => {
  for (const [host, options] of lookups) {
    await new Promise((resolve) => dns.lookup(host, options, (err, address, family) => {
      if (err) console.log(host, 'error', err.message, err.code, err.errno, err.syscall, err.hostname);
      else console.log(host, JSON.stringify(address), family);
      resolve();
    }));
  }
  console.log(await dns.promises.lookup('localhost', { family: 4 }));
  console.log(await require('dns/promises').lookup('127.0.0.1', { all: true }));
  console.log(dns.getDefaultResultOrder(), dns.NOTFOUND, typeof dns.Resolver);
})();
