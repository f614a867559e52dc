'use strict';
// async_hooks: AsyncResource and the execution ids. The engine reports no async
// resource lifecycles, so hooks made with createHook are accepted and never called,
// and AsyncLocalStorage is absent (its store cannot yet follow `await`; code that
// feature-tests for it takes its fallback). README "Deliberate differences" says so.

const {
  codes: { ERR_ASYNC_CALLBACK, ERR_INVALID_ASYNC_ID },
} = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');

const TOP_LEVEL_ID = 1;
let lastAsyncId = TOP_LEVEL_ID;
let current = { id: TOP_LEVEL_ID, triggerId: 0, resource: {} };

const kAsyncId = Symbol('asyncId');
const kTriggerAsyncId = Symbol('triggerAsyncId');

/** The providers of Node's list that Nodule's own resources correspond to. */
const asyncWrapProviders = Object.freeze({
  __proto__: null,
  NONE: 0,
  FILEHANDLE: 4,
  FSREQCALLBACK: 8,
  FSREQPROMISE: 9,
  GETADDRINFOREQWRAP: 10,
  HTTPINCOMINGMESSAGE: 17,
  HTTPCLIENTREQUEST: 18,
  PROMISE: 26,
  SHUTDOWNWRAP: 30,
  TCPCONNECTWRAP: 34,
  TCPSERVERWRAP: 35,
  TCPWRAP: 36,
  WRITEWRAP: 43,
  ZLIB: 44,
});

class AsyncResource {
  constructor(type, options = {}) {
    validateString(type, 'type');
    const triggerAsyncId = typeof options === 'number' ? options : (options?.triggerAsyncId ?? current.id);
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    this[kAsyncId] = ++lastAsyncId;
    this[kTriggerAsyncId] = triggerAsyncId;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const previous = current;
    current = { id: this[kAsyncId], triggerId: this[kTriggerAsyncId], resource: this };
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      current = previous;
    }
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[kAsyncId];
  }

  triggerAsyncId() {
    return this[kTriggerAsyncId];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    const bound =
      thisArg === undefined
        ? function (...args) {
            return resource.runInAsyncScope(fn, this, ...args);
          }
        : (...args) => resource.runInAsyncScope(fn, thisArg, ...args);
    Object.defineProperties(bound, {
      length: { configurable: true, value: fn.length },
      asyncResource: { configurable: true, enumerable: true, writable: true, value: this },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    return new AsyncResource(type || fn.name || 'bound-anonymous-fn').bind(fn, thisArg);
  }
}

function createHook(callbacks) {
  validateObject(callbacks, 'callbacks');
  for (const name of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
    if (callbacks[name] !== undefined && typeof callbacks[name] !== 'function') throw new ERR_ASYNC_CALLBACK(`hook.${name}`);
  }
  return {
    enable() {
      return this;
    },
    disable() {
      return this;
    },
  };
}

module.exports = {
  createHook,
  executionAsyncId: () => current.id,
  triggerAsyncId: () => current.triggerId,
  executionAsyncResource: () => current.resource,
  asyncWrapProviders,
  AsyncResource,
};
