'use strict';
// node:test (reachable only as `node:test`: `test` is a userland package name). The
// tests, suites and hooks of a file, run as the program runs and reported when it
// ends; see internal/test_runner/.

const { getHarness, makeTestFunction, makeHook } = require('internal/test_runner/harness');
const { Test, Suite } = require('internal/test_runner/test');
const { MockTracker } = require('internal/test_runner/mock');

/** `fn` with the `.skip`, `.todo` and `.only` variants node gives test, it, describe and suite. */
function withVariants(Factory, name) {
  const fn = makeTestFunction(Factory, undefined, name);
  fn.skip = makeTestFunction(Factory, { skip: true }, 'skip');
  fn.todo = makeTestFunction(Factory, { todo: true }, 'todo');
  fn.only = makeTestFunction(Factory, { only: true }, 'only');
  return fn;
}

const test = withVariants(Test, 'test');
const suite = withVariants(Suite, 'suite');

let mock;

Object.assign(test, {
  after: makeHook('after'),
  afterEach: makeHook('afterEach'),
  before: makeHook('before'),
  beforeEach: makeHook('beforeEach'),
  describe: withVariants(Suite, 'describe'),
  it: withVariants(Test, 'it'),
  suite,
  test,
});

Object.defineProperty(test, 'mock', {
  get() {
    // The one tracker of the run: what it mocked is restored when the run ends.
    if (mock === undefined) {
      mock = new MockTracker();
      getHarness().root.mock = mock;
    }
    return mock;
  },
  enumerable: true,
  configurable: true,
});

module.exports = test;
