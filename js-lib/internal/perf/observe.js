'use strict';
// PerformanceObserver: the entries of the types a program observes (marks, measures, timed
// functions, network activity) are delivered to it in batches, after the code that made them,
// in a setImmediate, as Node delivers them.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');

const kObserves = Symbol('kObserves');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kDispatch = Symbol('kDispatch');

const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);

/** The observers watching at least one type. */
const observers = new Set();
/** The observers with entries to deliver at the next dispatch. */
const pending = new Set();
let dispatchQueued = false;

function byStartTime(a, b) {
  return a.startTime - b.startTime;
}

class PerformanceObserverEntryList {
  #entries;

  constructor(entries) {
    this.#entries = entries.sort(byStartTime);
  }

  getEntries() {
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    return this.#entries.filter((entry) => entry.entryType === `${type}`);
  }

  getEntriesByName(name, type) {
    return this.#entries.filter((entry) => entry.name === `${name}` && (type === undefined || entry.entryType === `${type}`));
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    return `PerformanceObserverEntryList ${inspect(this.#entries, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

class PerformanceObserver {
  #callback;
  #types = new Set();
  #buffer = [];

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  /** `{ entryTypes }` replaces what is observed; `{ type }` adds one (with `buffered`, the timeline's entries of it too). */
  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes !== undefined && type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      this.#types = new Set(entryTypes.filter((entryType) => supportedEntryTypes.includes(entryType)));
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      this.#types.add(type);
      if (buffered) {
        for (const entry of require('perf_hooks').performance.getEntriesByType(type)) this.#buffer.push(entry);
        if (this.#buffer.length > 0) queueDispatch(this);
      }
    }
    if (this.#types.size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this.#types.clear();
    this.#buffer = [];
  }

  takeRecords() {
    const records = this.#buffer;
    this.#buffer = [];
    return records;
  }

  [kObserves](type) {
    return this.#types.has(type);
  }

  /** Keeps `entry` for the next dispatch if its type is observed. */
  [kMaybeBuffer](entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#buffer.push(entry);
    queueDispatch(this);
  }

  [kDispatch]() {
    // Called even when takeRecords emptied the batch meanwhile, as Node's.
    this.#callback(new PerformanceObserverEntryList(this.takeRecords()), this);
  }
}

function queueDispatch(observer) {
  pending.add(observer);
  if (dispatchQueued) return;
  dispatchQueued = true;
  setImmediate(() => {
    dispatchQueued = false;
    const ready = [...pending];
    pending.clear();
    for (const observer of ready) observer[kDispatch]();
  });
}

/** Hands a new entry to the observers of its type. */
function enqueue(entry) {
  for (const observer of observers) observer[kMaybeBuffer](entry);
}

/** Whether anyone observes `type`, so that entries nobody reads are not made. */
function hasObserver(type) {
  for (const observer of observers) if (observer[kObserves](type)) return true;
  return false;
}

module.exports = { PerformanceObserver, PerformanceObserverEntryList, enqueue, hasObserver };
