'use strict';
// Small helpers the test runner's files share.

const kEmptyObject = Object.freeze({ __proto__: null });

/**
 * Where the call to `fn` was made, `{ file, line, column }`: node reports a failed
 * test at the `test()`/`it()` call that declared it.
 */
function callerLocation(fn) {
  const { prepareStackTrace, stackTraceLimit } = Error;
  const holder = {};
  try {
    Error.prepareStackTrace = (_, sites) => sites;
    Error.stackTraceLimit = 1;
    Error.captureStackTrace(holder, fn);
    const site = holder.stack?.[0];
    if (site === undefined || typeof site.getFileName !== 'function') return undefined;
    const file = site.getFileName();
    if (file === undefined || file === null) return undefined;
    return { file, line: site.getLineNumber(), column: site.getColumnNumber() };
  } finally {
    Error.prepareStackTrace = prepareStackTrace;
    Error.stackTraceLimit = stackTraceLimit;
  }
}

module.exports = { kEmptyObject, callerLocation };
