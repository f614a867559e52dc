'use strict';
// Uncaught exceptions: handed to 'uncaughtException' listeners, or printed the way
// Node prints them (source line, caret, stack, extra properties) before exit 1.

const { readFileUtf8 } = require('internal/fs/utils');
const { originalSourceText } = require('internal/source_map/source_map_cache');

let inspect;

/** Where an error points: a SyntaxError's own location, else its first user frame. */
const kSourceLocation = Symbol('kSourceLocation');

/** `file:line`, the source line and a caret under the column. */
function sourceContext(err) {
  const frame = err[kSourceLocation] ?? /^ {4}at (?:.*? \()?((?:\/|\[eval\])[^():]*):(\d+):(\d+)\)?$/m.exec(err.stack)?.slice(1);
  if (frame === undefined) return '';
  const [file, line, column] = frame;
  const source = file === '[eval]' ? process._evalSource : (originalSourceText(file) ?? readFileUtf8(file));
  // A number is a read failure: show the location without the line.
  if (typeof source !== 'string') return `${file}:${line}\n`;
  const text = source.split(/\r?\n/)[line - 1];
  if (text === undefined) return `${file}:${line}\n`;
  return `${file}:${line}\n${text}\n${' '.repeat(Math.max(0, column - 1))}^\n`;
}

function printUncaughtException(err) {
  inspect ??= require('internal/util/inspect').inspect;
  let report;
  if (err !== null && (typeof err === 'object' || typeof err === 'function')) {
    const context = typeof err.stack === 'string' ? sourceContext(err) : '';
    // As node: an error's own [inspect.custom] is not what a crash shows.
    report = `${context}\n${inspect(err, { colors: false, customInspect: false })}`;
  } else {
    // Node prints a thrown primitive as is, with a hint instead of a stack.
    report = `${String(err)}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)`;
  }
  process._rawDebug(`${report}\n\nNode.js ${process.version}`);
}

let setImmediate;
function noop() {}

/**
 * Reports an exception nothing caught. With an 'uncaughtException' listener the program
 * goes on; without one the error is printed and the process exits with status 1.
 */
/** The function `process.setUncaughtExceptionCaptureCallback` set: it takes every uncaught exception. */
let captureCallback = null;

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  if (typeof fn !== 'function') throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('fn', ['Function', 'null'], fn);
  if (captureCallback !== null) {
    throw new (require('internal/errors').codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET)();
  }
  captureCallback = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
}

/** `--abort-on-uncaught-exception`: an exception no capture callback takes ends the program at once. */
let abortOnUncaughtException = false;

function setAbortOnUncaughtException() {
  abortOnUncaughtException = true;
}

/**
 * What node does when it aborts: the error, then the end of the program with no
 * 'uncaughtException' or 'exit'; a guest cannot raise SIGABRT, so the status is the one
 * a shell reports for it.
 */
function abortOn(err) {
  printUncaughtException(err);
  process.reallyExit(134);
}

/**
 * Node's `process._fatalException`: shows an uncaught exception to the
 * 'uncaughtExceptionMonitor' listeners, then hands it to the capture callback (node:domain's,
 * when a domain has an 'error' listener) or the 'uncaughtException' listeners; whether one
 * took it. One that throws ends the program with that error at once, with status 7 and no
 * 'exit' event, as in Node.
 */
function fatalException(err, fromPromise) {
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  try {
    process.emit('uncaughtExceptionMonitor', err, origin);
    if (captureCallback !== null) captureCallback(err);
    else if (!process.emit('uncaughtException', err, origin)) return false;
  } catch (handlerError) {
    // The outermost domain's handler runs without the capture callback (node:domain).
    if (abortOnUncaughtException && captureCallback === null) abortOn(handlerError);
    printUncaughtException(handlerError);
    process.reallyExit(7);
  }
  // Ticks left behind by the exception run after the next callback: make sure there is one.
  setImmediate ??= require('internal/timers').setImmediate;
  setImmediate(noop);
  return true;
}

/** Node's status when `process._fatalException` is no longer a function. */
const kInvalidFatalExceptionMonkeyPatching = 6;

/**
 * An exception nothing caught, through `process._fatalException` as Node's goes (a program
 * may have replaced it): unless it was taken, it is printed and the program ends with 1.
 */
function triggerUncaughtException(err, fromPromise) {
  if (abortOnUncaughtException && captureCallback === null) abortOn(err);
  const handler = process._fatalException;
  if (typeof handler !== 'function') {
    printUncaughtException(err);
    process.reallyExit(kInvalidFatalExceptionMonkeyPatching);
  }
  if (handler(err, fromPromise)) return;
  if (uncaughtExceptionReporter === null) printUncaughtException(err);
  else uncaughtExceptionReporter(err);
  process.exit(1);
}

/** Who hears of an exception that ends the program, instead of stderr: a worker's parent. */
let uncaughtExceptionReporter = null;

function setUncaughtExceptionReporter(reporter) {
  uncaughtExceptionReporter = reporter;
}

/**
 * QuickJS reports where a SyntaxError is as the first frame of its stack; Node shows it
 * only above the error, where the uncaught-error report puts `kSourceLocation`.
 */
function takeParseLocation(err) {
  if (!(err instanceof SyntaxError)) return;
  const stack = err.stack;
  const frame = /\n {4}at ((?:\/|\[eval\])[^():]*):(\d+):(\d+)/.exec(stack);
  if (frame === null) return;
  Object.defineProperty(err, kSourceLocation, { value: frame.slice(1), configurable: true });
  err.stack = stack.slice(0, frame.index) + stack.slice(frame.index + frame[0].length);
}

module.exports = {
  fatalException,
  triggerUncaughtException,
  setUncaughtExceptionReporter,
  takeParseLocation,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback,
  setAbortOnUncaughtException,
};
