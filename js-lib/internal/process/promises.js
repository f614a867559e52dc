'use strict';
// Unhandled promise rejections: a rejection still unhandled once the microtasks have
// drained is emitted as 'unhandledRejection', then handled as `--unhandled-rejections`
// says: `throw` (Node 20's default: with no listener it becomes an uncaught exception),
// `strict` (an uncaught exception first), `warn` (always a warning), `warn-with-error-code`
// (a warning and exit code 1 when no listener took it) or `none`.

const { setPromiseRejectCallback } = internalBinding('task_queue');
const { triggerUncaughtException } = require('internal/process/execution');
const { ERR_UNHANDLED_REJECTION } = require('internal/errors').codes;
const { current, runInFrame } = require('internal/async_context_frame');

/**
 * Rejected promises without a handler, with their reason, whether they were reported,
 * and the async context frame they were rejected in ('unhandledRejection' runs under it, as in Node).
 */
const maybeUnhandled = new WeakMap();
/** Promises rejected without a handler, in order, not yet looked at. */
const pendingUnhandled = [];
/** Promises that got a handler after they were reported. */
const handledLate = [];
let mode = 'throw';
/** Numbers rejections for the warnings that name them, as node's rejection ids. */
let lastRejectionId = 0;

function setUnhandledRejectionMode(value) {
  mode = value;
}

setPromiseRejectCallback((isHandled, promise, reason) => {
  if (!isHandled) {
    maybeUnhandled.set(promise, { reason, warned: false, frame: current() });
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
    runInFrame(info.frame, handleUnhandled, undefined, [info.reason, promise, ++lastRejectionId]);
  }
  return ranCallbacks;
}

function asError(reason) {
  return isErrorLike(reason) ? reason : new UnhandledPromiseRejection(reason);
}

/**
 * 'unhandledRejection', or, for a promise rejected inside a domain, that domain's 'error'
 * (this runs under the rejection's frame, so process.domain is the domain it was rejected
 * in), emitted with no domain entered, as in Node.
 */
function emitUnhandledRejection(reason, promise) {
  const domain = process.domain;
  if (domain === null || domain === undefined) return process.emit('unhandledRejection', reason, promise);
  process.domain = undefined;
  return domain.emit('error', reason);
}

function handleUnhandled(reason, promise, id) {
  switch (mode) {
    case 'strict':
      triggerUncaughtException(asError(reason), true);
      if (!emitUnhandledRejection(reason, promise)) warnUnhandled(reason, id);
      break;
    case 'warn':
      emitUnhandledRejection(reason, promise);
      warnUnhandled(reason, id);
      break;
    case 'warn-with-error-code':
      if (!emitUnhandledRejection(reason, promise)) {
        warnUnhandled(reason, id);
        process.exitCode = 1;
      }
      break;
    case 'none':
      emitUnhandledRejection(reason, promise);
      break;
    default:
      if (!emitUnhandledRejection(reason, promise)) triggerUncaughtException(asError(reason), true);
  }
}

/** Node's two warnings for a rejection nobody handled: the reason, then what to do about it. */
function warnUnhandled(reason, id) {
  const name = 'UnhandledPromiseRejectionWarning';
  try {
    process.emitWarning(isErrorLike(reason) ? reason.stack : String(reason), name);
  } catch {
    // A reason whose stack or string throws still gets the second warning.
  }
  const warning = new Error(
    'Unhandled promise rejection. This error originated either by throwing inside of an async function without a ' +
      'catch block, or by rejecting a promise which was not handled with .catch(). To terminate the node process on ' +
      'unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
      `https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: ${id})`,
  );
  warning.name = name;
  warning.stack = undefined;
  process.emitWarning(warning);
}

module.exports = { hasRejectionToWarn, processPromiseRejections, setUnhandledRejectionMode };
