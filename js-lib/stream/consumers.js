'use strict';
// node:stream/consumers — reads a whole stream (a node Readable, a web ReadableStream or
// any async iterable) into one value.

const { Blob } = require('internal/blob');
const { Buffer } = require('buffer');
const { TextDecoder } = require('internal/encoding');

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  return (await blob(stream)).arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  // Decoded as it arrives, so a character split across chunks is decoded whole.
  const decoder = new TextDecoder();
  let result = '';
  for await (const chunk of stream) result += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return result + decoder.decode();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
