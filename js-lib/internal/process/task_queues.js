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

function processTicksAndRejections() {
  do {
    while (head < ticks.length) {
      const { callback, args } = ticks[head];
      ticks[head++] = undefined;
      try {
        if (args.length === 0) callback();
        else callback(...args);
      } catch (err) {
        triggerUncaughtException(err, false);
      }
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

module.exports = { nextTick, queueMicrotask, runNextTicks, processTicksAndRejections, hasTickScheduled };
