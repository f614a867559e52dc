// dns.setServers/getServers and a Resolver's: Node's checks and its formatting of what was set
// (Nodule resolves through the host whatever the servers; they start empty there).
const dns = require('dns');

const resolver = new dns.Resolver();
resolver.setServers(['8.8.8.8', '1.1.1.1:5353', '::1', '[2001:db8::1]:5353', '[::2]', '127.0.0.1:53']);
console.log(resolver.getServers());
// dns and dns/promises each have a default resolver of their own.
dns.promises.setServers(['9.9.9.9']);
dns.setServers(['4.4.4.4']);
console.log(dns.getServers(), dns.promises.getServers(), resolver.getServers().length);

for (const servers of [null, '8.8.8.8', [8], [null], ['not an address'], ['1.2.3.4:x'], ['[1.2.3]:53']]) {
  try {
    dns.setServers(servers);
    console.log('accepted', servers, dns.getServers());
  } catch (err) {
    console.log(err.code, err.message);
  }
}

// TextDecoder labels: only ASCII whitespace around a label is ignored.
for (const label of [' utf-8\n', '\tlatin1 ', '\u00a0utf-8', 'utf-8\u2028', '\u000butf8']) {
  try {
    console.log(JSON.stringify(label), new TextDecoder(label).encoding);
  } catch (err) {
    console.log(JSON.stringify(label), err.name, err.code);
  }
}

// dns/promises' setServers leaves node:dns's list alone.
dns.promises.setServers(['5.5.5.5']);
console.log(dns.getServers(), dns.promises.getServers());
