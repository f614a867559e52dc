'use strict';
// Uncaught exceptions: handed to 'uncaughtException' listeners, or printed the way
// Node prints them (source line, caret, stack, extra properties) before exit 1.

const { readFileUtf8 } = internalBinding('fs');

let inspect;

/** `file:line`, the source line and a caret under the column, for a stack's first user frame. */
function sourceContext(stack) {
  const frame = /^ {4}at (?:.*? \()?((?:\/|\[eval\])[^():]*):(\d+):(\d+)\)?$/m.exec(stack);
  if (frame === null) return '';
  const [, file, line, column] = frame;
  const source = file === '[eval]' ? process._evalSource : readFileUtf8(file);
  // A number is a read failure: show the location without the line.
  if (typeof source !== 'string') return `${file}:${line}\n`;
  const text = source.split(/\r?\n/)[line - 1];
  if (text === undefined) return `${file}:${line}\n`;
  return `${file}:${line}\n${text}\n${' '.repeat(Math.max(0, column - 1))}^\n`;
}

function printUncaughtException(err) {
  inspect ??= require('internal/util/inspect').inspect;
  let report;
  let context = '';
  if (err !== null && (typeof err === 'object' || typeof err === 'function') && typeof err.stack === 'string') {
    context = sourceContext(err.stack);
    report = inspect(err, { colors: false });
  } else {
    report = `${inspect(err, { colors: false })}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)`;
    if (process._evalSource !== undefined) context = `[eval]:1\n${process._evalSource.split('\n')[0]}\n^\n`;
  }
  process._rawDebug(`${context}${context && typeof err?.stack === 'string' ? '\n' : ''}${report}\n\nNode.js ${process.version}`);
}

/**
 * Reports an exception nothing caught. With an 'uncaughtException' listener the program
 * goes on; without one the error is printed and the process exits with status 1.
 */
function triggerUncaughtException(err, fromPromise) {
  if (process.listenerCount('uncaughtException') > 0) {
    try {
      process.emit('uncaughtException', err, fromPromise ? 'unhandledRejection' : 'uncaughtException');
      return;
    } catch (handlerError) {
      printUncaughtException(handlerError);
      process.exit(7);
    }
  }
  printUncaughtException(err);
  process.exit(1);
}

module.exports = { triggerUncaughtException };
