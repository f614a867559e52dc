'use strict';
// dns with promises: each function of `dns` resolving its callback's result.

const dns = require('dns');
const { shape } = require('internal/util/function_shape');

/**
 * `fn` returning a promise; bad arguments throw at once, as Node's dns/promises throws them.
 * A Resolver's method passes its resolver on as `this`.
 */
function promisified(fn, shape) {
  return function (...args) {
    const { promise, resolve, reject } = Promise.withResolvers();
    fn.call(this, ...args, (err, ...results) => (err ? reject(err) : resolve(shape(...results))));
    return promise;
  };
}

function lookup(hostname, options) {
  return promisified(dns.lookup, (address, family) => (Array.isArray(address) ? address : { address, family }))(
    hostname,
    typeof options === 'number' ? { family: options } : (options ?? {}),
  );
}

// Node's take `(hostname, rrtype or options)`, `(ip)` with the callback's place unused: length 2.
const promises = { lookup };
for (const name of Object.keys(dns)) {
  if (name.startsWith('resolve') || name === 'reverse' || name === 'lookupService') {
    promises[name] = shape(
      promisified(dns[name], (result) => result),
      name,
      2,
    );
  }
}

class Resolver extends dns.Resolver {}
for (const name of Object.keys(promises)) {
  if (name !== 'lookup' && name !== 'lookupService') Resolver.prototype[name] = promises[name];
}

let defaultResolver;
dns._bindPromisesResolver((resolver) => {
  defaultResolver = resolver;
});

module.exports = {
  ...promises,
  Resolver,
  getServers: () => defaultResolver.getServers(),
  setServers(servers) {
    const resolver = new Resolver();
    resolver.setServers(servers);
    defaultResolver = resolver;
  },
  getDefaultResultOrder: dns.getDefaultResultOrder,
  setDefaultResultOrder: dns.setDefaultResultOrder,
  ...Object.fromEntries(Object.entries(dns).filter(([, value]) => typeof value === 'string')),
};
