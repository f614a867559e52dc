'use strict';
// node:fs — so far the calls the module loader and the examples need; the full API
// (streams, descriptors, directories, promises) grows on the same bindings.

const binding = internalBinding('fs');
const { uvException } = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { onCompletion } = require('internal/event_loop');
const path = require('path');

/** Natives return a failure as a negative errno; success is never a number. */
function isFailure(result) {
  return typeof result === 'number';
}

function toPath(file) {
  return path.resolve(String(file));
}

function encodingOf(options) {
  if (typeof options === 'string') return options;
  return options?.encoding ?? null;
}

function decode(arrayBuffer, encoding) {
  const buffer = Buffer.from(arrayBuffer);
  return encoding === null ? buffer : buffer.toString(encoding);
}

function readFileSync(file, options) {
  const encoding = encodingOf(options);
  const target = toPath(file);
  if (encoding === 'utf8' || encoding === 'utf-8') {
    const text = binding.readFileUtf8(target);
    if (isFailure(text)) throw uvException(text, 'open', String(file));
    return text;
  }
  const result = binding.readFile(target);
  if (isFailure(result)) throw uvException(result, 'open', String(file));
  return decode(result, encoding);
}

function readFile(file, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  const encoding = encodingOf(options);
  const op = binding.readFileStart(toPath(file));
  onCompletion(op, (result) => {
    if (isFailure(result)) callback(uvException(result, 'open', String(file)));
    else callback(null, decode(result, encoding));
  });
}

function existsSync(file) {
  try {
    return !isFailure(binding.stat(toPath(file)));
  } catch {
    return false;
  }
}

module.exports = {
  existsSync,
  readFile,
  readFileSync,
  promises: {
    readFile: (file, options) => new Promise((resolve, reject) => readFile(file, options, (err, data) => (err ? reject(err) : resolve(data)))),
  },
};
