'use strict';
// FormData (WHATWG XMLHttpRequest): ordered name/value entries whose values are
// strings or Files, and its two wire forms: multipart/form-data, written when a
// FormData is a body and read back by `formData()`, and urlencoded, read only.

const { Buffer } = require('buffer');
const { Blob, File, kBytes } = require('internal/blob');
const { argumentsRequired } = require('internal/fetch/headers');

const kEntries = Symbol('kEntries');

/** A value as the entry list keeps it: a string, or a File named as asked. */
function entryValue(method, value, filename, hasFilename) {
  if (!(value instanceof Blob)) {
    if (hasFilename) throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'`);
    return String(value);
  }
  if (value instanceof File && !hasFilename) return value;
  const options = { type: value.type };
  if (value instanceof File) options.lastModified = value.lastModified;
  return new File([value], hasFilename ? String(filename) : value instanceof File ? value.name : 'blob', options);
}

class FormData {
  // Node's (undici's) `constructor(form)`: length 1.
  constructor(form) {
    if (form !== undefined) throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    argumentsRequired('FormData.append', 2, arguments.length);
    this[kEntries].push([String(name), entryValue('append', value, filename, arguments.length > 2)]);
  }

  delete(name) {
    argumentsRequired('FormData.delete', 1, arguments.length);
    name = String(name);
    this[kEntries] = this[kEntries].filter(([key]) => key !== name);
  }

  get(name) {
    argumentsRequired('FormData.get', 1, arguments.length);
    name = String(name);
    return this[kEntries].find(([key]) => key === name)?.[1] ?? null;
  }

  getAll(name) {
    argumentsRequired('FormData.getAll', 1, arguments.length);
    name = String(name);
    return this[kEntries].filter(([key]) => key === name).map(([, value]) => value);
  }

  has(name) {
    argumentsRequired('FormData.has', 1, arguments.length);
    name = String(name);
    return this[kEntries].some(([key]) => key === name);
  }

  /** Replaces the first entry of that name and drops the others; appends when there is none. */
  set(name, value, filename = undefined) {
    argumentsRequired('FormData.set', 2, arguments.length);
    name = String(name);
    const entry = [name, entryValue('set', value, filename, arguments.length > 2)];
    const first = this[kEntries].findIndex(([key]) => key === name);
    if (first === -1) {
      this[kEntries].push(entry);
      return;
    }
    this[kEntries] = this[kEntries].filter(([key], index) => key !== name || index === first);
    this[kEntries][first] = entry;
  }

  *entries() {
    for (const [name, value] of this[kEntries]) yield [name, value];
  }

  *keys() {
    for (const [name] of this[kEntries]) yield name;
  }

  *values() {
    for (const [, value] of this[kEntries]) yield value;
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }

  [Symbol.for('nodejs.util.inspect.custom')](_depth, options, inspect) {
    return `FormData ${inspect(Object.fromEntries(this[kEntries]), options)}`;
  }
}
FormData.prototype[Symbol.iterator] = FormData.prototype.entries;
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });

const escapeName = (name) => name.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
const normalizeLinebreaks = (text) => text.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n');

/** The multipart/form-data body: `{ bytes, type }`. */
function encodeMultipart(form) {
  const boundary = `----formdata-undici-0${String(Math.floor(Math.random() * 1e11)).padStart(11, '0')}`;
  const encoder = new TextEncoder();
  const parts = [];
  for (const [name, value] of form[kEntries]) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(normalizeLinebreaks(name))}"`;
    if (typeof value === 'string') {
      parts.push(encoder.encode(`${head}\r\n\r\n${normalizeLinebreaks(value)}\r\n`));
      continue;
    }
    head += `; filename="${escapeName(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
    parts.push(encoder.encode(head), value[kBytes](), encoder.encode('\r\n'));
  }
  parts.push(encoder.encode(`--${boundary}--\r\n`));
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { bytes, type: `multipart/form-data; boundary=${boundary}` };
}

const unescapeName = (name) => name.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%22/g, '"');

/** Parses a multipart/form-data body; throws a TypeError when it is malformed. */
function decodeMultipart(bytes, boundary) {
  const form = new FormData();
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const delimiter = `--${boundary}`;
  let position = text.indexOf(delimiter);
  if (position === -1) throw new TypeError('Failed to parse body as FormData.');
  const decoder = new TextDecoder();
  for (;;) {
    position += delimiter.length;
    if (text.startsWith('--', position)) return form;
    if (!text.startsWith('\r\n', position)) break;
    const headEnd = text.indexOf('\r\n\r\n', position);
    const next = text.indexOf(`\r\n${delimiter}`, headEnd);
    if (headEnd === -1 || next === -1) break;
    const headers = {};
    for (const line of text.slice(position + 2, headEnd).split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const disposition = headers['content-disposition'] ?? '';
    const name = /(?:^|;)\s*name="([^"]*)"/i.exec(disposition)?.[1];
    if (name === undefined) break;
    const filename = /;\s*filename="([^"]*)"/i.exec(disposition)?.[1];
    const content = bytes.subarray(headEnd + 4, next);
    if (filename === undefined) {
      form.append(unescapeName(decoder.decode(Buffer.from(name, 'latin1'))), decoder.decode(content));
    } else {
      const file = new File([content], unescapeName(decoder.decode(Buffer.from(filename, 'latin1'))), {
        type: headers['content-type'] ?? 'text/plain',
      });
      form.append(unescapeName(decoder.decode(Buffer.from(name, 'latin1'))), file);
    }
    position = next + 2;
  }
  throw new TypeError('Failed to parse body as FormData.');
}

function decodeUrlencoded(text) {
  const form = new FormData();
  for (const [name, value] of new URLSearchParams(text)) form.append(name, value);
  return form;
}

module.exports = { FormData, encodeMultipart, decodeMultipart, decodeUrlencoded };
