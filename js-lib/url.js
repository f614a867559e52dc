'use strict';
// node:url — the WHATWG API (internal/url) and Node's legacy `parse`/`format`/`resolve`.

const { URL, URLSearchParams, fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII, domainToUnicode } = require('internal/url');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL },
} = require('internal/errors');
const querystring = require('querystring');

const { toASCII } = internalBinding('url');

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
/** Protocols that never have a host (`javascript:alert(1)`). */
const hostlessProtocol = new Set(['javascript', 'javascript:']);
/** Protocols that always have `//` and a host. */
const slashedProtocol = new Set([
  'http',
  'http:',
  'https',
  'https:',
  'ftp',
  'ftp:',
  'gopher',
  'gopher:',
  'file',
  'file:',
  'ws',
  'ws:',
  'wss',
  'wss:',
]);
/** What no host may hold, once in its ASCII form (an IPv6 one may hold `:`, `[` and `]`). */
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
/** What no host may hold, once in its ASCII form (an IPv6 one may hold `:`, `[` and `]`). */
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;
/** Characters that end the host part. */
const hostEndingChars = ['/', '?', '#'];
/** Characters escaped in the path, query and hash, as Node's legacy parser does. */
const autoEscape = {
  ' ': '%20',
  '"': '%22',
  "'": '%27',
  '<': '%3C',
  '>': '%3E',
  '\\': '%5C',
  '^': '%5E',
  '`': '%60',
  '{': '%7B',
  '|': '%7C',
  '}': '%7D',
  '\t': '%09',
  '\n': '%0A',
  '\r': '%0D',
};

function escapeLegacy(text) {
  return text.replace(/[ "'<>\\^`{|}\t\n\r]/g, (c) => autoEscape[c]);
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new ERR_INVALID_ARG_TYPE('url', 'string', url);
  // Backslashes before the query count as slashes, as browsers treat them.
  const queryIndex = url.search(/[?#]/);
  let rest = queryIndex === -1 ? url.replace(/\\/g, '/') : url.slice(0, queryIndex).replace(/\\/g, '/') + url.slice(queryIndex);
  rest = rest.trim();

  if (!slashesDenoteHost && !url.includes('#')) {
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes;
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
    let hostEnd = -1;
    for (const c of hostEndingChars) {
      const index = rest.indexOf(c);
      if (index !== -1 && (hostEnd === -1 || index < hostEnd)) hostEnd = index;
    }
    const atSign = hostEnd === -1 ? rest.lastIndexOf('@') : rest.lastIndexOf('@', hostEnd);
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      rest = rest.slice(atSign + 1);
      hostEnd = -1;
    }
    const nonHost = /[\s"'<>\\^`{|}]/;
    let end = -1;
    for (let i = 0; i < rest.length; i++) {
      if (hostEndingChars.includes(rest[i]) || nonHost.test(rest[i])) {
        end = i;
        break;
      }
    }
    if (end === -1) end = rest.length;
    this.host = rest.slice(0, end);
    rest = rest.slice(end);
    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    const ipv6Hostname = this.hostname.startsWith('[') && this.hostname.endsWith(']');
    if (!ipv6Hostname) {
      const notHost = truncateInvalidHostname(this);
      if (notHost !== '') {
        rest = `/${notHost}${rest}`;
        // Once a process, as Node warns.
        if (!warnedInvalidUrl) {
          warnedInvalidUrl = true;
          process.emitWarning(
            `The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
            'DeprecationWarning',
            'DEP0170',
          );
        }
      }
      // A name longer than DNS allows is no host.
      this.hostname = this.hostname.length > 255 ? '' : this.hostname.toLowerCase();
      // A host that has no ASCII form, or whose form holds what no host may (it came
      // from the Unicode's compatibility forms), could make the URL name another host
      // than it shows: Node refuses it rather than guess.
      if (this.hostname !== '') {
        this.hostname = toASCII(this.hostname);
        if (this.hostname === '' || forbiddenHostChars.test(this.hostname)) throw new ERR_INVALID_URL(url);
      }
    } else if (forbiddenHostCharsIpv6.test(this.hostname)) {
      throw new ERR_INVALID_URL(url);
    }
    const port = this.port ? `:${this.port}` : '';
    this.host = `${this.hostname}${port}`;
    if (ipv6Hostname) {
      this.hostname = this.hostname.slice(1, -1);
      if (!rest.startsWith('/')) rest = `/${rest}`;
    }
  }

  rest = escapeLegacy(rest);
  const hash = rest.indexOf('#');
  if (hash !== -1) {
    this.hash = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  const question = rest.indexOf('?');
  if (question !== -1) {
    this.search = rest.slice(question);
    this.query = rest.slice(question + 1);
    if (parseQueryString) this.query = querystring.parse(this.query);
    rest = rest.slice(0, question);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  if (rest) this.pathname = rest;
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = `${this.pathname || ''}${this.search || ''}`;
  this.href = this.format();
  return this;
};

let warnedInvalidUrl = false;
const hostnamePart = /^[+a-z0-9A-Z_-]{0,63}$/;
const hostnamePartStart = /^([+a-z0-9A-Z_-]{0,63})(.*)$/;

/**
 * Cuts the hostname at its first label that cannot be one (non-ASCII letters count as
 * valid): the rest belongs to the path, as Node's legacy parser decides. Returns it.
 */
function truncateInvalidHostname(url) {
  const labels = url.hostname.split('.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, to replace what is not
    if (label === '' || hostnamePart.test(label.replace(/[^\x00-\x7f]/g, 'x'))) continue;
    const [, valid, invalid] = hostnamePartStart.exec(label);
    url.hostname = [...labels.slice(0, i), valid].join('.');
    return [invalid, ...labels.slice(i + 1)].join('.');
  }
  return '';
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portPattern.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeURIComponent(auth).replace(/%3A/i, ':')}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && !this.hostname.startsWith('[') ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[?#]/g, encodeURIComponent);
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  return new Url().parse(url, parseQueryString, slashesDenoteHost);
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') urlObject = urlParse(urlObject);
  else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    const { fragment = true, unicode = false, search = true, auth = true } = options ?? {};
    let out = `${urlObject.protocol}`;
    if (urlObject.host !== '' || urlObject.protocol === 'file:') {
      out += '//';
      if (auth && (urlObject.username || urlObject.password)) {
        out += urlObject.username;
        if (urlObject.password) out += `:${urlObject.password}`;
        out += '@';
      }
      out += unicode ? domainToUnicode(urlObject.hostname) : urlObject.hostname;
      if (urlObject.port) out += `:${urlObject.port}`;
    }
    out += urlObject.pathname;
    if (search) out += urlObject.search;
    if (fragment) out += urlObject.hash;
    return out;
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

/** Sets `path` from `pathname` and `search`, as the legacy parser keeps it (http.request reads it). */
function joinPath(url) {
  if (url.pathname !== null || url.search !== null) url.path = `${url.pathname || ''}${url.search || ''}`;
}

/**
 * Makes `host` the host of a URL without slashes (`mailto:`), where it stood in the path:
 * what is before an `@` in it is the auth (`mailto:a@b` resolved against `c@d`).
 */
function setHostlessHost(url, host) {
  url.host = url.hostname = host;
  if (typeof host === 'string' && host.indexOf('@') > 0) {
    const [auth, rest] = host.split('@');
    url.auth = auth;
    url.host = url.hostname = rest;
  }
}

/**
 * Node's legacy resolution: RFC 1808's merge of a relative URL into this one, with the
 * legacy parser's ways kept (a relative base stays relative, `..` above its root stays,
 * a URL without slashes resolves `..` up into its host).
 */
Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') relative = new Url().parse(relative, false, true);
  const result = Object.assign(new Url(), this);
  const finish = () => {
    result.href = result.format();
    return result;
  };
  // The fragment always comes from the relative URL, an empty one included.
  result.hash = relative.hash;
  if (relative.href === '') return finish();

  // `//host/path` keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) if (key !== 'protocol') result[key] = relative[key];
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) result.path = result.pathname = '/';
    return finish();
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another protocol: the relative URL is absolute, except that a slashed one
    // (`http:host/path`) takes its host from the path when it has none.
    if (!slashedProtocol.has(relative.protocol)) {
      Object.assign(result, relative);
      return finish();
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocol.has(relative.protocol)) {
      const segments = (relative.pathname || '').split('/');
      while (segments.length > 0 && !relative.host) relative.host = segments.shift();
      relative.host ||= '';
      relative.hostname ||= '';
      if (segments[0] !== '') segments.unshift('');
      if (segments.length < 2) segments.unshift('');
      result.pathname = segments.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = `${result.pathname || ''}${result.search || ''}`;
    result.slashes = result.slashes || relative.slashes;
    return finish();
  }

  const sourceIsAbsolute = result.pathname?.startsWith('/');
  const relativeIsAbsolute = relative.host || relative.pathname?.startsWith('/');
  let mustEndAbsolute = relativeIsAbsolute || sourceIsAbsolute || (result.host && relative.pathname);
  const removeAllDots = mustEndAbsolute;
  let segments = result.pathname ? result.pathname.split('/') : [];
  const relativeSegments = relative.pathname ? relative.pathname.split('/') : [];
  // Without slashes (`mailto:`), the host is the path's first segment while resolving,
  // so that `..` can climb into it; it is put back at the end.
  const hostInPath = result.protocol && !slashedProtocol.has(result.protocol);
  if (hostInPath) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (segments[0] === '') segments[0] = result.host;
      else segments.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      // The relative URL names its own host: the source's auth is not for it.
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relativeSegments[0] === '') relativeSegments[0] = relative.host;
        else relativeSegments.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbsolute = mustEndAbsolute && (relativeSegments[0] === '' || segments[0] === '');
  }

  if (relativeIsAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    segments = relativeSegments;
  } else if (relativeSegments.length > 0) {
    // A relative path replaces the last segment of the source's.
    segments.pop();
    segments = segments.concat(relativeSegments);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query (`?x`).
    if (hostInPath) setHostlessHost(result, segments.shift());
    result.search = relative.search;
    result.query = relative.query;
    joinPath(result);
    return finish();
  }

  if (segments.length === 0) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish();
  }

  // A path ending in `.` or `..` (below a host or a segment) ends in a slash once resolved.
  const lastSegment = segments.at(-1);
  const hasTrailingSlash =
    ((result.host || relative.host || segments.length > 1) && (lastSegment === '.' || lastSegment === '..')) || lastSegment === '';
  // `.` goes; `..` takes the segment before it, and counts when there is none.
  let up = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    if (segments[i] === '.') {
      segments.splice(i, 1);
    } else if (segments[i] === '..') {
      segments.splice(i, 1);
      up++;
    } else if (up > 0) {
      segments.splice(i, 1);
      up--;
    }
  }
  // A relative result may climb above its start.
  if (!mustEndAbsolute && !removeAllDots) for (; up > 0; up--) segments.unshift('..');
  if (mustEndAbsolute && segments[0] !== '' && !segments[0]?.startsWith('/')) segments.unshift('');
  if (hasTrailingSlash && !segments.join('/').endsWith('/')) segments.push('');

  const isAbsolute = segments[0] === '' || segments[0]?.startsWith('/');
  if (hostInPath) setHostlessHost(result, isAbsolute || segments.length === 0 ? '' : segments.shift());
  mustEndAbsolute = mustEndAbsolute || (result.host && segments.length > 0);
  if (mustEndAbsolute && !isAbsolute) segments.unshift('');
  if (segments.length > 0) {
    result.pathname = segments.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  joinPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish();
};

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
