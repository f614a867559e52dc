'use strict';
// Headers (WHATWG Fetch): a case-insensitive list whose repeated fields read back
// joined with ", ", except Set-Cookie, whose values stay apart. Iteration is sorted
// by lowercased name. There is no guard: every name may be set.

const kList = Symbol('kList');

/** Strips HTTP whitespace from the ends of a value, as the spec normalizes it. */
function normalizeValue(value) {
  return String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const invalidValue = /[\0\r\n]/;

function argumentsRequired(context, required, found) {
  if (found < required) {
    throw new TypeError(`${context}: ${required} argument${required > 1 ? 's' : ''} required, but only ${found} found.`);
  }
}

function checkName(context, name) {
  name = String(name);
  if (!token.test(name)) throw new TypeError(`${context}: "${name}" is an invalid header name.`);
  return name;
}

function checkValue(context, value) {
  value = normalizeValue(value);
  if (invalidValue.test(value)) throw new TypeError(`${context}: "${value}" is an invalid header value.`);
  return value;
}

class Headers {
  constructor(init = undefined) {
    /** lowercased name -> { name (as first given), value, cookies (Set-Cookie only) } */
    this[kList] = new Map();
    if (init === undefined || init === null) return;
    if (typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError(
        'Headers constructor: Argument 1 could not be converted to one of: ' +
          'sequence<sequence<ByteString>>, record<ByteString, ByteString>.',
      );
    }
    if (typeof init[Symbol.iterator] === 'function') {
      for (const pair of init) {
        const entry = [...pair];
        if (entry.length !== 2) {
          throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${entry.length}.`);
        }
        appendHeader(this, 'Headers.append', entry[0], entry[1]);
      }
    } else {
      for (const key of Reflect.ownKeys(init)) {
        if (typeof key === 'string' && Object.prototype.propertyIsEnumerable.call(init, key)) {
          appendHeader(this, 'Headers.append', key, init[key]);
        }
      }
    }
  }

  append(name, value) {
    argumentsRequired('Headers.append', 2, arguments.length);
    appendHeader(this, 'Headers.append', name, value);
  }

  delete(name) {
    argumentsRequired('Headers.delete', 1, arguments.length);
    this[kList].delete(checkName('Headers.delete', name).toLowerCase());
  }

  get(name) {
    argumentsRequired('Headers.get', 1, arguments.length);
    return this[kList].get(checkName('Headers.get', name).toLowerCase())?.value ?? null;
  }

  has(name) {
    argumentsRequired('Headers.has', 1, arguments.length);
    return this[kList].has(checkName('Headers.has', name).toLowerCase());
  }

  set(name, value) {
    argumentsRequired('Headers.set', 2, arguments.length);
    name = checkName('Headers.set', name);
    value = checkValue('Headers.set', value);
    const key = name.toLowerCase();
    this[kList].set(key, { name, value, cookies: key === 'set-cookie' ? [value] : null });
  }

  getSetCookie() {
    return [...(this[kList].get('set-cookie')?.cookies ?? [])];
  }

  *entries() {
    for (const [key, { value, cookies }] of [...this[kList]].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (cookies) for (const cookie of cookies) yield [key, cookie];
      else yield [key, value];
    }
  }

  *keys() {
    for (const [key] of this.entries()) yield key;
  }

  *values() {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  [Symbol.for('nodejs.util.inspect.custom')](_depth, options, inspect) {
    const fields = {};
    for (const { name, value } of this[kList].values()) fields[name] = value;
    return `Headers ${inspect(fields, options)}`;
  }
}
Headers.prototype[Symbol.iterator] = Headers.prototype.entries;
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });

function appendHeader(headers, context, name, value) {
  name = checkName(context, name);
  value = checkValue(context, value);
  const key = name.toLowerCase();
  const existing = headers[kList].get(key);
  if (existing === undefined) {
    headers[kList].set(key, { name, value, cookies: key === 'set-cookie' ? [value] : null });
    return;
  }
  existing.value = `${existing.value}, ${value}`;
  existing.cookies?.push(value);
}

/** The pairs to send on the wire, in insertion order with original names. */
function headerPairs(headers) {
  const pairs = [];
  for (const { name, value, cookies } of headers[kList].values()) {
    if (cookies) for (const cookie of cookies) pairs.push([name, cookie]);
    else pairs.push([name, value]);
  }
  return pairs;
}

module.exports = { Headers, headerPairs, argumentsRequired };
