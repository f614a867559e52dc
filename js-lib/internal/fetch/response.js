'use strict';
// Response (WHATWG Fetch): status, headers and a body read once through the body mixin.
// `fetch` makes them with `makeResponse`; user code with the constructor and the
// static `error`, `json` and `redirect`.

const { Headers } = require('internal/fetch/headers');
const { extractBody, cloneBody, bodyUsed, mixinBody } = require('internal/fetch/body');

const kState = Symbol('kState');
const nullBodyStatus = new Set([101, 103, 204, 205, 304]);
const redirectStatus = new Set([301, 302, 303, 307, 308]);
const reasonPhrase = /^[\t\x20-\x7e\x80-\xff]*$/;

function responseState(state) {
  return { status: 200, statusText: '', headers: new Headers(), body: null, type: 'default', urlList: [], ...state };
}

/** A Response from its parts, with no checks: `{ status, statusText, headers, body, type, urlList }`. */
function makeResponse(state) {
  const response = Object.create(Response.prototype);
  response[kState] = responseState(state);
  return response;
}

/** The init and body checks the constructor and `Response.json` share. */
function initializeResponse(response, init, bodyWithType) {
  const status = init.status === undefined ? 200 : Number(init.status);
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  const statusText = init.statusText === undefined ? '' : String(init.statusText);
  if (!reasonPhrase.test(statusText)) throw new TypeError('Invalid statusText');
  const state = response[kState];
  state.status = status;
  state.statusText = statusText;
  if (init.headers !== undefined) state.headers = new Headers(init.headers);
  if (bodyWithType === null) return;
  if (nullBodyStatus.has(status)) throw new TypeError(`Response constructor: Invalid response status code ${status}`);
  state.body = bodyWithType.body;
  if (bodyWithType.type !== null && !state.headers.has('content-type')) state.headers.append('content-type', bodyWithType.type);
}

class Response {
  constructor(body = null, init = {}) {
    if (init !== null && typeof init !== 'object') {
      throw new TypeError('Response constructor: Expected init to be an object.');
    }
    this[kState] = responseState({});
    initializeResponse(this, init ?? {}, body === null || body === undefined ? null : extractBody(body));
  }

  static error() {
    return makeResponse({ status: 0, type: 'error' });
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const response = makeResponse({});
    const { body } = extractBody(text);
    initializeResponse(response, init ?? {}, { body, type: 'application/json' });
    return response;
  }

  static redirect(url, status = 302) {
    let parsed;
    try {
      parsed = new URL(String(url));
    } catch (cause) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause });
    }
    if (!redirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const headers = new Headers({ location: parsed.href });
    return makeResponse({ status, headers });
  }

  get type() {
    return this[kState].type;
  }

  get url() {
    const { urlList } = this[kState];
    if (urlList.length === 0) return '';
    const url = new URL(urlList[urlList.length - 1]);
    url.hash = '';
    return url.href;
  }

  get redirected() {
    return this[kState].urlList.length > 1;
  }

  get status() {
    return this[kState].status;
  }

  get ok() {
    return this[kState].status >= 200 && this[kState].status <= 299;
  }

  get statusText() {
    return this[kState].statusText;
  }

  get headers() {
    return this[kState].headers;
  }

  clone() {
    const state = this[kState];
    if (bodyUsed(state.body) || state.body?.stream.locked) throw new TypeError('Response.clone: Body has already been consumed.');
    const headers = new Headers(state.headers);
    return makeResponse({ ...state, headers, body: state.body && cloneBody(state.body) });
  }

  [Symbol.for('nodejs.util.inspect.custom')](_depth, options, inspect) {
    const fields = {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      body: this.body,
      bodyUsed: this.bodyUsed,
      ok: this.ok,
      redirected: this.redirected,
      type: this.type,
      url: this.url,
    };
    return `Response ${inspect(fields, options)}`;
  }
}
mixinBody(
  Response,
  (response) => response[kState].body,
  (response) => response[kState].headers,
);
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });

module.exports = { Response, makeResponse };
