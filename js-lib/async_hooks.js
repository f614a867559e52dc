'use strict';
// async_hooks: AsyncLocalStorage and AsyncResource over the async context frame
// (internal/async_context_frame), which follows `await`, promise callbacks, ticks,
// timers, immediates and I/O callbacks; the execution ids. The engine reports no async
// resource lifecycles, so hooks made with createHook are accepted and never called
// (README "Deliberate differences").

const {
  codes: { ERR_ASYNC_CALLBACK, ERR_INVALID_ASYNC_ID },
} = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const {
  current: currentFrame,
  setCurrent: setCurrentFrame,
  exchange: exchangeFrame,
  storeIn,
  frameWith,
  frameWithout,
  initDomainOf,
  enterCallbackDomain,
  exitCallbackDomain,
} = require('internal/async_context_frame');

const TOP_LEVEL_ID = 1;
let lastAsyncId = TOP_LEVEL_ID;
let current = { id: TOP_LEVEL_ID, triggerId: 0, resource: {} };

const kAsyncId = Symbol('asyncId');
const kTriggerAsyncId = Symbol('triggerAsyncId');
const kFrame = Symbol('kFrame');

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
    this[kFrame] = currentFrame();
    initDomainOf(this);
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const previous = current;
    current = { id: this[kAsyncId], triggerId: this[kTriggerAsyncId], resource: this };
    const priorFrame = exchangeFrame(this[kFrame]);
    const domain = enterCallbackDomain(this[kFrame]);
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      exitCallbackDomain(domain);
      setCurrentFrame(priorFrame);
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

/** Runs `fn(...args)` under the frame current when the snapshot was taken. */
function runInSnapshot(fn, ...args) {
  return Reflect.apply(fn, null, args);
}

class AsyncLocalStorage {
  #enabled = false;

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    return AsyncResource.bind(runInSnapshot);
  }

  /**
   * Until the next run() or enterWith(), getStore() returns undefined; the stores
   * already set stay in their frames, as with Node 20's hooks.
   */
  disable() {
    this.#enabled = false;
  }

  enterWith(store) {
    this.#enabled = true;
    setCurrentFrame(frameWith(currentFrame(), this, store));
  }

  // run, exit and getStore run around every request of a server that uses them: the
  // frame calls are written out rather than going through runInFrame.
  run(store, callback, ...args) {
    this.#enabled = true;
    const prior = currentFrame();
    setCurrentFrame(frameWith(prior, this, store));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      setCurrentFrame(prior);
    }
  }

  exit(callback, ...args) {
    if (!this.#enabled) return Reflect.apply(callback, null, args);
    const prior = currentFrame();
    setCurrentFrame(frameWithout(prior, this));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      setCurrentFrame(prior);
    }
  }

  getStore() {
    return this.#enabled ? storeIn(currentFrame(), this) : undefined;
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
  AsyncLocalStorage,
  AsyncResource,
};
