'use strict';
// The event loop, in libuv's phase order: timers, then poll (waiting on the host's
// completion queue until the next timer is due), then immediates; again until nothing
// referenced is pending; then 'beforeExit', which may schedule more work.

const { wait } = internalBinding('event_loop');
const { hrtime } = internalBinding('process');
const timers = require('internal/timers');
const { invokeCallback } = require('internal/process/task_queues');
const { current } = require('internal/async_context_frame');

/** Callbacks of host operations in flight, with the async context frame each was started in, by operation id. */
const pendingOperations = new Map();
/** Operations in flight that do not keep the loop alive (an unref'd server's accept, ...). */
const unrefedOperations = new Set();
/** The requests in flight (one-off operations: a file read, a lookup), by operation id: Node's type name. */
const requestTypes = new Map();

/**

 * Calls `callback(result)` when host operation `op` completes, under async context
 * frame `frame` (by default the one current now); `requestType` names a one-off request
 * as Node's process.getActiveResourcesInfo() does (`FSReqCallback`, ...).
 */
function onCompletion(op, callback, requestType = undefined, frame = current()) {
  pendingOperations.set(op, { callback, frame });
  if (requestType !== undefined) requestTypes.set(op, requestType);
}

/** The type names of the requests in flight, oldest first. */
function activeRequestTypes() {
  return [...requestTypes.values()];
}

/** Whether operation `op`, while in flight, keeps the program running (as `ref()`/`unref()`). */
function setOperationRef(op, refed) {
  if (!pendingOperations.has(op)) return;
  if (refed) unrefedOperations.delete(op);
  else unrefedOperations.add(op);
}

function isAlive() {
  return timers.hasRefedTimers() || timers.hasRefedImmediates() || pendingOperations.size > unrefedOperations.size;
}

function pollTimeout() {
  if (timers.hasRefedImmediates()) return 0;
  const expiry = timers.nextExpiry();
  if (expiry === undefined) return undefined;
  return Math.max(0, expiry - hrtime() / 1e6);
}

/** When the loop started, and the time it has spent waiting for the host (ms): eventLoopUtilization. */
const loopTiming = { start: -1, idle: 0 };

function poll() {
  const waitStart = hrtime();
  const completions = wait(pollTimeout());
  const waitEnd = hrtime();
  loopTiming.idle += (waitEnd - waitStart) / 1e6;
  // As libuv does after its poll: the callbacks below see the time they run at.
  timers.updateLoopTime(waitEnd);
  for (let i = 0; i < completions.length; i += 2) {
    const { callback, frame } = pendingOperations.get(completions[i]);
    pendingOperations.delete(completions[i]);
    unrefedOperations.delete(completions[i]);
    // A request is active until its callback returns, as in Node.
    invokeCallback(frame, callback, completions[i + 1]);
    requestTypes.delete(completions[i]);
  }
}

function runTimers() {
  timers.processTimers(timers.updateLoopTime());
}

/** One turn of the loop after its timers: poll, immediates, timers again. */
function turn() {
  poll();
  timers.processImmediates();
  runTimers();
}

function run() {
  loopTiming.start = hrtime() / 1e6;
  runTimers();
  for (;;) {
    while (isAlive()) turn();
    invokeCallback(undefined, () => process.emit('beforeExit', process.exitCode || 0));
    if (!isAlive()) return;
    runTimers();
  }
}

/**
 * Runs the loop until `done()` or until nothing referenced is pending, without
 * 'beforeExit': `nodule serve` prepares a tenant's app this way (internal/main).
 */
function runUntil(done) {
  while (!done() && isAlive()) turn();
}

module.exports = { run, runUntil, onCompletion, setOperationRef, activeRequestTypes, loopTiming };
