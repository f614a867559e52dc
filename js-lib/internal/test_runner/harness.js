'use strict';
// The root of a run's tests: makes `test()`/`describe()`/`it()` and the hooks,
// attaches each new test to the test or suite whose code made it (through an
// AsyncLocalStorage, as node follows its async context), reports the top-level
// tests in order and, when the program is done, the plan and the summary; a
// failure leaves exit status 1.

const path = require('path');
const { AsyncLocalStorage } = require('async_hooks');
const { Test, Suite, kCancelledByParent, testFailure, runHook } = require('internal/test_runner/test');
const { callerLocation } = require('internal/test_runner/utils');
const { createReporter } = require('internal/test_runner/reporters');

class Harness {
  constructor() {
    this.currentTest = new AsyncLocalStorage();
    this.counters = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
    this.success = true;
    this.reporter = null;
    this.started = process.hrtime.bigint();
    this.ended = false;
    this.testOnly = process.execArgv.includes('--test-only');
    this.namePatterns = namePatterns(process.execArgv);
    this.root = new Test({ name: '<root>', parent: null, harness: this, options: {} });
    this.root.started = true;
    this.onIdle = null;
    /** Errors thrown or rejected where no running test could take them, reported before the summary. */
    this.lateErrors = [];
    this.rootAfterHooksRun = 0;
    process.on('beforeExit', () => this.finish());
    process.on('uncaughtException', (error) => this.asyncFailure(error, 'uncaughtException'));
    process.on('unhandledRejection', (reason) => this.asyncFailure(reason, 'unhandledRejection'));
  }

  /**
   * An error nothing caught fails the test whose code (followed through async context)
   * raised it; after that test ended, or outside every test, it is reported at the end
   * and fails the run, in node's words.
   */
  asyncFailure(error, type) {
    const test = this.currentTest.getStore();
    if (test?.started && !test.finished) {
      test.interrupt(testFailure(error, type));
      return;
    }
    this.success = false;
    if (test === undefined) {
      this.lateErrors.push(
        `Error: A resource generated asynchronous activity after the test ended. This activity created the error "${error}" which triggered an ${type} event, caught by the test runner.`,
      );
      return;
    }
    const where = test.loc === undefined ? '' : ` at ${path.relative(process.cwd(), test.loc.file)}:${test.loc.line}:${test.loc.column}`;
    this.lateErrors.push(
      `Error: Test "${test.name}"${where} generated asynchronous activity after the test ended. This activity created the error "${error}" and would have caused the test to fail, but instead triggered an ${type} event.`,
    );
  }

  runInTest(test, fn) {
    return this.currentTest.run(test, fn);
  }

  parentOfNewTest() {
    return this.currentTest.getStore() ?? this.root;
  }

  emit(type, data) {
    this.reporter ??= createReporter();
    this.reporter.write(type, data);
  }

  count(test) {
    const counters = this.counters;
    if (test.reportedType === 'suite') {
      counters.suites++;
      if (!test.passed) this.success = false;
      return;
    }
    counters.tests++;
    if (test.skipped !== undefined) counters.skipped++;
    else if (test.isTodo()) counters.todo++;
    else if (test.cancelled) {
      counters.cancelled++;
      this.success = false;
    } else if (!test.passed) {
      counters.fail++;
      this.success = false;
    } else counters.pass++;
  }

  /** Reports `test` and everything under it, in node's order. */
  reportTree(test) {
    const { nesting, name } = test;
    this.emit('test:start', { nesting, name });
    for (const subtest of test.subtests) this.reportTree(subtest);
    if (test.subtests.length > 0) this.emit('test:plan', { nesting: nesting + 1, count: test.subtests.length });
    this.count(test);
    const details = { duration_ms: test.durationMs() };
    if (test.reportedType === 'suite') details.type = 'suite';
    if (!test.passed) details.error = test.error;
    const data = { name, nesting, testNumber: test.testNumber, details, skip: test.skipped, todo: test.todo };
    if (!test.passed && test.loc !== undefined) {
      data.file = test.loc.file;
      data.line = test.loc.line;
      data.column = test.loc.column;
    }
    this.emit(test.passed ? 'test:pass' : 'test:fail', data);
    for (const message of test.diagnostics) this.emit('test:diagnostic', { nesting, message });
  }

  /** Called when every test made so far has reported: wakes `idle()`. */
  checkDone() {
    if (!this.allReported()) return;
    if (this.onIdle !== null) {
      const wake = this.onIdle;
      this.onIdle = null;
      wake();
    }
    // As node: the top-level `after` hooks run once the tests are done, even while a
    // handle (a server they started) keeps the program alive.
    setImmediate(() => {
      if (this.allReported()) this.runRootAfterHooks();
    });
  }

  /** Runs the top-level `after` hooks not run yet; a failure fails the run and is reported before the summary. */
  async runRootAfterHooks() {
    const hooks = this.root.hooks.after;
    while (this.rootAfterHooksRun < hooks.length) {
      try {
        await runHook(hooks[this.rootAfterHooksRun++], this.root.context);
      } catch (err) {
        this.success = false;
        this.lateErrors.push(`${err?.cause ?? err}`);
      }
    }
  }

  allReported() {
    return this.root.reportedUpTo === this.root.subtests.length;
  }

  /** Resolves once every test made so far has run and reported. */
  idle() {
    if (this.allReported()) return Promise.resolve();
    return new Promise((resolve) => {
      this.onIdle = resolve;
    });
  }

  /**
   * At the end of the program: tests still waiting on a promise nothing can settle are
   * cancelled, as node cancels them; then the plan, the summary and the exit status.
   */
  finish() {
    if (this.ended || (this.root.subtests.length === 0 && this.lateErrors.length === 0)) return;
    if (!this.allReported()) {
      this.cancelStuck(this.root);
      return;
    }
    this.ended = true;
    this.root.mock?.reset();
    this.runRootAfterHooks().then(() => this.summarize());
  }

  cancelStuck(test) {
    for (const subtest of test.subtests) {
      if (subtest.started && !subtest.finished) this.cancelStuck(subtest);
    }
    if (test !== this.root && test.started && !test.finished && test.subtests.every((subtest) => subtest.finished)) {
      test.interrupt(testFailure('Promise resolution is still pending but the event loop has already resolved', kCancelledByParent));
    }
  }

  summarize() {
    this.emit('test:plan', { nesting: 0, count: this.root.subtests.length });
    for (const message of this.lateErrors) this.emit('test:diagnostic', { nesting: 0, message });
    const duration = Number(process.hrtime.bigint() - this.started) / 1e6;
    for (const [name, value] of Object.entries(this.counters)) this.emit('test:diagnostic', { nesting: 0, message: `${name} ${value}` });
    this.emit('test:diagnostic', { nesting: 0, message: `duration_ms ${duration}` });
    this.reporter.end();
    if (!this.success) process.exitCode = 1;
  }
}

/** The `--test-name-pattern` options as regular expressions: `/source/flags`, or the text as a pattern. */
function namePatterns(execArgv) {
  const prefix = '--test-name-pattern=';
  return execArgv
    .filter((option) => option.startsWith(prefix))
    .map((option) => {
      const text = option.slice(prefix.length);
      const literal = /^\/(.*)\/([a-z]*)$/s.exec(text);
      return literal === null ? new RegExp(text) : new RegExp(literal[1], literal[2]);
    });
}

let harness = null;

function getHarness() {
  harness ??= new Harness();
  return harness;
}

/** `test()`, `it()`, `describe()` and friends: a new child of whatever test's code is running. */
function makeTestFunction(Factory, overrides, name) {
  const fn = {
    [name](testName, options, body) {
      const h = getHarness();
      const parent = h.parentOfNewTest();
      const subtest = parent.createSubtest(Factory, testName, options, body, callerLocation(fn), overrides);
      if (parent instanceof Suite) return Promise.resolve();
      // Top-level tests start one at a time once the program's code has run.
      if (parent === h.root) return Promise.resolve().then(() => parent.startSubtest(subtest));
      return parent.startSubtest(subtest);
    },
  }[name];
  return fn;
}

function makeHook(kind) {
  return {
    [kind](fn, options) {
      getHarness().parentOfNewTest().addHook(kind, fn, options);
    },
  }[kind];
}

module.exports = { getHarness, makeTestFunction, makeHook };
