'use strict';
// dns with promises: each function of `dns` resolving its callback's result.

const dns = require('dns');

function promisified(fn, shape) {
  return (...args) =>
    new Promise((resolve, reject) => {
      fn(...args, (err, ...results) => (err ? reject(err) : resolve(shape(...results))));
    });
}

const lookup = (hostname, options = {}) =>
  promisified(dns.lookup, (address, family) => (Array.isArray(address) ? address : { address, family }))(
    hostname,
    typeof options === 'number' ? { family: options } : options,
  );

const promises = { lookup };
for (const name of Object.keys(dns)) {
  if (name.startsWith('resolve') || name === 'reverse' || name === 'lookupService') {
    promises[name] = promisified(dns[name], (result) => result);
  }
}

class Resolver extends dns.Resolver {}
for (const name of Object.keys(promises)) {
  if (name !== 'lookup') Resolver.prototype[name] = promises[name];
}

module.exports = {
  ...promises,
  Resolver,
  getServers: dns.getServers,
  setServers: dns.setServers,
  getDefaultResultOrder: dns.getDefaultResultOrder,
  setDefaultResultOrder: dns.setDefaultResultOrder,
  ...Object.fromEntries(Object.entries(dns).filter(([, value]) => typeof value === 'string')),
};
