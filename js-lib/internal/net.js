'use strict';
// IP address syntax and getaddrinfo's hints, shared by net, dns and http.

const IPV4_PART = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const ipv4Pattern = new RegExp(`^(?:${IPV4_PART}\\.){3}${IPV4_PART}$`);
const hexGroup = /^[0-9a-fA-F]{1,4}$/;
const zonePattern = /^[0-9a-zA-Z\-.:]+$/;

function isIPv4(input) {
  return ipv4Pattern.test(`${input}`);
}

/** Eight hex groups, `::` standing for a run of zero groups, the last two possibly an IPv4 address, then maybe `%zone`. */
function isIPv6(input) {
  const text = `${input}`;
  const zoneStart = text.indexOf('%');
  if (zoneStart !== -1 && !zonePattern.test(text.slice(zoneStart + 1))) return false;
  let body = zoneStart === -1 ? text : text.slice(0, zoneStart);
  const lastColon = body.lastIndexOf(':');
  if (lastColon !== -1 && body.includes('.', lastColon)) {
    if (!isIPv4(body.slice(lastColon + 1))) return false;
    body = `${body.slice(0, lastColon + 1)}0:0`;
  }
  const halves = body.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((half) => (half === '' ? [] : half.split(':')));
  if (!groups.every((list) => list.every((group) => hexGroup.test(group)))) return false;
  const count = groups[0].length + (groups[1]?.length ?? 0);
  return halves.length === 2 ? count <= 7 : count === 8;
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

/** getaddrinfo's flags as dns exports them. */
const ADDRCONFIG = 1024;
const V4MAPPED = 2048;
const ALL = 256;

/** dns.lookup's `hints`: only getaddrinfo's flags Node knows. */
function validateHints(hints) {
  if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) {
    const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

module.exports = { isIP, isIPv4, isIPv6, validateHints, ADDRCONFIG, V4MAPPED, ALL };
