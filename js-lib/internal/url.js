'use strict';
// WHATWG URL and URLSearchParams (parsing by the guest's Rust URL parser), and the
// file-URL helpers.

const binding = internalBinding('url');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_INVALID_THIS },
} = require('internal/errors');
const path = require('path');

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
const kHref = 0;
const COMPONENT_NAMES = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];

function invalidUrl(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

function toUSVString(value) {
  // V8's words for the conversion's failure, which Node's URL classes show (QuickJS has its own).
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`.toWellFormed();
}

class URL {
  #components;
  #searchParams;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const components = binding.parse(input, base);
    if (components === null) throw invalidUrl(input, base);
    this.#components = components;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    return binding.parse(toUSVString(input), base === undefined ? undefined : toUSVString(base)) !== null;
  }

  static parse(input, base = undefined) {
    const components = binding.parse(toUSVString(input), base === undefined ? undefined : toUSVString(base));
    if (components === null) return null;
    return new URL(components[kHref]);
  }

  /** Applies a setter; URLSearchParams call this with 'search' too. A rejected value changes nothing. */
  static setComponent(url, setter, value) {
    value = toUSVString(value);
    const updated = setter === 'href' ? binding.parse(value) : binding.update(url.#components[kHref], setter, value);
    if (updated === null) {
      if (setter === 'href') throw invalidUrl(value);
      return;
    }
    url.#components = updated;
    url.#searchParams?.replaceFromUrl(updated[9]);
  }

  get searchParams() {
    this.#searchParams ??= URLSearchParams.forUrl(this, this.#components[9]);
    return this.#searchParams;
  }

  toString() {
    return this.#components[kHref];
  }

  toJSON() {
    return this.#components[kHref];
  }

  [inspectCustom](depth, options, inspect) {
    if (depth < 0) return this;
    const object = {};
    for (const name of COMPONENT_NAMES) {
      object[name] = this[name];
      if (name === 'search') object.searchParams = this.searchParams;
    }
    return `${this.constructor.name} ${inspect(object, { ...options, depth: options.depth === null ? null : options.depth })}`;
  }

  /** The components array of `url` (for the helpers below, which run often). */
  static components(url) {
    return url.#components;
  }
}

COMPONENT_NAMES.forEach((name, index) => {
  const descriptor = {
    enumerable: true,
    configurable: true,
    get() {
      if (!(this instanceof URL)) throw new ERR_INVALID_THIS('URL');
      return URL.components(this)[index];
    },
  };
  if (name !== 'origin') {
    descriptor.set = function set(value) {
      URL.setComponent(this, name, value);
    };
  }
  Object.defineProperty(URL.prototype, name, descriptor);
});
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

URL.createObjectURL = function createObjectURL(obj) {
  return require('internal/blob').createObjectURL(obj);
};
URL.revokeObjectURL = function revokeObjectURL(url) {
  if (arguments.length === 0) return require('internal/blob').revokeObjectURL();
  return require('internal/blob').revokeObjectURL(url);
};

// application/x-www-form-urlencoded, per the URL Standard.

const formSafe = /[A-Za-z0-9*\-._]/;

function serializeForm(text) {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const c = String.fromCharCode(byte);
    if (byte < 0x80 && formSafe.test(c)) out += c;
    else if (byte === 0x20) out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function percentDecodeForm(text) {
  if (!text.includes('%') && !text.includes('+')) return text;
  const replaced = text.replaceAll('+', ' ');
  const bytes = [];
  for (let i = 0; i < replaced.length; i++) {
    const code = replaced.charCodeAt(i);
    if (code === 0x25 && /^[0-9A-Fa-f]{2}$/.test(replaced.slice(i + 1, i + 3))) {
      bytes.push(parseInt(replaced.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (code < 0x80) {
      bytes.push(code);
    } else {
      bytes.push(...new TextEncoder().encode(replaced[i] + (code >= 0xd800 && code <= 0xdbff ? (replaced[++i] ?? '') : '')));
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

function parseForm(text) {
  const list = [];
  for (const sequence of text.split('&')) {
    if (sequence === '') continue;
    const index = sequence.indexOf('=');
    const name = index === -1 ? sequence : sequence.slice(0, index);
    const value = index === -1 ? '' : sequence.slice(index + 1);
    list.push([percentDecodeForm(name), percentDecodeForm(value)]);
  }
  return list;
}

let pairsOf;

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      if (typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null || typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_ARG_TYPE('Each query pair', 'iterable', pair);
          }
          const entry = [...pair];
          if (entry.length !== 2) {
            const err = new TypeError('Each query pair must be an iterable [name, value] tuple');
            err.code = 'ERR_INVALID_TUPLE';
            throw err;
          }
          this.#list.push([toUSVString(entry[0]), toUSVString(entry[1])]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key === 'string' && Object.prototype.propertyIsEnumerable.call(init, key)) {
            this.#list.push([toUSVString(key), toUSVString(init[key])]);
          }
        }
      }
      return;
    }
    const text = toUSVString(init);
    this.#list = parseForm(text.startsWith('?') ? text.slice(1) : text);
  }

  static #check(self) {
    if (typeof self !== 'object' || self === null || !(#list in self)) throw new ERR_INVALID_THIS('URLSearchParams');
  }

  static forUrl(url, search) {
    const params = new URLSearchParams(search);
    params.#url = url;
    return params;
  }

  replaceFromUrl(search) {
    this.#list = parseForm(search.startsWith('?') ? search.slice(1) : search);
  }

  #update() {
    if (this.#url === null) return;
    const serialized = this.toString();
    URL.setComponent(this.#url, 'search', serialized);
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#list.length;
  }

  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push([toUSVString(name), toUSVString(value)]);
    this.#update();
  }

  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const match = value === undefined ? ([n]) => n === name : ([n, v]) => n === name && v === toUSVString(value);
    this.#list = this.#list.filter((pair) => !match(pair));
    this.#update();
  }

  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    return this.#list.find(([n]) => n === name)?.[1] ?? null;
  }

  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    return this.#list.filter(([n]) => n === name).map(([, v]) => v);
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    return this.#list.some(([n, v]) => n === name && (value === undefined || v === toUSVString(value)));
  }

  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const index = this.#list.findIndex(([n]) => n === name);
    if (index === -1) {
      this.#list.push([name, value]);
    } else {
      this.#list[index][1] = value;
      this.#list = this.#list.filter(([n], i) => i <= index || n !== name);
    }
    this.#update();
  }

  sort() {
    URLSearchParams.#check(this);
    // Stable, by UTF-16 code units, as the standard asks.
    this.#list = this.#list
      .map((pair, i) => [pair, i])
      .sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j))
      .map(([pair]) => pair);
    this.#update();
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    for (let i = 0; i < this.#list.length; i++) {
      const [name, value] = this.#list[i];
      callback.call(thisArg, value, name, this);
    }
  }

  entries() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 'key+value');
  }

  keys() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 'value');
  }

  static {
    // The pairs as they are now, for the iterators, which see later changes as Node's do.
    pairsOf = (params) => params.#list;
  }

  toString() {
    URLSearchParams.#check(this);
    return this.#list.map(([name, value]) => `${serializeForm(name)}=${serializeForm(value)}`).join('&');
  }

  [inspectCustom](depth, options, inspect) {
    URLSearchParams.#check(this);
    if (depth < 0) return '[Object]';
    const inner = this.#list.map(([name, value]) => `${inspect(name)} => ${inspect(value)}`);
    if (inner.length === 0) return 'URLSearchParams {}';
    // Node measures only the entries against breakLength, not the class name.
    const length = inner.reduce((sum, entry) => sum + entry.length + 2, -2);
    if (length > (options.breakLength ?? 80)) return `URLSearchParams {\n  ${inner.join(',\n  ')} }`;
    return `URLSearchParams { ${inner.join(', ')} }`;
  }
}
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries,
  writable: true,
  configurable: true,
});

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

/** What `entries()`, `keys()` and `values()` return: live over the params, as in Node. */
class URLSearchParamsIterator {
  #target;
  #kind;
  #index = 0;

  constructor(target, kind) {
    this.#target = target;
    this.#kind = kind;
  }

  static #check(self) {
    if (typeof self !== 'object' || self === null || !(#target in self)) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
  }

  #item(pair) {
    if (this.#kind === 'key') return pair[0];
    if (this.#kind === 'value') return pair[1];
    return [pair[0], pair[1]];
  }

  next() {
    URLSearchParamsIterator.#check(this);
    const pairs = pairsOf(this.#target);
    if (this.#index >= pairs.length) return { value: undefined, done: true };
    return { value: this.#item(pairs[this.#index++]), done: false };
  }

  [inspectCustom](depth, options, inspect) {
    URLSearchParamsIterator.#check(this);
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const innerOptions = { ...options };
    if (depth !== null) innerOptions.depth = depth - 1;
    const items = pairsOf(this.#target)
      .slice(this.#index)
      .map((pair) => this.#item(pair));
    const shown = items.map((item) => inspect(item, innerOptions));
    const inner = inspect(items, innerOptions).includes('\n') ? `\n  ${shown.join(',\n  ')}` : ` ${shown.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${inner} }`;
  }
}
Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator',
  configurable: true,
});

function isURL(value) {
  return (
    value instanceof URL ||
    (value !== null &&
      typeof value === 'object' &&
      typeof value.href === 'string' &&
      typeof value.protocol === 'string' &&
      value.auth === undefined &&
      value.path === undefined)
  );
}

function fileURLToPath(input) {
  let url = input;
  if (typeof input === 'string') url = new URL(input);
  else if (!isURL(input)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], input);
  if (url.protocol !== 'file:') {
    const err = new TypeError('The URL must be of scheme file');
    err.code = 'ERR_INVALID_URL_SCHEME';
    throw err;
  }
  if (url.hostname !== '') {
    const err = new TypeError(`File URL host must be "localhost" or empty on ${process.platform}`);
    err.code = 'ERR_INVALID_FILE_URL_HOST';
    throw err;
  }
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) {
    const err = new TypeError('File URL path must not include encoded / characters');
    err.code = 'ERR_INVALID_FILE_URL_PATH';
    throw err;
  }
  return decodeURIComponent(pathname);
}

/** Characters a path keeps literally that would mean something else in a URL. */
function encodePathChars(filepath) {
  return filepath.replace(/[%\\\n\r\t#?]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function pathToFileURL(filepath, _options) {
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  let resolved = path.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return new URL(`file://${encodePathChars(resolved)}`);
}

function urlToHttpOptions(url) {
  const options = {
    __proto__: null,
    // A URL's own properties (an options object built from a URL) come along.
    ...url,
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return options;
}

module.exports = {
  URL,
  URLSearchParams,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  isURL,
  domainToASCII: (domain) => binding.domainToASCII(`${domain}`),
  domainToUnicode: (domain) => binding.domainToUnicode(`${domain}`),
};
