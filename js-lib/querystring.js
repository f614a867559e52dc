'use strict';
// node:querystring

const { Buffer } = require('buffer');

const unreserved = new Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'()");

/** Percent-encodes all but Node's unreserved characters; lone surrogates throw URIError. */
// biome-ignore lint/suspicious/noShadowRestrictedNames: the name is observable (`querystring.escape.name`; Node's is qsEscape)
function escape(value) {
  const text = typeof value === 'string' ? value : `${value}`;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (unreserved.has(c)) {
      out += c;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
        const err = new URIError('URI malformed');
        err.code = 'ERR_INVALID_URI';
        throw err;
      }
      out += encodeURIComponent(text[i] + text[i + 1]);
      i++;
      continue;
    }
    out += encodeURIComponent(c);
  }
  return out;
}

/** Bytes of `text` with %XX sequences decoded (and `+` as space when asked). */
function unescapeBuffer(text, decodeSpaces) {
  const parts = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isHex = c === 0x25 && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3));
    if (isHex || (c === 0x2b && decodeSpaces)) {
      if (i > start) parts.push(Buffer.from(text.slice(start, i)));
      parts.push(Buffer.from([isHex ? parseInt(text.slice(i + 1, i + 3), 16) : 0x20]));
      if (isHex) i += 2;
      start = i + 1;
    }
  }
  if (start < text.length) parts.push(Buffer.from(text.slice(start)));
  return Buffer.concat(parts);
}

// biome-ignore lint/suspicious/noShadowRestrictedNames: the name is observable (`querystring.unescape.name`; Node's is qsUnescape)
function unescape(text, decodeSpaces) {
  try {
    return decodeURIComponent(text);
  } catch {
    return unescapeBuffer(text, decodeSpaces).toString();
  }
}

function stringifyPrimitive(value) {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return `${value}`;
  if (typeof value === 'bigint') return `${value}`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return '';
}

function stringify(object, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  const encode = options?.encodeURIComponent ?? qs.escape;
  if (object === null || typeof object !== 'object') return '';
  const fields = [];
  for (const key of Object.keys(object)) {
    const value = object[key];
    const ks = `${encode(stringifyPrimitive(key))}${eq}`;
    if (Array.isArray(value)) {
      for (const item of value) fields.push(ks + encode(stringifyPrimitive(item)));
    } else {
      fields.push(ks + encode(stringifyPrimitive(value)));
    }
  }
  return fields.join(sep);
}

function parse(text, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  const result = { __proto__: null };
  if (typeof text !== 'string' || text.length === 0) return result;
  const maxKeys = typeof options?.maxKeys === 'number' ? options.maxKeys : 1000;
  const decode = options?.decodeURIComponent ?? qs.unescape;
  let pairs = text.split(sep || '&');
  if (maxKeys > 0) pairs = pairs.slice(0, maxKeys);
  for (const pair of pairs) {
    // An empty pair counts against maxKeys but adds nothing.
    if (pair.length === 0) continue;
    const index = pair.indexOf(eq || '=');
    const rawKey = index === -1 ? pair : pair.slice(0, index);
    const rawValue = index === -1 ? '' : pair.slice(index + (eq || '=').length);
    const key = decodeComponent(rawKey.replaceAll('+', ' '), decode);
    const value = decodeComponent(rawValue.replaceAll('+', ' '), decode);
    if (key in result) {
      const existing = result[key];
      if (Array.isArray(existing)) existing.push(value);
      else result[key] = [existing, value];
    } else {
      result[key] = value;
    }
  }
  return result;
}

function decodeComponent(text, decode) {
  try {
    return decode(text);
  } catch {
    return qs.unescape(text, true);
  }
}

const qs = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

module.exports = qs;
