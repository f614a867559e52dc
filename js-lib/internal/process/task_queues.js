'use strict';
// process.nextTick and the microtask queue, drained in Node's order: every queued
// tick, then every microtask, again until both are empty, then unhandled rejections.
// A tick runs under the async context frame it was queued in (microtasks keep theirs
// in the engine).

const { runMicrotasks } = internalBinding('task_queue');
const { validateFunction } = require('internal/validators');
const { triggerUncaughtException } = require('internal/process/execution');
const promises = require('internal/process/promises');
const { current, setCurrent, exchange, runInFrame, enterCallbackDomain, exitCallbackDomain } = require('internal/async_context_frame');

/** Pending ticks from `head` on; the array is reset whenever it drains. */
const ticks = [];
let head = 0;

function hasTickScheduled() {
  return head < ticks.length;
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  ticks.push({ callback, args, frame: current() });
}

/** Runs every microtask; one that throws is reported and the rest still run. */
function drainMicrotasks() {
  for (;;) {
    try {
      runMicrotasks();
      return;
    } catch (err) {
      triggerUncaughtException(err, false);
    }
  }
}

/**
 * Drains ticks, then microtasks, until both are empty. A tick that throws ends the
 * run with its exception, its frame still current (the 'uncaughtException' listeners
 * see its stores, as in Node; the caller restores its own); the ticks after it wait
 * for the next callback, as in Node.
 */
function processTicksAndRejections() {
  const outerFrame = current();
  do {
    while (head < ticks.length) {
      const { callback, args, frame } = ticks[head];
      ticks[head++] = undefined;
      setCurrent(frame);
      const domain = enterCallbackDomain(frame);
      if (args.length === 0) callback();
      else callback(...args);
      exitCallbackDomain(domain);
    }
    setCurrent(outerFrame);
    ticks.length = 0;
    head = 0;
    drainMicrotasks();
  } while (hasTickScheduled() || promises.processPromiseRejections());
}

/** What Node runs after every callback from the event loop. */
function runNextTicks() {
  if (!hasTickScheduled() && !promises.hasRejectionToWarn()) drainMicrotasks();
  if (!hasTickScheduled() && !promises.hasRejectionToWarn()) return;
  processTicksAndRejections();
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      // Node reports it once the microtask's scope has closed, outside its stores.
      runInFrame(undefined, triggerUncaughtException, undefined, [err, false]);
    }
  });
}

/** What follows every callback from the event loop: ticks and microtasks drain; an exception is reported. */
function afterCallback() {
  const frame = current();
  try {
    runNextTicks();
  } catch (err) {
    triggerUncaughtException(err, false);
    setCurrent(frame);
  }
}

/**
 * Runs `callback(arg)` from the event loop as Node's callback scope does, under the
 * async context frame `frame`. Returns false if it threw.
 */
function invokeCallback(frame, callback, arg) {
  const prior = exchange(frame);
  let threw = true;
  try {
    const domain = enterCallbackDomain(frame);
    callback(arg);
    exitCallbackDomain(domain);
    threw = false;
  } catch (err) {
    triggerUncaughtException(err, false);
  }
  afterCallback();
  setCurrent(prior);
  return !threw;
}

module.exports = { nextTick, queueMicrotask, processTicksAndRejections, hasTickScheduled, afterCallback, invokeCallback };
