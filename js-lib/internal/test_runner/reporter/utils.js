'use strict';
// How the spec and dot reporters word one test's result: node's symbols, the
// duration, the skip/todo reason, and the failure inspected under it.

const { inspect } = require('internal/util/inspect');

const symbols = { pass: '\u2714 ', fail: '\u2716 ', skip: '\ufe63 ', diagnostic: '\u2139 ', start: '\u25b6 ' };
const inspectOptions = { colors: false, breakLength: Infinity };

function indent(nesting) {
  return '  '.repeat(nesting);
}

/** The failure as node's spec reporter shows it: the user's error (not the runner's wrapper), inspected. */
function formatError(error, pad) {
  const shown = error.code === 'ERR_TEST_FAILURE' ? error.cause : error;
  return `\n${pad}  ${inspect(shown, inspectOptions).split(/\r?\n/).join(`\n${pad}  `)}\n`;
}

/** One result line, `✔ name (1.2ms) # reason`, with the failure under it when `showError`. */
function formatTestReport(type, data, pad, showError = true) {
  let symbol = type === 'test:pass' ? symbols.pass : symbols.fail;
  let suffix = '';
  if (data.skip !== undefined) {
    symbol = symbols.skip;
    suffix = ` # ${typeof data.skip === 'string' && data.skip.length > 0 ? data.skip : 'SKIP'}`;
  } else if (data.todo !== undefined) {
    suffix = ` # ${typeof data.todo === 'string' && data.todo.length > 0 ? data.todo : 'TODO'}`;
  }
  const duration = data.details?.duration_ms ? ` (${data.details.duration_ms}ms)` : '';
  const error = showError && data.details?.error ? formatError(data.details.error, pad) : '\n';
  return `${pad}${symbol}${data.name}${duration}${suffix}${error}`;
}

module.exports = { symbols, indent, formatTestReport };
