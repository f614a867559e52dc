'use strict';
// Picks the reporter a run writes with: `--test-reporter=spec|tap|dot`, else node's
// default, spec on a terminal and TAP otherwise. A reporter takes the runner's events
// (`test:start`, `test:pass`, `test:fail`, `test:plan`, `test:diagnostic`) in order
// and writes to stdout as they come.

const { codes } = require('internal/errors');

const reporters = {
  spec: () => require('internal/test_runner/reporter/spec'),
  tap: () => require('internal/test_runner/reporter/tap'),
  dot: () => require('internal/test_runner/reporter/dot'),
};

function reporterName() {
  const { execArgv } = process;
  let name;
  for (let i = 0; i < execArgv.length; i++) {
    if (execArgv[i] === '--test-reporter' && i + 1 < execArgv.length) name = execArgv[++i];
    else if (execArgv[i].startsWith('--test-reporter=')) name = execArgv[i].slice('--test-reporter='.length);
  }
  return name ?? (process.stdout.isTTY ? 'spec' : 'tap');
}

function createReporter() {
  const name = reporterName();
  if (!Object.hasOwn(reporters, name)) {
    throw new codes.ERR_INVALID_ARG_VALUE('--test-reporter', name, 'is not a reporter Nodule has (spec, tap, dot)');
  }
  const Reporter = reporters[name]();
  return new Reporter((text) => process.stdout.write(text));
}

module.exports = { createReporter };
