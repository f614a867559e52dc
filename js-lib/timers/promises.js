'use strict';
// node:timers/promises

const { Timeout, Immediate, clearTimeout, clearImmediate } = require('internal/timers');
const { validateNumber, validateObject, validateBoolean } = require('internal/validators');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

function validateOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

/** A promise settled by a timer or immediate, cancelled by `signal`. */
function scheduled(create, cancel, value, options) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = validateOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = create(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => {
        cancel(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(after, value, options = {}) {
  if (after !== undefined) validateNumber(after, 'delay');
  return scheduled((callback) => new Timeout(callback, after, undefined, false, true), clearTimeout, value, options);
}

function setImmediate(value, options = {}) {
  return scheduled((callback) => new Immediate(callback, undefined), clearImmediate, value, options);
}

async function* setInterval(after, value, options = {}) {
  validateObject(options, 'options');
  if (after !== undefined) validateNumber(after, 'delay');
  const { signal, ref } = validateOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const interval = new Timeout(
    () => {
      pending++;
      if (wake) {
        wake();
        wake = null;
      }
    },
    after,
    undefined,
    true,
    true,
  );
  if (!ref) interval.unref();
  let aborted = false;
  const onAbort = () => {
    aborted = true;
    clearTimeout(interval);
    if (wake) {
      wake();
      wake = null;
    }
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (pending === 0) await new Promise((resolve) => (wake = resolve));
      if (aborted) throw abortError(signal);
      for (; pending > 0; pending--) yield value;
    }
  } finally {
    clearTimeout(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait: (delay, options) => setTimeout(delay, undefined, options),
  yield: () => setImmediate(),
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
