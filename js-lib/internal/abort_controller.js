'use strict';
// AbortController and AbortSignal (WHATWG DOM) with Node's behaviour: an abort sets the
// reason, fires a trusted 'abort' event, then aborts the signals made from this one by
// AbortSignal.any(). Signals only refer weakly to what depends on them, and a timeout
// signal's timer neither keeps the process alive nor the signal.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateInteger } = require('internal/validators');
const { EventTarget, Event, defineEventHandler, kNewListener, kRemoveListener, trustEvent } = require('internal/event_target');
const { DOMException } = require('internal/domexception');
const timers = require('internal/timers');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
/** Passed by this module to the constructor, which programs may not call. */
const kCreate = Symbol('kCreate');
/**
 * A signal's state, in properties of its own rather than private fields, so that a Proxy of a
 * signal reads it (its accessors run with the Proxy as `this`), as Node's signals allow.
 */
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');

/**
 * Timeout and dependent signals with 'abort' listeners. Nothing else may hold them, yet
 * their listeners must still run: they are kept here until they abort or lose them.
 */
const retained = new Set();
/** A timeout signal collected before its time takes its timer along. */
const timerCleanup = new FinalizationRegistry((timer) => timers.clearTimeout(timer));

function customInspect(self, state, depth, options, inspect) {
  if (depth < 0) return self;
  return `${self.constructor.name} ${inspect(state, { ...options, depth: options.depth === null ? null : options.depth - 1 })}`;
}

/** Node accepts anything with an `aborted` property where it asks for an AbortSignal. */
function validateAbortSignal(signal, name) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

let createSignal;
let abortSignal;
let isAbortSignal;
let dependentCleanup;

class AbortSignal extends EventTarget {
  /** Made by AbortSignal.timeout(). */
  #timeout = false;
  /**
   * For a signal made by AbortSignal.any(): the signals it follows, which it keeps alive
   * (a timeout signal that nothing else holds must still abort it).
   */
  #sources;
  /** Weak references to the signals made from this one by AbortSignal.any(). */
  #dependents = new Set();

  constructor(...args) {
    if (args[0] !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
  }

  get aborted() {
    checkSignal(this);
    return this[kAborted];
  }

  get reason() {
    checkSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [kInspect](depth, options, inspect) {
    // Node's signals carry enumerable internal symbols: past the depth limit they show as `[AbortSignal]`.
    if (depth < 0) return options.stylize(`[${this.constructor.name}]`, 'special');
    return customInspect(this, { aborted: this.aborted }, depth, options, inspect);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = createSignal();
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    validateInteger(delay, 'delay', 0, 2 ** 32 - 1);
    const signal = createSignal();
    signal.#timeout = true;
    const ref = new WeakRef(signal);
    const timer = timers.setTimeout(() => {
      const target = ref.deref();
      if (target !== undefined) abortSignal(target, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    timer.unref();
    timerCleanup.register(signal, timer);
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) throw new ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    signals.forEach((signal, index) => {
      validateAbortSignal(signal, `signals[${index}]`);
    });
    const result = createSignal();
    const aborted = signals.find((signal) => signal.aborted);
    if (aborted !== undefined) {
      result[kAborted] = true;
      result[kReason] = aborted.reason;
      return result;
    }
    result.#sources = [];
    const resultRef = new WeakRef(result);
    const follow = (source) => {
      if (result.#sources.includes(source)) return;
      result.#sources.push(source);
      source.#dependents.add(resultRef);
    };
    for (const signal of signals) {
      // Others that merely look like signals never abort this one.
      if (!isAbortSignal(signal)) continue;
      if (signal.#sources === undefined) {
        follow(signal);
      } else {
        // A signal made by any() passes on the signals it follows: chains stay one link long.
        signal.#sources.forEach(follow);
      }
    }
    if (result.#sources.length > 0) dependentCleanup.register(result, { resultRef, sources: result.#sources });
    return result;
  }

  [kNewListener](size, type) {
    super[kNewListener](size, type);
    if (type === 'abort' && size === 1 && !this[kAborted] && (this.#timeout || this.#sources?.length > 0)) retained.add(this);
  }

  [kRemoveListener](size, type) {
    super[kRemoveListener](size, type);
    if (type === 'abort' && size === 0) retained.delete(this);
  }

  static {
    createSignal = () => new AbortSignal(kCreate);
    isAbortSignal = (value) => value !== null && typeof value === 'object' && #dependents in value;

    abortSignal = (signal, reason) => {
      if (signal[kAborted]) return;
      signal[kAborted] = true;
      signal[kReason] = reason;
      retained.delete(signal);
      signal.dispatchEvent(trustEvent(new Event('abort')));
      for (const ref of signal.#dependents) {
        const dependent = ref.deref();
        if (dependent !== undefined) abortSignal(dependent, reason);
      }
      signal.#dependents.clear();
    };

    /** A dependent signal collected before it aborted leaves its sources' lists. */
    dependentCleanup = new FinalizationRegistry(({ resultRef, sources }) => {
      for (const source of sources) source.#dependents.delete(resultRef);
    });
  }
}

/** The accessors' check, which a Proxy of a signal passes, as in Node (its state is read through it). */
function checkSignal(value) {
  if (value?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, 'aborted', { enumerable: true });
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

class AbortController {
  #signal;

  get signal() {
    this.#signal ??= createSignal();
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    this.#signal ??= createSignal();
    abortSignal(this.#signal, reason);
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, { signal: this.signal }, depth, options, inspect);
  }
}

Object.defineProperty(AbortController.prototype, 'signal', { enumerable: true });
Object.defineProperty(AbortController.prototype, 'abort', { enumerable: true });
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

module.exports = { AbortController, AbortSignal, validateAbortSignal };
