'use strict';
// Timers and immediates, run by the event loop in internal/event_loop.
// Timers sit in one binary heap ordered by (expiry, creation), which gives Node's
// order: earlier expiry first, and among equal expiries the one created first.
// A timer's start is the loop's cached time, as libuv's `uv_now`.

const { validateFunction, validateNumber } = require('internal/validators');
const {
  codes: { ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { shape } = require('internal/util/function_shape');
const { triggerUncaughtException } = require('internal/process/execution');
const { afterCallback } = require('internal/process/task_queues');
const { current, setCurrent, exchange, initDomainOf, enterCallbackDomain, exitCallbackDomain } = require('internal/async_context_frame');
const { hrtime } = internalBinding('process');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHeapIndex = Symbol('heapIndex');
/** The async context frame a timer or immediate was created in, which it runs under. */
const kFrame = Symbol('kFrame');

let loopNow = 0;
let nextSequence = 0;
let nextAsyncId = 1;
/** Referenced timers still pending: while positive they keep the loop alive. */
let refedTimers = 0;
const heap = [];
/** Timers by the id `clearTimeout` also accepts. */
const timersById = new Map();

/** libuv's loop time in whole milliseconds, brought up to date (to `nanoseconds` of hrtime, if given). */
function updateLoopTime(nanoseconds = hrtime()) {
  loopNow = Math.floor(nanoseconds / 1e6);
  return loopNow;
}

/**
 * The loop time as last brought up to date (Node's `getLibuvNow`, libuv's cached
 * `uv_now`): at the start, after each wait for the host and before timers run.
 */
function loopTime() {
  return loopNow;
}

function before(a, b) {
  return a._expiry < b._expiry || (a._expiry === b._expiry && a._sequence < b._sequence);
}

function siftUp(i) {
  const timer = heap[i];
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(timer, heap[parent])) break;
    heap[i] = heap[parent];
    heap[i][kHeapIndex] = i;
    i = parent;
  }
  heap[i] = timer;
  timer[kHeapIndex] = i;
}

function siftDown(i) {
  const timer = heap[i];
  for (;;) {
    let child = 2 * i + 1;
    if (child >= heap.length) break;
    if (child + 1 < heap.length && before(heap[child + 1], heap[child])) child++;
    if (!before(heap[child], timer)) break;
    heap[i] = heap[child];
    heap[i][kHeapIndex] = i;
    i = child;
  }
  heap[i] = timer;
  timer[kHeapIndex] = i;
}

function heapRemove(timer) {
  const i = timer[kHeapIndex];
  if (i === -1) return;
  timer[kHeapIndex] = -1;
  const last = heap.pop();
  if (i === heap.length) return;
  heap[i] = last;
  last[kHeapIndex] = i;
  siftUp(i);
  siftDown(last[kHeapIndex]);
}

function schedule(timer, start) {
  timer._idleStart = start;
  timer._expiry = start + timer._idleTimeout;
  timer._sequence = nextSequence++;
  heap.push(timer);
  siftUp(heap.length - 1);
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(
          `${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
          'TimeoutOverflowWarning',
        );
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHeapIndex] = -1;
    this._asyncId = nextAsyncId++;
    this[kFrame] = current();
    initDomainOf(this);
    if (isRefed) refedTimers++;
    schedule(this, updateLoopTime());
  }

  refresh() {
    if (!this._destroyed && this._onTimeout !== null) {
      heapRemove(this);
      schedule(this, updateLoopTime());
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) refedTimers--;
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) refedTimers++;
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    if (!timersById.has(this._asyncId)) timersById.set(this._asyncId, this);
    return this._asyncId;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

function destroy(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kRefed]) refedTimers--;
  timersById.delete(timer._asyncId);
  heapRemove(timer);
}

/**
 * Starts, or starts over, an object enrolled as a timer (the legacy `timers.enroll`): its
 * `_onTimeout` runs after its `_idleTimeout`; `refed` says whether it keeps the loop alive.
 */
function activate(item, refed) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  if (item[kHeapIndex] !== undefined) heapRemove(item);
  if (item._destroyed !== false) {
    item._destroyed = false;
    item._asyncId ??= nextAsyncId++;
    item[kRefed] = false;
  }
  if (refed !== item[kRefed]) refedTimers += refed ? 1 : -1;
  item[kRefed] = refed;
  item[kHeapIndex] = -1;
  schedule(item, updateLoopTime());
}

/** Stops an enrolled object (or a Timeout) for good: it has to be enrolled again to run. */
function unenroll(item) {
  if (item._destroyed) return;
  if (item[kHeapIndex] === undefined) item[kHeapIndex] = -1;
  destroy(item);
  item._idleTimeout = -1;
}

/** A legacy timer duration: a non-negative finite number, cut to TIMEOUT_MAX with a warning. */
function getTimerDuration(msecs, name) {
  // Nearly every duration is already one: the checks below are for the rest.
  if (typeof msecs === 'number' && msecs >= 0 && msecs <= TIMEOUT_MAX) return msecs;
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(
      `${msecs} does not fit into a 32-bit signed integer.\nTimer duration was truncated to ${TIMEOUT_MAX}.`,
      'TimeoutOverflowWarning',
    );
    return TIMEOUT_MAX;
  }
  return msecs;
}

function enroll(item, msecs) {
  msecs = getTimerDuration(msecs, 'msecs');
  if (item._idleTimeout) unenroll(item);
  item._idleTimeout = msecs;
}

function setTimeout(callback, after, ...args) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, after, args.length ? args : undefined, false, true);
}

function setInterval(callback, repeat, ...args) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, repeat, args.length ? args : undefined, true, true);
}

// Node declares the first three extra arguments (`arg1, arg2, arg3`): its lengths are 5, 5 and 4.
shape(setTimeout, undefined, 5);
shape(setInterval, undefined, 5);

function clearTimeout(timer) {
  if (timer?._onTimeout) {
    timer._onTimeout = null;
    destroy(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const known = timersById.get(+timer);
    if (known !== undefined) clearTimeout(known);
  }
}

/**
 * Runs every timer due at `now`, draining ticks between them. After one throws, the
 * next runs without draining first: Node starts its timer processing over then.
 */
function processTimers(now) {
  let drainFirst = false;
  while (heap.length > 0 && heap[0]._expiry <= now) {
    const timer = heap[0];
    heapRemove(timer);
    if (drainFirst) afterCallback();
    drainFirst = true;
    if (timer._destroyed || timer._onTimeout === null) continue;
    const start = timer._repeat ? updateLoopTime() : 0;
    const prior = exchange(timer[kFrame]);
    try {
      const domain = enterCallbackDomain(timer[kFrame]);
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
      exitCallbackDomain(domain);
    } catch (err) {
      triggerUncaughtException(err, false);
      drainFirst = false;
    }
    setCurrent(prior);
    // An interval whose _idleTimeout was set to -1 (unenrolled, or by hand) stops, as in Node.
    if (timer._repeat && timer._idleTimeout !== -1 && timer._onTimeout !== null && !timer._destroyed && timer[kHeapIndex] === -1) {
      timer._idleTimeout = timer._repeat;
      schedule(timer, start);
    } else if (timer[kHeapIndex] === -1) {
      destroy(timer);
    }
  }
  // Ticks left by a timer that threw wait for the next callback, as in Node.
  if (drainFirst) afterCallback();
}

/** When the next timer is due, or `undefined` with none pending. */
function nextExpiry() {
  return heap.length > 0 ? heap[0]._expiry : undefined;
}

function hasRefedTimers() {
  return refedTimers > 0;
}

class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    this[kFrame] = current();
    initDomainOf(this);
    refedImmediates++;
    immediates.push(this);
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) refedImmediates++;
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) refedImmediates--;
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function clearInterval(timer) {
  clearTimeout(timer);
}

let immediates = [];
let refedImmediates = 0;

function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, args.length ? args : undefined);
}

shape(setImmediate, undefined, 4);

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediate._destroyed = true;
  if (immediate[kRefed]) refedImmediates--;
  immediate._onImmediate = null;
}

/**
 * Runs the immediates queued before this check phase began; ones queued while it runs
 * wait for the next loop iteration, as in Node. When one throws, the rest of the batch
 * also waits for the next iteration.
 */
function processImmediates() {
  const queue = immediates;
  immediates = [];
  for (let i = 0; i < queue.length; i++) {
    const immediate = queue[i];
    if (immediate._destroyed) continue;
    immediate._destroyed = true;
    if (immediate[kRefed]) refedImmediates--;
    const prior = exchange(immediate[kFrame]);
    try {
      const domain = enterCallbackDomain(immediate[kFrame]);
      const args = immediate._argv;
      if (args === undefined) immediate._onImmediate();
      else immediate._onImmediate(...args);
      exitCallbackDomain(domain);
    } catch (err) {
      // The ticks it left wait for the next callback that completes, as in Node.
      immediates = queue.slice(i + 1).concat(immediates);
      triggerUncaughtException(err, false);
      setCurrent(prior);
      return;
    }
    setCurrent(prior);
    afterCallback();
  }
}

function hasRefedImmediates() {
  return refedImmediates > 0;
}

/** How many referenced timers and immediates are pending (process.getActiveResourcesInfo()). */
function activeCounts() {
  return { timeouts: refedTimers, immediates: refedImmediates };
}

module.exports = {
  Timeout,
  loopTime,
  Immediate,
  TIMEOUT_MAX,
  setTimeout,
  setInterval,
  clearTimeout,
  clearInterval,
  setImmediate,
  clearImmediate,
  processTimers,
  processImmediates,
  nextExpiry,
  hasRefedTimers,
  hasRefedImmediates,
  activeCounts,
  updateLoopTime,
  activate,
  enroll,
  unenroll,
  getTimerDuration,
};
