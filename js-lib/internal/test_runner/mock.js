'use strict';
// node:test's `mock`: functions and methods whose calls are recorded
// (`fn.mock.calls`, `callCount()`), with implementations that can be swapped, limited
// to a number of calls, and restored.

const { codes } = require('internal/errors');
const { validateFunction, validateInteger, validateObject, validateBoolean } = require('internal/validators');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = codes;

/** A function doing nothing, new for each mock: the mock is a proxy of it, so properties set on one mock stay on it. */
function makeNoop() {
  return () => {};
}

class MockFunctionContext {
  #calls = [];
  #implementation;
  #original;
  #restore;
  #times;
  #onceImplementations = new Map();

  constructor(implementation, restore, times) {
    this.#original = implementation;
    this.#implementation = implementation;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() {
    return this.#calls.slice();
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const nextCall = this.#calls.length;
    const call = onCall ?? nextCall;
    validateInteger(call, 'onCall', nextCall);
    this.#onceImplementations.set(call, implementation);
  }

  resetCalls() {
    this.#calls = [];
  }

  /** Back to the original implementation (and, for a method, the original property). */
  restore() {
    this.#implementation = this.#original;
    const restore = this.#restore;
    if (restore === undefined) return;
    this.#restore = undefined;
    restore();
  }

  /** The implementation for the call about to be made: a one-off for this call, else the current one. */
  nextImplementation() {
    const call = this.#calls.length;
    const once = this.#onceImplementations.get(call);
    if (once !== undefined) {
      this.#onceImplementations.delete(call);
      return once;
    }
    return this.#implementation;
  }

  setTimesOriginal(original) {
    this.#original = original;
  }

  /** Records a call; the `times`-th puts the original implementation back. */
  record(call) {
    this.#calls.push(call);
    if (this.#calls.length === this.#times) this.#implementation = this.#original;
  }
}

/**
 * `original` behind a proxy that calls (or constructs with) `context`'s implementation
 * and records each call: its name, length and prototype stay the original's, so
 * `new mock()` makes instances of the original class.
 */
function makeMock(original, context) {
  const track = (thisArg, args, target, invoke) => {
    const call = { arguments: args, error: undefined, result: undefined, stack: new Error(), target, this: thisArg };
    try {
      call.result = invoke(context.nextImplementation());
      // A construction's `this` is the object it made.
      if (target !== undefined) call.this = call.result;
      return call.result;
    } catch (err) {
      call.error = err;
      throw err;
    } finally {
      context.record(call);
    }
  };
  const mock = new Proxy(original, {
    __proto__: null,
    apply: (_, thisArg, args) => track(thisArg, args, undefined, (implementation) => Reflect.apply(implementation, thisArg, args)),
    // A call's `target` names the class constructed: the original, not this proxy.
    construct: (_, args, newTarget) =>
      track(undefined, args, newTarget === mock ? original : newTarget, (implementation) =>
        Reflect.construct(implementation, args, newTarget),
      ),
    get: (target, property, receiver) => (property === 'mock' ? context : Reflect.get(target, property, receiver)),
  });
  return mock;
}

class MockTracker {
  #mocks = [];

  fn(original = makeNoop(), implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = makeNoop();
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times } = options;
    if (times !== undefined) validateInteger(times, 'options.times', 1);
    const context = new MockFunctionContext(implementation, undefined, times);
    context.setTimesOriginal(original);
    this.#mocks.push(context);
    return makeMock(original, context);
  }

  method(object, methodName, implementation = undefined, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'object', object);
    }
    validateObject(options, 'options');
    const { getter = false, setter = false, times } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    if (getter && setter) throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    if (times !== undefined) validateInteger(times, 'options.times', 1);
    const descriptor = findDescriptor(object, methodName);
    const kind = getter ? 'get' : setter ? 'set' : 'value';
    const original = descriptor?.[kind];
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, `must be a ${getter ? 'getter' : setter ? 'setter' : 'method'}`);
    }
    implementation ??= original;
    validateFunction(implementation, 'implementation');
    // As node: the property found (perhaps on a prototype) is put back on the object itself.
    const restore = () => Object.defineProperty(object, methodName, descriptor);
    const context = new MockFunctionContext(implementation, restore, times);
    context.setTimesOriginal(original);
    const mock = makeMock(original, context);
    Object.defineProperty(object, methodName, { ...descriptor, [kind]: mock, configurable: true });
    this.#mocks.push(context);
    return mock;
  }

  getter(object, methodName, implementation = undefined, options = {}) {
    return this.#accessor('getter', object, methodName, implementation, options);
  }

  setter(object, methodName, implementation = undefined, options = {}) {
    return this.#accessor('setter', object, methodName, implementation, options);
  }

  #accessor(kind, object, methodName, implementation, options) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    validateObject(options, 'options');
    if (options[kind] === false) throw new ERR_INVALID_ARG_VALUE(`options.${kind}`, false, 'cannot be false');
    return this.method(object, methodName, implementation, { ...options, [kind]: true });
  }

  reset() {
    this.restoreAll();
    this.#mocks = [];
  }

  restoreAll() {
    for (const context of this.#mocks) context.restore();
  }
}

/** The property's descriptor, found on the object or up its prototype chain. */
function findDescriptor(object, name) {
  for (let owner = object; owner !== null; owner = Object.getPrototypeOf(owner)) {
    const descriptor = Object.getOwnPropertyDescriptor(owner, name);
    if (descriptor !== undefined) return descriptor;
  }
  return undefined;
}

module.exports = { MockTracker, MockFunctionContext };
