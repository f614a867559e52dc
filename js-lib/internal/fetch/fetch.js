'use strict';
// fetch() over the http and https clients: one request per hop, redirects followed
// here (up to 20), the response body handed over as a byte ReadableStream. Connections
// are pooled by keep-alive Agents of fetch's own; https: trusts Mozilla's roots.

const http = require('http');
const zlib = require('zlib');
const { pipeline } = require('stream');
const https = require('https');
const { Headers, headerPairs } = require('internal/fetch/headers');
const { Request, requestState } = require('internal/fetch/request');
const { makeResponse } = require('internal/fetch/response');
const { ReadableStream } = require('internal/webstreams/streams');

const clients = {
  'http:': { request: http.request, agent: new http.Agent({ keepAlive: true }), port: 80 },
  'https:': { request: https.request, agent: new https.Agent({ keepAlive: true }), port: 443 },
};
const MAX_REDIRECTS = 20;
const redirectStatus = new Set([301, 302, 303, 307, 308]);
const nullBodyStatus = new Set([101, 103, 204, 205, 304]);
/** Ports the Fetch standard refuses, as browsers and undici do. */
const badPorts = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117,
  119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636,
  989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);
/** Dropped when a redirect turns the request into a GET. */
const bodyHeaders = ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length'];
/** Dropped when a redirect leaves the origin. */
const credentialHeaders = ['authorization', 'proxy-authorization', 'cookie'];

/** undici's error for a connection the server closed: what fetch callers see as the cause. */
class SocketError extends Error {
  constructor(message) {
    super(message);
    this.name = 'SocketError';
    this.code = 'UND_ERR_SOCKET';
  }
}

/** The http client's "socket hang up" and "aborted" as undici words them. */
function connectionError(err) {
  return err.code === 'ECONNRESET' && (err.message === 'socket hang up' || err.message === 'aborted')
    ? new SocketError('other side closed')
    : err;
}

function networkError(cause) {
  return new TypeError('fetch failed', { cause: connectionError(cause) });
}

/** Why `url` cannot be fetched, or null when it can. */
function unfetchable(url) {
  if (!Object.hasOwn(clients, url.protocol)) return new Error('unknown scheme');
  if (badPorts.has(Number(url.port))) return new Error('bad port');
  return null;
}

/** The response body as a byte stream that reads from `res` only as fast as it is consumed. */
function bodyStream(res, signal) {
  return new ReadableStream({
    type: 'bytes',
    start(controller) {
      res.on('data', (chunk) => {
        // Copied: enqueueing transfers the buffer, which the socket's other data may share.
        controller.enqueue(new Uint8Array(chunk));
        if (controller.desiredSize <= 0) res.pause();
      });
      res.on('end', () => controller.close());
      res.on('error', (err) =>
        controller.error(signal.aborted ? signal.reason : new TypeError('terminated', { cause: connectionError(err) })),
      );
    },
    pull() {
      res.resume();
    },
    cancel() {
      res.destroy();
    },
  });
}

/**
 * The body as the server meant it: `Content-Encoding` layers (gzip, deflate, br) are
 * undone in reverse order of application, as undici does. Unknown codings are left.
 */
function decodedBody(res) {
  const codings = (res.headers['content-encoding'] ?? '')
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  const decoders = [];
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') decoders.push(zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    else if (coding === 'deflate') decoders.push(zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    else if (coding === 'br') decoders.push(zlib.createBrotliDecompress());
    else return res;
  }
  return decoders.length === 0 ? res : pipeline(res, ...decoders, () => {});
}

/** The headers fetch sends: the request's own, then the defaults it lacks. */
function wireHeaders(url, headers, body) {
  const pairs = [['host', url.host], ['connection', 'keep-alive'], ...headerPairs(headers)];
  const defaults = {
    accept: '*/*',
    'accept-language': '*',
    'sec-fetch-mode': 'cors',
    'user-agent': 'node',
    'accept-encoding': 'gzip, deflate',
  };
  for (const [name, value] of Object.entries(defaults)) if (!headers.has(name)) pairs.push([name, value]);
  if (body === null) return pairs;
  if (body.length === null) pairs.push(['transfer-encoding', 'chunked']);
  else if (!headers.has('content-length')) pairs.push(['content-length', String(body.length)]);
  return pairs;
}

async function writeBody(req, body) {
  if (body === null) {
    req.end();
    return;
  }
  if (body.source !== null) {
    req.end(body.source);
    return;
  }
  const reader = body.stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!req.write(value)) await new Promise((resolve) => req.once('drain', resolve));
  }
  req.end();
}

/** One hop: resolves with the IncomingMessage, rejects with the request's error. */
function send(url, method, headers, body, signal) {
  return new Promise((resolve, reject) => {
    const { request, agent, port } = clients[url.protocol];
    const req = request({
      agent,
      hostname: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port || port,
      path: `${url.pathname}${url.search}`,
      method,
      headers: wireHeaders(url, headers, body),
    });
    const onAbort = () => req.destroy(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('response', (res) => {
      res.on('close', () => signal.removeEventListener('abort', onAbort));
      resolve(res);
    });
    req.on('error', (err) => {
      signal.removeEventListener('abort', onAbort);
      reject(err);
    });
    writeBody(req, body).catch((err) => req.destroy(err));
  });
}

async function fetch(input, init = undefined) {
  const request = new Request(input, init);
  const { signal, redirect } = requestState(request);
  let { method, body } = requestState(request);
  const headers = new Headers(request.headers);
  if (signal.aborted) throw signal.reason;
  const urlList = [new URL(request.url)];
  for (;;) {
    const url = urlList[urlList.length - 1];
    const problem = unfetchable(url);
    if (problem !== null) throw networkError(problem);
    let res;
    try {
      res = await send(url, method, headers, body, signal);
    } catch (err) {
      throw signal.aborted ? signal.reason : networkError(err);
    }
    const location = res.headers.location;
    if (redirectStatus.has(res.statusCode) && location !== undefined && redirect !== 'manual') {
      res.resume();
      if (redirect === 'error') throw networkError(new Error('unexpected redirect'));
      if (urlList.length > MAX_REDIRECTS) throw networkError(new Error('redirect count exceeded'));
      let next;
      try {
        next = new URL(location, url);
      } catch (err) {
        throw networkError(err);
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw networkError(new Error('URL scheme must be a HTTP(S) scheme'));
      }
      if (res.statusCode !== 303 && body !== null && body.source === null) {
        throw networkError(new Error('Cannot follow a redirect with a streamed body'));
      }
      if (
        ((res.statusCode === 301 || res.statusCode === 302) && method === 'POST') ||
        (res.statusCode === 303 && method !== 'GET' && method !== 'HEAD')
      ) {
        method = 'GET';
        body = null;
        for (const name of bodyHeaders) headers.delete(name);
      }
      if (next.origin !== url.origin) for (const name of credentialHeaders) headers.delete(name);
      if (next.hash === '' && url.hash !== '') next.hash = url.hash;
      urlList.push(next);
      continue;
    }
    const responseHeaders = new Headers();
    for (let i = 0; i < res.rawHeaders.length; i += 2) responseHeaders.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
    const hasBody = method !== 'HEAD' && !nullBodyStatus.has(res.statusCode);
    if (!hasBody) res.resume();
    return makeResponse({
      status: res.statusCode,
      statusText: res.statusMessage,
      headers: responseHeaders,
      body: hasBody ? { stream: bodyStream(decodedBody(res), signal), source: null, length: null } : null,
      type: 'basic',
      urlList: urlList.map((entry) => entry.href),
    });
  }
}

module.exports = { fetch };
