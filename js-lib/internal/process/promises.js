'use strict';
// Unhandled promise rejections, Node 20's default mode (`--unhandled-rejections=throw`):
// a rejection still unhandled once the microtasks have drained is emitted as
// 'unhandledRejection'; with no listener it becomes an uncaught exception.

const { setPromiseRejectCallback } = internalBinding('task_queue');
const { triggerUncaughtException } = require('internal/process/execution');
const { ERR_UNHANDLED_REJECTION } = require('internal/errors').codes;

/** Rejected promises without a handler, with their reason and whether they were reported. */
const maybeUnhandled = new WeakMap();
/** Promises rejected without a handler, in order, not yet looked at. */
const pendingUnhandled = [];
/** Promises that got a handler after they were reported. */
const handledLate = [];

setPromiseRejectCallback((isHandled, promise, reason) => {
  if (!isHandled) {
    maybeUnhandled.set(promise, { reason, warned: false });
    pendingUnhandled.push(promise);
    return;
  }
  const info = maybeUnhandled.get(promise);
  if (info === undefined) return;
  maybeUnhandled.delete(promise);
  if (info.warned) handledLate.push(promise);
});

function hasRejectionToWarn() {
  return pendingUnhandled.length > 0 || handledLate.length > 0;
}

/** The error Node throws for a rejection whose reason is not an error. */
class UnhandledPromiseRejection extends Error {
  code = 'ERR_UNHANDLED_REJECTION';

  constructor(reason) {
    super(new ERR_UNHANDLED_REJECTION(reason).message);
    this.name = 'UnhandledPromiseRejection';
  }
}

function isErrorLike(value) {
  return value instanceof Error || (typeof value === 'object' && value !== null && Object.hasOwn(value, 'stack'));
}

/** Returns whether it may have queued ticks or microtasks. */
function processPromiseRejections() {
  let ranCallbacks = handledLate.length > 0;
  while (handledLate.length > 0) {
    process.emit('rejectionHandled', handledLate.shift());
  }
  while (pendingUnhandled.length > 0) {
    const promise = pendingUnhandled.shift();
    const info = maybeUnhandled.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    ranCallbacks = true;
    if (!process.emit('unhandledRejection', info.reason, promise)) {
      const err = isErrorLike(info.reason) ? info.reason : new UnhandledPromiseRejection(info.reason);
      triggerUncaughtException(err, true);
    }
  }
  return ranCallbacks;
}

module.exports = { hasRejectionToWarn, processPromiseRejections };
