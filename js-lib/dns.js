'use strict';
// Name resolution through the host's resolver (getaddrinfo), checked against the
// `--allow-net` grants. `lookup` is Node's; the `resolve*` family answers A and AAAA
// from the same resolver (there is no DNS client in the sandbox) and refuses the
// other record types with ENOTIMP.

const { lookup: startLookup } = internalBinding('net');
const { onCompletion } = require('internal/event_loop');
const { isIP, validateHints, ADDRCONFIG, V4MAPPED, ALL } = require('internal/net');
const {
  codes: { ERR_DNS_SET_SERVERS_FAILED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS },
  dnsException,
} = require('internal/errors');
const { shape } = require('internal/util/function_shape');
const {
  validateArray,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateNumber,
  validateOneOf,
  validateString,
} = require('internal/validators');

const errorCodes = {
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

const { ENOTFOUND } = internalBinding('errno').codes;
let defaultResultOrder = 'verbatim';
let invalidHostnameWarned = false;

function familyOf(value, name) {
  if (value === 'IPv4') return 4;
  if (value === 'IPv6') return 6;
  validateOneOf(value, name, [0, 4, 6]);
  return value;
}

/** `(hostname, [options | family], callback)` as Node reads it. */
function lookupOptions(hostname, options, callback) {
  if (hostname && typeof hostname !== 'string') throw new ERR_INVALID_ARG_TYPE('hostname', 'string', hostname);
  let family = 0;
  let all = false;
  let order = defaultResultOrder;
  if (typeof options === 'function') {
    callback = options;
  } else if (typeof options === 'number') {
    validateFunction(callback, 'callback');
    family = familyOf(options, 'family');
  } else if (options !== undefined && options !== null && typeof options !== 'object') {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    validateFunction(callback, 'callback');
    if (options?.hints != null) {
      validateNumber(options.hints, 'options.hints');
      validateHints(options.hints >>> 0);
    }
    if (options?.family != null) family = familyOf(options.family, 'options.family');
    if (options?.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options?.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options?.order != null) {
      validateOneOf(options.order, 'options.order', ['ipv4first', 'ipv6first', 'verbatim']);
      order = options.order;
    }
  }
  return { family, all, order, callback };
}

/** Starts a resolution; `done(err, [{ address, family }])` in the order asked for. */
function resolveAddresses(hostname, family, order, syscall, done) {
  onCompletion(
    startLookup(hostname, family),
    (result) => {
      if (typeof result === 'number' && result < 0) return done(dnsException(result, syscall, hostname));
      const addresses = [];
      for (let i = 0; i < result.length; i += 3) addresses.push({ address: result[i], family: result[i + 2] });
      if (addresses.length === 0) return done(dnsException(ENOTFOUND, syscall, hostname));
      if (order !== 'verbatim') {
        const first = order === 'ipv4first' ? 4 : 6;
        addresses.sort((a, b) => (a.family === first ? 0 : 1) - (b.family === first ? 0 : 1));
      }
      done(null, addresses);
    },
    // Node's names for a lookup and a query in flight (process.getActiveResourcesInfo()).
    syscall === 'getaddrinfo' ? 'GetAddrInfoReqWrap' : 'QueryReqWrap',
  );
}

function lookup(hostname, options, callback) {
  const { family, all, order, callback: cb } = lookupOptions(hostname, options, callback);
  if (!hostname) {
    if (!invalidHostnameWarned)
      process.emitWarning(
        `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
        'DeprecationWarning',
        'DEP0118',
      );
    invalidHostnameWarned = true;
    if (all) process.nextTick(cb, null, []);
    else process.nextTick(cb, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const ipFamily = isIP(hostname);
  if (ipFamily) {
    if (all) process.nextTick(cb, null, [{ address: hostname, family: ipFamily }]);
    else process.nextTick(cb, null, hostname, ipFamily);
    return {};
  }
  resolveAddresses(hostname, family, order, 'getaddrinfo', (err, addresses) => {
    if (err) cb(err);
    else if (all) cb(null, addresses);
    else cb(null, addresses[0].address, addresses[0].family);
  });
  return {};
}

/** A query's failure named by its c-ares code, as Node's: `queryA ECANCELLED example.org`. */
function queryException(code, syscall, hostname) {
  const err = new Error(`${syscall} ${code} ${hostname}`);
  err.code = code;
  err.syscall = syscall;
  err.hostname = hostname;
  return err;
}

function notImplemented(syscall, hostname) {
  return queryException('ENOTIMP', syscall, hostname);
}

const queries = { A: ['queryA', 4], AAAA: ['queryAaaa', 6] };

/**
 * `resolve(hostname, [rrtype], callback)`: addresses (or `{ address, ttl }` with `ttl`);
 * `resolver`, when a Resolver's method asks, holds the query as in flight until it ends
 * or the resolver cancels it.
 */
function resolve(resolver, hostname, rrtype, options, callback) {
  validateString(hostname, 'name');
  validateFunction(callback, 'callback');
  const withTtl = Boolean(options?.ttl);
  const query = queries[rrtype];
  if (query === undefined) {
    const syscall = `query${rrtype[0]}${rrtype.slice(1).toLowerCase()}`;
    process.nextTick(callback, notImplemented(syscall, hostname));
    return {};
  }
  const [syscall, family] = query;
  const channel = resolver instanceof Resolver ? resolver._handle : null;
  let settled = false;
  const settle = () => {
    if (settled) return false;
    settled = true;
    channel?.pending.delete(cancel);
    return true;
  };
  // Cancelled, the query is over at once; its callback runs after the call, as c-ares reports it.
  const cancel = () => {
    if (settle()) process.nextTick(callback, queryException('ECANCELLED', syscall, hostname));
  };
  channel?.pending.add(cancel);
  resolveAddresses(hostname, family, 'verbatim', syscall, (err, addresses) => {
    if (!settle()) return;
    if (err) callback(err);
    else
      callback(
        null,
        addresses.map(({ address }) => (withTtl ? { address, ttl: 0 } : address)),
      );
  });
  return {};
}

const recordTypes = ['A', 'AAAA', 'ANY', 'CAA', 'CNAME', 'MX', 'NAPTR', 'NS', 'PTR', 'SOA', 'SRV', 'TXT'];
const resolvers = {
  resolve(hostname, rrtype, callback) {
    if (typeof rrtype === 'function') return resolve(this, hostname, 'A', undefined, rrtype);
    if (typeof rrtype !== 'string') throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
    if (!recordTypes.includes(rrtype)) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    return resolve(this, hostname, rrtype, undefined, callback);
  },
};
for (const rrtype of recordTypes) {
  const name = `resolve${rrtype === 'AAAA' ? '6' : rrtype === 'A' ? '4' : rrtype[0] + rrtype.slice(1).toLowerCase()}`;
  // Node's `(hostname, /* options, */ callback)`: length 2.
  resolvers[name] = shape(
    // An ordinary function, as Node's (an arrow has no prototype and cannot be constructed).
    function resolveRecords(hostname, options, callback) {
      if (typeof options === 'function') return resolve(this, hostname, rrtype, undefined, options);
      return resolve(this, hostname, rrtype, options, callback);
    },
    name,
    2,
  );
}

function reverse(ip, callback) {
  validateFunction(callback, 'callback');
  process.nextTick(callback, notImplemented('getHostByAddr', ip));
  return {};
}

function lookupService(address, _port, callback) {
  validateFunction(callback, 'callback');
  process.nextTick(callback, notImplemented('getnameinfo', address));
  return {};
}

// The DNS servers a program names. Names are resolved by the host's resolver whatever they
// are (there is no DNS client in the sandbox): they are kept, checked as Node checks them,
// only for getServers(), which starts empty.
const kDnsPort = 53;

/** The TypeError Node's resolver channel throws for a local address it cannot use. */
function invalidLocalAddress(message) {
  return Object.assign(new TypeError(message), { code: 'ERR_INVALID_ARG_VALUE' });
}

/**
 * A Resolver's channel, as Node's `resolver._handle` (c-ares's) shows it: its servers as
 * `[address, port]` pairs, and its queries in flight, while which its servers cannot change.
 */
class Channel {
  servers = [];
  // Each query in flight, as the function that cancels it.
  pending = new Set();

  getServers() {
    return this.servers.map(([, address, port]) => [address, port]);
  }

  /** 0, or why `servers` (`[family, address, port]` each) cannot be set now. */
  setServers(servers) {
    if (this.pending.size > 0) return 'There are pending queries.';
    this.servers = servers;
    return 0;
  }

  /** The addresses queries would be sent from: one of each family at most. */
  setLocalAddress(first, second) {
    const firstFamily = isIP(first);
    if (firstFamily === 0) throw invalidLocalAddress('Invalid IP address.');
    if (second === undefined) return;
    const secondFamily = isIP(second);
    if (secondFamily === 0) throw invalidLocalAddress('Invalid IP address.');
    if (secondFamily === firstFamily) throw invalidLocalAddress(`Cannot specify two IPv${firstFamily} addresses.`);
  }

  /** Ends each query in flight with ECANCELLED. */
  cancel() {
    for (const cancelQuery of this.pending) cancelQuery();
  }
}

/** `[family, address, port]` for each of `servers`, checked as Node's setServers does. */
function parseServers(servers) {
  validateArray(servers, 'servers');
  return servers.map((server, index) => {
    validateString(server, `servers[${index}]`);
    const family = isIP(server);
    if (family !== 0) return [family, server, kDnsPort];
    const bracketed = /^\[([^[\]]*)\](?::(\d+))?$/.exec(server);
    if (bracketed && isIP(bracketed[1]) !== 0) return [isIP(bracketed[1]), bracketed[1], Number(bracketed[2] ?? kDnsPort)];
    const [, host, port] = /(^.+?)(?::(\d+))?$/.exec(server) ?? [];
    if (host !== undefined && isIP(host) !== 0) return [isIP(host), host, Number(port ?? kDnsPort)];
    throw new ERR_INVALID_IP_ADDRESS(server);
  });
}

class Resolver {
  constructor(options = undefined) {
    // Checked as Node's are, though the host's resolver keeps its own timeouts and tries.
    const { timeout = -1, tries = 4 } = { ...options };
    validateInt32(timeout, 'options.timeout', -1);
    validateInt32(tries, 'options.tries', 1);
    this.options = options;
    this._handle = new Channel();
  }

  cancel() {
    this._handle.cancel();
  }

  /** Node's strings for the channel's servers: the address alone on port 53, else with its port. */
  getServers() {
    return (this._handle.getServers() || []).map(([address, port]) => {
      if (!port || port === kDnsPort) return address;
      return `${isIP(address) === 6 ? `[${address}]` : address}:${port}`;
    });
  }

  setServers(servers) {
    const failure = this._handle.setServers(parseServers(servers));
    if (failure !== 0) throw new ERR_DNS_SET_SERVERS_FAILED(failure, servers);
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    this._handle.setLocalAddress(ipv4, ipv6);
  }
}
Object.assign(Resolver.prototype, resolvers, { reverse });

// As in Node, dns and dns/promises each keep the default resolver they were last bound to:
// dns.setServers binds both to a new one, dns/promises' setServers only itself.
let defaultResolver = new Resolver();
let bindPromisesResolver = () => {};

function setServers(servers) {
  const resolver = new Resolver();
  resolver.setServers(servers);
  defaultResolver = resolver;
  bindPromisesResolver(resolver);
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  ...resolvers,
  reverse,
  getServers: () => defaultResolver.getServers(),
  setServers,
  getDefaultResultOrder: () => defaultResultOrder,
  setDefaultResultOrder(order) {
    validateOneOf(order, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
    defaultResultOrder = order;
  },
  ADDRCONFIG,
  V4MAPPED,
  ALL,
  ...errorCodes,
};

/** For dns/promises: `bind(resolver)` with the default resolver now and on each dns.setServers. */
Object.defineProperty(module.exports, '_bindPromisesResolver', {
  value(bind) {
    bindPromisesResolver = bind;
    bind(defaultResolver);
  },
});

// Loaded last: dns/promises wraps the functions above.
Object.defineProperty(module.exports, 'promises', { enumerable: true, get: () => require('dns/promises') });
