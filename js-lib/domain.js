'use strict';
// Domains (deprecated in Node, still in use): an error thrown by code that runs in a
// domain, directly or in a callback queued there (ticks, timers, immediates, I/O, promise
// reactions), and an 'error' an emitter of the domain has no listener for, go to the
// domain's 'error' listeners instead of ending the program.
//
// Node records the active domain on every async resource with an async hook and enters
// it around the resource's callbacks. Here the async context frame, which every callback
// already runs under, holds the active domain (`process.domain` reads and writes the
// frame's domain slot); the places that run queued callbacks enter the frame's domain
// through `enterCallbackDomain` (internal/async_context_frame), and promise reactions,
// which the engine runs under their frame, see it as process.domain. Uncaught exceptions
// reach a domain through the uncaught-exception capture callback, as in Node.
//
// Loading this module changes every EventEmitter made afterwards and how uncaught
// exceptions are handled, so the snapshot does not load it (internal/bootstrap/node).

const EventEmitter = require('events');
const {
  codes: { ERR_DOMAIN_CALLBACK_NOT_AVAILABLE, ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE, ERR_UNHANDLED_ERROR },
} = require('internal/errors');
const { current, setCurrent, storeIn, frameWith, frameWithout, setDomainHooks } = require('internal/async_context_frame');
const { setUncaughtExceptionCaptureCallback, hasUncaughtExceptionCaptureCallback } = require('internal/process/execution');

if (hasUncaughtExceptionCaptureCallback()) throw new ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();

/** The active domain's key in the async context frame, as an AsyncLocalStorage is its store's. */
const kDomainSlot = Symbol('domain');
/**
 * process.domain where the frame holds no domain: like Node's global, whatever it was last
 * set to without one (null at first and after an uncaught exception, undefined after the
 * last entered domain exits).
 */
let noDomain = null;

function activeDomain() {
  return storeIn(current(), kDomainSlot) ?? noDomain;
}

function setActiveDomain(value) {
  const frame = current();
  if (value === null || value === undefined) {
    noDomain = value;
    if (storeIn(frame, kDomainSlot) !== undefined) setCurrent(frameWithout(frame, kDomainSlot));
  } else if (storeIn(frame, kDomainSlot) !== value) {
    setCurrent(frameWith(frame, kDomainSlot, value));
  }
}

Object.defineProperty(process, 'domain', {
  configurable: true,
  enumerable: true,
  get() {
    return activeDomain();
  },
  set(value) {
    setActiveDomain(value);
  },
});

/** The entered domains, innermost last: a domain entered inside another stays on top of it until it exits. */
let stack = [];
exports._stack = stack;

/**
 * The capture callback is set while some entered domain has an 'error' listener, so an
 * uncaught exception goes to the active domain; otherwise to 'uncaughtException' as without
 * domains (and `--abort-on-uncaught-exception` may abort).
 */
function updateExceptionCapture() {
  setUncaughtExceptionCaptureCallback(null);
  if (stack.some((domain) => domain.listenerCount('error') > 0)) {
    setUncaughtExceptionCaptureCallback(handleInActiveDomain);
  }
}

function handleInActiveDomain(err) {
  return process.domain._errorHandler(err);
}

/** Uncaught exceptions end the current callback: no domain stays entered past one. */
function clearDomainStack() {
  stack.length = 0;
  process.domain = null;
  updateExceptionCapture();
}

// An 'uncaughtException' listener sees no domain entered: the first listener clears the stack.
process.on('newListener', (name, listener) => {
  if (name === 'uncaughtException' && listener !== clearDomainStack) {
    process.removeListener(name, clearDomainStack);
    process.prependListener(name, clearDomainStack);
  }
});

process.on('removeListener', (name, listener) => {
  if (name === 'uncaughtException' && listener !== clearDomainStack) {
    const listeners = process.listeners('uncaughtException');
    if (listeners.length === 1 && listeners[0] === clearDomainStack) process.removeListener(name, clearDomainStack);
  }
});

/** Where the program loaded `domain`: the error below shows it, as Node's does. */
const domainRequireStack = new Error('require(`domain`) at this point').stack;

// Its parameter keeps Node's `length`; any call fails while domains are in use.
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(_fn) {
  const err = new ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE();
  Error.captureStackTrace(err, setUncaughtExceptionCaptureCallback);
  err.stack += `\n${'-'.repeat(40)}\n${domainRequireStack}`;
  throw err;
};

/** Defines the non-enumerable `domain` property Node gives errors and members. */
function setDomainProperty(target, domain) {
  Object.defineProperty(target, 'domain', { configurable: true, enumerable: false, value: domain, writable: true });
}

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
    this.on('removeListener', updateExceptionCapture);
    this.on('newListener', updateExceptionCapture);
  }
}

Domain.prototype.members = undefined;

/** Handles an uncaught exception thrown in this domain; returns whether a listener took it. */
Domain.prototype._errorHandler = function _errorHandler(er) {
  let caught = false;
  if ((typeof er === 'object' && er !== null) || typeof er === 'function') {
    setDomainProperty(er, this);
    er.domainThrown = true;
  }
  // The handler runs outside this domain (and its re-entries), so an error it throws or an
  // emitter it makes does not come back to it.
  while (stack.length > 0 && stack[stack.length - 1] === this) this.exit();
  // Active without being on the stack: a promise reaction's frame holds it, but nothing entered it.
  if (process.domain === this) process.domain = stack.length === 0 ? undefined : stack[stack.length - 1];

  if (stack.length === 0) {
    // The outermost domain's handler runs without the capture callback, so an error it
    // throws is the program's uncaught exception (and aborts under --abort-on-uncaught-exception).
    if (this.listenerCount('error') > 0) {
      setUncaughtExceptionCaptureCallback(null);
      try {
        caught = this.emit('error', er);
      } finally {
        updateExceptionCapture();
      }
    }
  } else {
    try {
      caught = this.emit('error', er);
    } catch (handlerError) {
      // This handler threw: the domain it is nested in gets that error, if there is one.
      updateExceptionCapture();
      if (stack.length === 0) throw handlerError;
      process.domain = stack[stack.length - 1];
      caught = process.domain._errorHandler(handlerError);
    }
  }
  clearDomainStack();
  return caught;
};

Domain.prototype.enter = function enter() {
  // Pushed even when already active, so that each enter has its exit.
  process.domain = this;
  stack.push(this);
  updateExceptionCapture();
};

Domain.prototype.exit = function exit() {
  const index = stack.lastIndexOf(this);
  if (index === -1) return;
  // Exiting a domain exits the ones entered inside it too.
  stack.splice(index);
  process.domain = stack.length === 0 ? undefined : stack[stack.length - 1];
  updateExceptionCapture();
};

// Works for timers too: anything with a `domain` property.
Domain.prototype.add = function add(ee) {
  if (ee.domain === this) return;
  if (ee.domain) ee.domain.remove(ee);
  // A domain added to one of the domains it belongs to would pass errors around forever.
  if (this.domain && ee instanceof Domain) {
    for (let parent = this.domain; parent; parent = parent.domain) {
      if (ee === parent) return;
    }
  }
  setDomainProperty(ee, this);
  this.members.push(ee);
};

Domain.prototype.remove = function remove(ee) {
  ee.domain = null;
  const index = this.members.indexOf(ee);
  if (index !== -1) this.members.splice(index, 1);
};

Domain.prototype.run = function run(fn, ...args) {
  this.enter();
  const result = Reflect.apply(fn, this, args);
  this.exit();
  return result;
};

Domain.prototype.intercept = function intercept(cb) {
  const domain = this;
  return function runIntercepted(...args) {
    const er = args[0];
    // An error as the first argument goes to the domain instead of the callback.
    if (er && er instanceof Error) {
      er.domainBound = cb;
      er.domainThrown = false;
      setDomainProperty(er, domain);
      domain.emit('error', er);
      return undefined;
    }
    domain.enter();
    const result = Reflect.apply(cb, this, args.slice(1));
    domain.exit();
    return result;
  };
};

Domain.prototype.bind = function bind(cb) {
  const domain = this;
  function runBound(...args) {
    domain.enter();
    const result = Reflect.apply(cb, this, args);
    domain.exit();
    return result;
  }
  setDomainProperty(runBound, this);
  return runBound;
};

exports.Domain = Domain;

exports.create = exports.createDomain = function createDomain() {
  return new Domain();
};

// `domain.active` is process.domain, the one the code running now is in.
Object.defineProperty(exports, 'active', {
  configurable: true,
  enumerable: true,
  get() {
    return process.domain;
  },
  set(value) {
    process.domain = value;
  },
});

// A timer, an immediate or an AsyncResource made in a domain names it; a callback queued
// in a domain runs entered in it (Node's async hook `init` and `before`).
setDomainHooks({
  init(resource) {
    const domain = storeIn(current(), kDomainSlot);
    if (domain !== undefined) setDomainProperty(resource, domain);
  },
  enter(frame) {
    const domain = storeIn(frame, kDomainSlot);
    if (!(domain instanceof Domain)) return undefined;
    domain.enter();
    return domain;
  },
});

EventEmitter.usingDomains = true;

// An emitter made while a domain is active belongs to it.
const initWithoutDomain = EventEmitter.init;
EventEmitter.init = function init(opts) {
  setDomainProperty(this, null);
  const active = process.domain;
  if (active && !(this instanceof Domain)) this.domain = active;
  return Reflect.apply(initWithoutDomain, this, [opts]);
};

// An emitter's events run entered in its domain, and an 'error' without a listener goes to it.
const emitWithoutDomain = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function emit(...args) {
  const domain = this.domain;
  const type = args[0];
  if (domain === null || domain === undefined || this === process || (type === 'error' && this.listenerCount('error') > 0)) {
    return Reflect.apply(emitWithoutDomain, this, args);
  }
  if (type === 'error') {
    emitErrorInDomain(this, domain, args.length > 1 && args[1] ? args[1] : new ERR_UNHANDLED_ERROR());
    return false;
  }
  domain.enter();
  const result = Reflect.apply(emitWithoutDomain, this, args);
  domain.exit();
  return result;
};

/**
 * Gives `er` to `domain`'s 'error' listeners outside the active domain and the copies of
 * it on top of the stack (so what the handler throws or makes does not come back to it),
 * then puts the stack back as it was.
 */
function emitErrorInDomain(emitter, domain, er) {
  if (typeof er === 'object') {
    er.domainEmitter = emitter;
    setDomainProperty(er, domain);
    er.domainThrown = false;
  }
  const savedStack = stack.slice();
  const savedActive = process.domain;
  let top = stack.length - 1;
  while (top > -1 && stack[top] === savedActive) top--;
  stack.splice(top + 1);
  process.domain = stack.length > 0 ? stack[stack.length - 1] : null;
  updateExceptionCapture();

  domain.emit('error', er);

  stack = savedStack;
  exports._stack = stack;
  process.domain = savedActive;
  updateExceptionCapture();
}
