'use strict';
// A function's `name` and `length` are part of Node's API: code checks `fn.length` to
// tell callback styles apart (graceful-fs, universalify, promisify helpers) and logs
// `fn.name`. Functions js-lib generates, or declares with rest parameters, get Node's.

/** Gives `fn` the `name` and `length` Node's function has; returns `fn`. */
function shape(fn, name, length) {
  if (name !== undefined) Object.defineProperty(fn, 'name', { value: name });
  if (length !== undefined) Object.defineProperty(fn, 'length', { value: length });
  return fn;
}

module.exports = { shape };
