'use strict';
// net.SocketAddress and net.BlockList. Addresses are compared as integers (IPv4 as
// 32-bit, IPv6 as 128-bit BigInts); an IPv4 address matches IPv6 rules through its
// IPv4-mapped form (::ffff:a.b.c.d) and the other way round, as Node's list does.

const { isIPv4, isIPv6 } = require('internal/net');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateObject, validatePort, validateString, validateInteger } = require('internal/validators');

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
const MAPPED_PREFIX = 0xffffn << 32n;

function ipv4Value(text) {
  return text.split('.').reduce((value, part) => (value << 8n) | BigInt(Number(part)), 0n);
}

function ipv6Value(text) {
  let body = text.split('%')[0];
  const lastColon = body.lastIndexOf(':');
  if (body.includes('.', lastColon)) {
    const v4 = ipv4Value(body.slice(lastColon + 1));
    body = `${body.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = body.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? headGroups : [...headGroups, ...new Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return groups.reduce((value, group) => (value << 16n) | BigInt(parseInt(group, 16)), 0n);
}

function formatIPv4(value) {
  return [24n, 16n, 8n, 0n].map((shift) => Number((value >> shift) & 0xffn)).join('.');
}

/** RFC 5952 text, IPv4-mapped addresses with their dotted tail, as inet_ntop writes them. */
function formatIPv6(value) {
  if (value >> 32n === 0xffffn) return `::ffff:${formatIPv4(value & 0xffffffffn)}`;
  const groups = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number((value >> shift) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

function normalizeFamily(family, name) {
  validateString(family, name);
  const lower = family.toLowerCase();
  if (lower !== 'ipv4' && lower !== 'ipv6') throw new ERR_INVALID_ARG_VALUE(name, family);
  return lower;
}

class SocketAddress {
  #address;
  #port;
  #family;
  #flowlabel;

  constructor(options = {}) {
    validateObject(options, 'options');
    const family = normalizeFamily(options.family ?? 'ipv4', 'options.family');
    const { address = family === 'ipv4' ? '127.0.0.1' : '::', port = 0, flowlabel = 0 } = options;
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateInteger(flowlabel, 'options.flowlabel', 0, 0xfffff);
    if (family === 'ipv4' ? !isIPv4(address) : !isIPv6(address)) {
      const err = new Error('Invalid socket address');
      err.code = 'ERR_INVALID_ADDRESS';
      throw err;
    }
    this.#address = address;
    this.#port = port | 0;
    this.#family = family;
    this.#flowlabel = flowlabel;
  }

  static isSocketAddress(value) {
    return value instanceof SocketAddress;
  }

  get address() {
    return this.#address;
  }

  get port() {
    return this.#port;
  }

  get family() {
    return this.#family;
  }

  get flowlabel() {
    return this.#flowlabel;
  }

  toJSON() {
    return { address: this.#address, port: this.#port, family: this.#family, flowlabel: this.#flowlabel };
  }

  [inspectCustom](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}

/** `{ family, value }` of a string (with its family) or a SocketAddress. */
function toAddress(address, family, name) {
  if (address instanceof SocketAddress) {
    return { family: address.family, value: address.family === 'ipv4' ? ipv4Value(address.address) : ipv6Value(address.address) };
  }
  validateString(address, name);
  return toAddress(new SocketAddress({ address, family }), undefined, name);
}

function formatValue({ family, value }) {
  return family === 'ipv4' ? `IPv4 ${formatIPv4(value)}` : `IPv6 ${formatIPv6(value)}`;
}

/** The address as the given family sees it, or undefined when it has no such form. */
function asFamily({ family, value }, wanted) {
  if (family === wanted) return value;
  if (wanted === 'ipv6') return MAPPED_PREFIX | value;
  return value >> 32n === 0xffffn ? value & 0xffffffffn : undefined;
}

class BlockList {
  #rules = [];

  addAddress(address, family = 'ipv4') {
    const parsed = toAddress(address, family, 'address');
    this.#rules.unshift({ family: parsed.family, matches: (value) => value === parsed.value, text: `Address: ${formatValue(parsed)}` });
  }

  addRange(start, end, family = 'ipv4') {
    const from = toAddress(start, family, 'start');
    const to = toAddress(end, family, 'end');
    if (from.family !== to.family) throw new ERR_INVALID_ARG_VALUE('end', end);
    if (from.value > to.value) {
      throw new ERR_INVALID_ARG_VALUE(
        'start',
        start instanceof SocketAddress ? start : new SocketAddress({ address: start, family: from.family }),
        'must come before end',
      );
    }
    this.#rules.unshift({
      family: from.family,
      matches: (value) => value >= from.value && value <= to.value,
      text: `Range: ${formatValue(from)}-${formatValue(to).slice(5)}`,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const base = toAddress(network, family, 'net');
    const bits = base.family === 'ipv4' ? 32 : 128;
    if (typeof prefix !== 'number') throw new ERR_INVALID_ARG_TYPE('prefix', 'number', prefix);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) {
      throw new ERR_OUT_OF_RANGE('prefix', `>= 0 && <= ${bits}`, prefix);
    }
    const shift = BigInt(bits - prefix);
    this.#rules.unshift({
      family: base.family,
      matches: (value) => value >> shift === base.value >> shift,
      text: `Subnet: ${formatValue(base)}/${prefix}`,
    });
  }

  check(address, family = 'ipv4') {
    let parsed;
    try {
      parsed = toAddress(address, family, 'address');
    } catch (err) {
      if (err.code === 'ERR_INVALID_ARG_TYPE') throw err;
      return false;
    }
    return this.#rules.some((rule) => {
      const value = asFamily(parsed, rule.family);
      return value !== undefined && rule.matches(value);
    });
  }

  get rules() {
    return this.#rules.map((rule) => rule.text);
  }

  [inspectCustom](depth, options, inspect) {
    if (depth < 0) return this;
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
  }
}

module.exports = { BlockList, SocketAddress };
