'use strict';
// process.nextTick and the microtask queue, drained in Node's order: every queued
// tick, then every microtask, again until both are empty, then unhandled rejections.

const { runMicrotasks } = internalBinding('task_queue');
const { validateFunction } = require('internal/validators');
const { triggerUncaughtException } = require('internal/process/execution');
const promises = require('internal/process/promises');

/** Pending ticks from `head` on; the array is reset whenever it drains. */
const ticks = [];
let head = 0;

function hasTickScheduled() {
  return head < ticks.length;
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  ticks.push({ callback, args });
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
 * run with its exception; the ticks after it wait for the next callback, as in Node.
 */
function processTicksAndRejections() {
  do {
    while (head < ticks.length) {
      const { callback, args } = ticks[head];
      ticks[head++] = undefined;
      if (args.length === 0) callback();
      else callback(...args);
    }
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
      triggerUncaughtException(err, false);
    }
  });
}

/** What follows every callback from the event loop: ticks and microtasks drain; an exception is reported. */
function afterCallback() {
  try {
    runNextTicks();
  } catch (err) {
    triggerUncaughtException(err, false);
  }
}

/** Runs a callback from the event loop as Node's callback scope does. Returns false if it threw. */
function invokeCallback(callback, ...args) {
  let threw = true;
  try {
    callback(...args);
    threw = false;
  } catch (err) {
    triggerUncaughtException(err, false);
  }
  afterCallback();
  return !threw;
}

module.exports = { nextTick, queueMicrotask, processTicksAndRejections, hasTickScheduled, afterCallback, invokeCallback };
