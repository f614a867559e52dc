// nodule-flags: --allow-net=localhost
// A Resolver's channel (`resolver._handle`): getServers() formats what the channel gives,
// setServers() fails while the resolver's queries are in flight (dns.setServers makes a
// new resolver, so never does), and setLocalAddress() checks its addresses as Node's does,
// as the constructor checks its timeout and tries; cancel() ends its queries in flight.
const dns = require('dns');

const resolver = new dns.Resolver();
resolver.setServers(['127.0.0.1', '[::1]:5353']);
console.log(resolver._handle.getServers(), resolver.getServers());
const { getServers } = resolver._handle;
resolver._handle.getServers = () => undefined;
console.log(resolver.getServers());
resolver._handle.getServers = getServers;

// Whether the name resolves depends on the machine's DNS servers (Nodule's resolver is the host's).
resolver.resolve4('localhost', () => {
  console.log('query done');
  resolver.setServers(['127.0.0.2']);
  console.log('set after the query', resolver.getServers());
  const promiseResolver = new dns.promises.Resolver();
  promiseResolver.resolve4('localhost').then(
    () => console.log('promise query done'),
    () => console.log('promise query done'),
  );
  try {
    promiseResolver.setServers(['127.0.0.5']);
  } catch (err) {
    console.log('promises', err.code);
  }
});
try {
  resolver.setServers(['127.0.0.3']);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
dns.resolve4('localhost', () => {});
dns.setServers(['127.0.0.4']);
console.log('default resolver', dns.getServers());

for (const args of [['127.0.0.1'], ['::1'], ['127.0.0.1', '::1'], ['::1', '127.0.0.1'], ['127.0.0.1', '127.0.0.1'], ['::1', '::1'], ['bad'], ['127.0.0.1', 'bad'], [123], ['127.0.0.1', 42], []]) {
  try {
    resolver.setLocalAddress(...args);
    console.log('setLocalAddress', args, 'ok');
  } catch (err) {
    console.log('setLocalAddress', args, err.name, err.code, err.message);
  }
}

for (const options of [{ timeout: -2 }, { timeout: 1.5 }, { timeout: '1' }, { tries: 0 }, { tries: 2 ** 31 }, { timeout: 0, tries: 1 }, null, 5]) {
  try {
    new dns.promises.Resolver(options);
    console.log('Resolver', options, 'ok');
  } catch (err) {
    console.log('Resolver', options, err.name, err.code, err.message);
  }
}

// cancel() ends the resolver's queries in flight with ECANCELLED, after the call; its
// servers can then change, and a cancelled query's answer is never delivered.
const cancelled = new dns.Resolver();
cancelled.resolve4('localhost', (err, addresses) => console.log('cancelled query', err?.code, err?.message, err?.syscall, err?.hostname, addresses));
cancelled.resolve6('localhost', (err) => console.log('cancelled query', err?.code));
console.log('before cancel');
cancelled.cancel();
console.log('after cancel');
cancelled.setServers(['127.0.0.6']);
console.log('servers after cancel', cancelled.getServers());
const cancelledPromises = new dns.promises.Resolver();
cancelledPromises.resolve4('localhost').catch((err) => console.log('cancelled promise', err.code, err.message));
cancelledPromises.cancel();
