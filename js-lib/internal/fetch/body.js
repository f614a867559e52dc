'use strict';
// What Request and Response share: turning a BodyInit into bytes or a stream with its
// Content-Type, and the body mixin that reads it once (text, json, arrayBuffer, blob,
// formData, bytes). A body is `{ stream, source, length }`: `source` keeps the bytes
// of a body given whole, so that a request can send it again after a redirect.

const { Buffer } = require('buffer');
const { isDisturbed } = require('stream');
const { Blob, kBytes } = require('internal/blob');
const { ReadableStream } = require('internal/webstreams/streams');
const { FormData, encodeMultipart, decodeMultipart, decodeUrlencoded } = require('internal/fetch/formdata');

function bytesStream(bytes) {
  return new ReadableStream({
    type: 'bytes',
    start(controller) {
      if (bytes.length > 0) controller.enqueue(bytes.slice());
      controller.close();
    },
  });
}

/** `{ body, type }` for a BodyInit; `type` is the Content-Type it implies, or null. */
function extractBody(init) {
  let bytes;
  let type = null;
  if (init instanceof ReadableStream) {
    if (isDisturbed(init) || init.locked) throw new TypeError('Response body object should not be disturbed or locked');
    return { body: { stream: init, source: null, length: null }, type };
  }
  if (typeof init === 'string') {
    bytes = new TextEncoder().encode(init);
    type = 'text/plain;charset=UTF-8';
  } else if (init instanceof URLSearchParams) {
    bytes = new TextEncoder().encode(init.toString());
    type = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else if (init instanceof ArrayBuffer) {
    bytes = new Uint8Array(init.slice(0));
  } else if (ArrayBuffer.isView(init)) {
    bytes = new Uint8Array(init.buffer.slice(init.byteOffset, init.byteOffset + init.byteLength));
  } else if (init instanceof Blob) {
    bytes = init[kBytes]();
    if (init.type) type = init.type;
  } else if (init instanceof FormData) {
    ({ bytes, type } = encodeMultipart(init));
  } else {
    bytes = new TextEncoder().encode(String(init));
    type = 'text/plain;charset=UTF-8';
  }
  return { body: { stream: bytesStream(bytes), source: bytes, length: bytes.length }, type };
}

/** A second body reading the same bytes: the stream is teed, one branch kept here. */
function cloneBody(body) {
  const [mine, theirs] = body.stream.tee();
  body.stream = mine;
  return { stream: theirs, source: body.source, length: body.length };
}

function bodyUsed(body) {
  return body !== null && isDisturbed(body.stream);
}

async function readAll(body) {
  if (body === null) return new Uint8Array(0);
  const reader = body.stream.getReader();
  const chunks = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    chunks.push(value);
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

/** The mime type's essence and parameters: `multipart/form-data; boundary=x` -> ['multipart/form-data', { boundary }]. */
function parseMimeType(value) {
  const [essence, ...params] = (value ?? '').split(';');
  const parameters = {};
  for (const param of params) {
    const equals = param.indexOf('=');
    if (equals === -1) continue;
    parameters[param.slice(0, equals).trim().toLowerCase()] = param
      .slice(equals + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return [essence.trim().toLowerCase(), parameters];
}

/**
 * Adds the body readers to a class whose instances answer `getBody(instance)` and
 * `getHeaders(instance)`.
 */
function mixinBody(Class, getBody, getHeaders) {
  async function consume(self) {
    const body = getBody(self);
    if (bodyUsed(body) || body?.stream.locked) throw new TypeError('Body is unusable: Body has already been read');
    return readAll(body);
  }
  const decode = (bytes) => new TextDecoder().decode(bytes);
  const methods = {
    get body() {
      return getBody(this)?.stream ?? null;
    },
    get bodyUsed() {
      return bodyUsed(getBody(this));
    },
    async arrayBuffer() {
      const bytes = await consume(this);
      return bytes.buffer.byteLength === bytes.byteLength ? bytes.buffer : bytes.slice().buffer;
    },
    async blob() {
      const bytes = await consume(this);
      return new Blob([bytes], { type: getHeaders(this).get('content-type') ?? '' });
    },
    async bytes() {
      return new Uint8Array(await consume(this));
    },
    async formData() {
      const bytes = await consume(this);
      const [essence, parameters] = parseMimeType(getHeaders(this).get('content-type'));
      if (essence === 'multipart/form-data' && parameters.boundary) return decodeMultipart(bytes, parameters.boundary);
      if (essence === 'application/x-www-form-urlencoded') return decodeUrlencoded(decode(bytes));
      throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
    },
    async json() {
      return JSON.parse(decode(await consume(this)));
    },
    async text() {
      return decode(await consume(this));
    },
  };
  for (const name of Object.keys(Object.getOwnPropertyDescriptors(methods))) {
    Object.defineProperty(Class.prototype, name, { ...Object.getOwnPropertyDescriptor(methods, name), enumerable: false });
  }
}

module.exports = { extractBody, cloneBody, bodyUsed, mixinBody };
