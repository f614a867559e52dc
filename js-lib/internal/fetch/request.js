'use strict';
// Request (WHATWG Fetch): a method, URL, headers and body, as fetch sends them. The
// browser-only fields (mode, credentials, cache, ...) read as their defaults.

const { Headers } = require('internal/fetch/headers');
const { extractBody, cloneBody, bodyUsed, mixinBody } = require('internal/fetch/body');
const { TransformStream } = require('internal/webstreams/streams');

const kState = Symbol('kState');
const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
const redirectModes = ['follow', 'manual', 'error'];

function parseURL(input) {
  let url;
  try {
    url = new URL(String(input));
  } catch (cause) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause });
  }
  if (url.username || url.password) {
    throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
  }
  return url;
}

function normalizeMethod(method) {
  method = String(method);
  if (!token.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
  const upper = method.toUpperCase();
  if (forbiddenMethods.has(upper)) throw new TypeError(`'${upper}' HTTP method is unsupported.`);
  return normalizedMethods.has(upper) ? upper : method;
}

class Request {
  constructor(input, init = {}) {
    if (arguments.length < 1) throw new TypeError('Request constructor: 1 argument required, but only 0 found.');
    init ??= {};
    const from = input instanceof Request ? input[kState] : null;
    if (from && (bodyUsed(from.body) || from.body?.stream.locked)) {
      throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
    }
    const state = {
      url: from ? from.url : parseURL(input).href,
      method: from ? from.method : 'GET',
      headers: new Headers(init.headers ?? from?.headers),
      body: null,
      signal: init.signal ?? from?.signal ?? new AbortController().signal,
      redirect: from ? from.redirect : 'follow',
      duplex: 'half',
    };
    if (init.method !== undefined) state.method = normalizeMethod(init.method);
    if (init.redirect !== undefined) {
      if (!redirectModes.includes(init.redirect)) {
        throw new TypeError(`Request constructor: ${init.redirect} is not an accepted type. Expected one of ${redirectModes.join(', ')}.`);
      }
      state.redirect = init.redirect;
    }
    const hasBody = init.body !== undefined && init.body !== null;
    if ((hasBody || (from?.body && init.body === undefined)) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    if (hasBody) {
      const { body, type } = extractBody(init.body);
      if (body.source === null && init.duplex !== 'half') {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      state.body = body;
      if (type !== null && !state.headers.has('content-type')) state.headers.append('content-type', type);
    } else if (from?.body && init.body === undefined) {
      // The new request takes the body over: the old one reads as used.
      state.body = { ...from.body, stream: from.body.stream.pipeThrough(new TransformStream()) };
    }
    this[kState] = state;
  }

  get method() {
    return this[kState].method;
  }

  get url() {
    return this[kState].url;
  }

  get headers() {
    return this[kState].headers;
  }

  get destination() {
    return '';
  }

  get referrer() {
    return 'about:client';
  }

  get referrerPolicy() {
    return '';
  }

  get mode() {
    return 'cors';
  }

  get credentials() {
    return 'same-origin';
  }

  get cache() {
    return 'default';
  }

  get redirect() {
    return this[kState].redirect;
  }

  get integrity() {
    return '';
  }

  get keepalive() {
    return false;
  }

  get isReloadNavigation() {
    return false;
  }

  get isHistoryNavigation() {
    return false;
  }

  get signal() {
    return this[kState].signal;
  }

  get duplex() {
    return this[kState].duplex;
  }

  clone() {
    const state = this[kState];
    if (bodyUsed(state.body) || state.body?.stream.locked) throw new TypeError('Request.clone: Body has already been consumed.');
    const clone = Object.create(Request.prototype);
    clone[kState] = { ...state, headers: new Headers(state.headers), body: state.body && cloneBody(state.body) };
    return clone;
  }

  [Symbol.for('nodejs.util.inspect.custom')](_depth, options, inspect) {
    const fields = {};
    for (const name of [
      'method',
      'url',
      'headers',
      'destination',
      'referrer',
      'referrerPolicy',
      'mode',
      'credentials',
      'cache',
      'redirect',
      'integrity',
      'keepalive',
      'isReloadNavigation',
      'isHistoryNavigation',
      'signal',
    ]) {
      fields[name] = this[name];
    }
    return `Request ${inspect(fields, options)}`;
  }
}
mixinBody(
  Request,
  (request) => request[kState].body,
  (request) => request[kState].headers,
);
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

/** What fetch reads of a request: `{ url, method, headers, body, signal, redirect }`. */
function requestState(request) {
  return request[kState];
}

module.exports = { Request, requestState };
