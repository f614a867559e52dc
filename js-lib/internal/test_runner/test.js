'use strict';
// The tree of tests node:test builds and runs: Test (a `test()`/`it()`, with its own
// function run when its turn comes), Suite (a `describe()`, whose function runs at once
// and only declares its children), the contexts their functions receive, and hooks.
// A test's subtests run in the order they were made, `concurrency` at a time; a test
// reports once it is done and every earlier sibling has reported, so the output is in
// the tree's order whatever finished first.

const { codes } = require('internal/errors');
const { validateNumber, validateObject, validateOneOf, validateAbortSignal, validateUint32 } = require('internal/validators');
const { kEmptyObject, callerLocation } = require('internal/test_runner/utils');

const { ERR_TEST_FAILURE, ERR_INVALID_ARG_TYPE } = codes;

/** The longest timeout a timer takes, as node's `timeout` option allows. */
const kMaxTimeout = 2 ** 31 - 1;
const kCancelledByParent = 'cancelledByParent';
const kTestCodeFailure = 'testCodeFailure';
const kTestTimeoutFailure = 'testTimeoutFailure';
const kHookFailure = 'hookFailed';
const kSubtestsFailed = 'subtestsFailed';
const kParentAlreadyFinished = 'parentAlreadyFinished';
const kAborted = 'testAborted';
const kCancelledByParentMessage = 'test did not finish before its parent and was cancelled';

/** The failure types whose `cause` is the user's own error, which reporters show instead. */
const kUnwrapErrors = new Set([kTestCodeFailure, kHookFailure, kAborted, 'uncaughtException', 'unhandledRejection']);
/** The failure types that count a test as cancelled rather than failed. */
const kCancellations = new Set([kCancelledByParent, kTestTimeoutFailure, kAborted]);

function now() {
  return process.hrtime.bigint();
}

/**
 * Node's ERR_TEST_FAILURE: the failing value as its `cause`, the kind of failure as its
 * `failureType`, and no stack of its own (node hides the runner's frames; reporters
 * show the cause's).
 */
function testFailure(error, failureType) {
  const err = new ERR_TEST_FAILURE(error);
  err.failureType = failureType;
  err.cause = error;
  err.stack = `Error [ERR_TEST_FAILURE]: ${err.message}`;
  return err;
}

/** `error` as a failure of `failureType`, unless it is one already (a timeout, a hook's). */
function failure(error, failureType) {
  if (error?.code === 'ERR_TEST_FAILURE' && error.failureType !== undefined) return error;
  return testFailure(error, failureType);
}

/** A promise settled by `fn`'s end: its returned promise, or its `done` callback when it takes one more argument. */
function runFunction(fn, thisArg, args, wantsCallback) {
  if (!wantsCallback) {
    try {
      const result = fn.apply(thisArg, args);
      return Promise.resolve(result);
    } catch (err) {
      return Promise.reject(err);
    }
  }
  return new Promise((resolve, reject) => {
    let called = false;
    const done = (err) => {
      if (called) return;
      called = true;
      if (err) reject(err);
      else resolve();
    };
    try {
      const result = fn.apply(thisArg, [...args, done]);
      if (typeof result?.then === 'function') {
        called = true;
        reject(new ERR_INVALID_ARG_TYPE('fn', 'a function that does not return a promise when it takes a callback', result));
      }
    } catch (err) {
      done(err);
    }
  });
}

/** Rejects with a timeout failure after `ms`, unless `signal` (a test's end) aborts first. */
function timeoutAfter(ms, signal, kind) {
  if (ms === Infinity) return new Promise(() => {});
  return new Promise((_, reject) => {
    const timer = setTimeout(() => reject(testFailure(`${kind} timed out after ${ms}ms`, kTestTimeoutFailure)), ms);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  });
}

/** Rejects when the test's `signal` option aborts, with its reason as the failure's cause; never settles without one. */
function abortedBy(signal) {
  if (signal === undefined) return new Promise(() => {});
  return new Promise((_, reject) => {
    const abort = () => reject(testFailure(signal.reason, kAborted));
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  });
}

/** Runs one hook with the context of the test it runs for; a failure or timeout is a hook failure. */
async function runHook(hook, context) {
  const controller = new AbortController();
  try {
    await Promise.race([
      runFunction(hook.fn, context, [context], hook.fn.length > 1),
      timeoutAfter(hook.timeout, controller.signal, 'hook'),
    ]);
  } catch (err) {
    throw failure(err, kHookFailure);
  } finally {
    controller.abort();
  }
}

/** The test or suite behind each context (contexts keep no public reference to it). */
const testOf = new WeakMap();

/** What a suite's function receives, and the part of a test's context that is the same. */
class SuiteContext {
  constructor(test) {
    testOf.set(this, test);
  }

  get signal() {
    return testOf.get(this).signal;
  }

  get name() {
    return testOf.get(this).name;
  }

  get fullName() {
    return testOf.get(this).fullName();
  }

  get filePath() {
    return testOf.get(this).loc?.file;
  }
}

class TestContext extends SuiteContext {
  #test;

  constructor(test) {
    super(test);
    this.#test = test;
  }

  get mock() {
    this.#test.mock ??= new (require('internal/test_runner/mock').MockTracker)();
    return this.#test.mock;
  }

  get assert() {
    const test = this.#test;
    const assert = require('assert');
    const counted = {};
    for (const name of Object.keys(assert)) {
      if (typeof assert[name] !== 'function' || name === 'AssertionError' || name === 'CallTracker') continue;
      counted[name] = function (...args) {
        if (test.plan !== null) test.plan.actual++;
        return assert[name].apply(this, args);
      };
    }
    return counted;
  }

  diagnostic(message) {
    this.#test.diagnostics.push(`${message}`);
  }

  plan(count) {
    if (this.#test.plan !== null) throw testFailure('cannot set plan more than once', kTestCodeFailure);
    validateNumber(count, 'count', 0);
    this.#test.plan = { expected: count, actual: 0 };
  }

  skip(message) {
    this.#test.skipped = message ?? true;
  }

  todo(message) {
    this.#test.todo = message ?? true;
  }

  runOnly(value) {
    this.#test.runOnlySubtests = Boolean(value);
  }

  test(name, options, fn) {
    const test = this.#test;
    const subtest = test.createSubtest(Test, name, options, fn, callerLocation(this.test));
    return test.startSubtest(subtest);
  }

  before(fn, options) {
    this.#test.addHook('before', fn, options);
  }

  after(fn, options) {
    this.#test.addHook('after', fn, options);
  }

  beforeEach(fn, options) {
    this.#test.addHook('beforeEach', fn, options);
  }

  afterEach(fn, options) {
    this.#test.addHook('afterEach', fn, options);
  }
}

/** Splits test(name, options, fn)'s optional arguments as node does. */
function parseArguments(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    options = kEmptyObject;
    name = undefined;
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = undefined;
  } else if (typeof options === 'function') {
    fn = options;
    options = kEmptyObject;
  }
  if (options === null || options === undefined) options = kEmptyObject;
  return { name, options, fn };
}

class Test {
  constructor({ name, fn, options, parent, loc, harness }) {
    this.parent = parent;
    this.harness = harness ?? parent.harness;
    this.nesting = parent === null ? -1 : parent.nesting + 1;
    this.loc = loc;
    this.fn = typeof fn === 'function' ? fn : () => {};
    this.name = typeof name === 'string' && name !== '' ? name : this.fn.name || '<anonymous>';
    const { concurrency, timeout, signal, skip, todo, only, plan } = options;
    if (concurrency != null) {
      if (typeof concurrency === 'number') validateUint32(concurrency, 'options.concurrency', true);
      else if (typeof concurrency !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'], concurrency);
    }
    if (timeout != null && timeout !== Infinity) validateNumber(timeout, 'options.timeout', 0, kMaxTimeout);
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    if (plan !== undefined) validateNumber(plan, 'options.plan', 0);
    this.concurrency = concurrency === true ? Infinity : typeof concurrency === 'number' ? concurrency : 1;
    this.timeout = timeout ?? parent?.timeout ?? Infinity;
    this.skipped = skip ? skip : undefined;
    this.todo = todo ? todo : undefined;
    this.only = Boolean(only);
    this.plan = plan === undefined ? null : { expected: plan, actual: 0 };
    this.controller = new AbortController();
    this.userSignal = signal;
    this.signal = signal ? AbortSignal.any([this.controller.signal, signal]) : this.controller.signal;
    this.cancelled = false;
    // Rejected to end the test early: its parent ended first, or the program did.
    this.cancellation = Promise.withResolvers();
    // Raced only while the test runs: a cancellation arriving at another time is not an unhandled rejection.
    this.cancellation.promise.catch(() => {});
    this.subtests = [];
    this.pending = [];
    this.active = 0;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.diagnostics = [];
    this.error = null;
    this.passed = false;
    this.started = false;
    this.finished = false;
    this.reportedUpTo = 0;
    this.startTime = null;
    this.endTime = null;
    this.mock = null;
    this.runOnlySubtests = false;
    this.context = this.makeContext();
    this.doneDeferred = Promise.withResolvers();
  }

  makeContext() {
    return new TestContext(this);
  }

  get reportedType() {
    return 'test';
  }

  fullName() {
    if (this.parent === null || this.parent.parent === null) return this.name;
    return `${this.parent.fullName()} > ${this.name}`;
  }

  addHook(kind, fn, options = kEmptyObject) {
    validateOneOf(kind, 'kind', ['before', 'after', 'beforeEach', 'afterEach']);
    if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'function', fn);
    validateObject(options, 'options');
    const { timeout } = options;
    if (timeout !== undefined) validateNumber(timeout, 'options.timeout', 0);
    this.hooks[kind].push({ fn, timeout: timeout ?? Infinity });
  }

  createSubtest(Factory, name, options, fn, loc, overrides) {
    const args = parseArguments(name, options, fn);
    validateObject(args.options, 'options');
    if (overrides !== undefined) args.options = { ...args.options, ...overrides };
    const subtest = new Factory({ ...args, parent: this, loc });
    subtest.testNumber = this.subtests.length + 1;
    this.subtests.push(subtest);
    if (this.finished) {
      subtest.fail(testFailure('test could not be started because its parent finished', kParentAlreadyFinished));
    }
    return subtest;
  }

  /**
   * Queues `subtest` behind its running siblings, after this test's `before` hooks
   * (which its body adds, so they run when its first subtest starts); the promise
   * settles when the subtest is done.
   */
  async startSubtest(subtest) {
    await this.runBeforeHooks();
    if (subtest.finished) return;
    if (this.error !== null) {
      subtest.cancel();
      return;
    }
    this.pending.push(subtest);
    this.runPending();
    await subtest.doneDeferred.promise;
  }

  runBeforeHooks() {
    this.beforeHooks ??= this.runHooks('before', this.context).then(undefined, (err) => this.fail(err));
    return this.beforeHooks;
  }

  /** Ends the test early with `error` (a cancellation) if it is still running. */
  interrupt(error) {
    this.cancellation.reject(error);
  }

  runPending() {
    while (this.active < this.concurrency && this.pending.length > 0) {
      const subtest = this.pending.shift();
      this.active++;
      subtest.run().then(() => {
        this.active--;
        this.runPending();
      });
    }
  }

  fail(error) {
    if (this.error !== null) return;
    this.error = error;
    this.passed = false;
  }

  /** Ancestors' beforeEach hooks run outermost first, afterEach innermost first. */
  async runEachHooks(kind, test) {
    const chain = [];
    for (let cursor = this; cursor !== null; cursor = cursor.parent) chain.push(cursor);
    if (kind === 'beforeEach') chain.reverse();
    for (const owner of chain) await owner.runHooks(kind, test.context);
  }

  async runHooks(kind, context) {
    for (const hook of this.hooks[kind]) await runHook(hook, context);
  }

  /** With --test-name-pattern, a test runs when its name or one of its suites' or tests' names matches one. */
  matchesNamePatterns() {
    const { namePatterns } = this.harness;
    if (namePatterns.length === 0) return true;
    for (let test = this; test.parent !== null; test = test.parent) {
      if (namePatterns.some((pattern) => pattern.test(test.name))) return true;
    }
    return false;
  }

  /** Under --test-only, a test not marked `only` is skipped where its parent runs only those (the top level always does). */
  shouldSkipForOnly() {
    return this.harness.testOnly && !this.only && this.parent !== null && (this.parent.parent === null || this.parent.runOnlySubtests);
  }

  async run() {
    this.started = true;
    this.startTime = now();
    const parentHooks = this.parent !== null && this.reportedType === 'test';
    if (this.shouldSkipForOnly()) this.skipped = "'only' option not set";
    else if (!this.matchesNamePatterns()) this.skipped = 'test name does not match pattern';
    if (this.only && !this.harness.testOnly) {
      this.diagnostics.push("'only' and 'runOnly' require the --test-only command-line option.");
    }
    if (this.skipped === undefined && this.error === null) {
      const ended = new AbortController();
      try {
        if (this.parent?.signal.aborted) throw testFailure(kCancelledByParentMessage, kCancelledByParent);
        if (parentHooks) await this.parent.runEachHooks('beforeEach', this);
        // An already aborted signal wins over a body that ends at once.
        await Promise.race([
          abortedBy(this.userSignal),
          this.runBody(),
          timeoutAfter(this.timeout, ended.signal, 'test'),
          this.cancellation.promise,
        ]);
        this.checkPlan();
      } catch (err) {
        this.fail(failure(err, kTestCodeFailure));
      } finally {
        ended.abort();
      }
      await this.finishSubtests();
      try {
        if (parentHooks) await this.parent.runEachHooks('afterEach', this);
        await this.runHooks('after', this.context);
      } catch (err) {
        this.fail(failure(err, kHookFailure));
      }
    }
    this.postRun();
  }

  runBody() {
    return this.harness.runInTest(this, () => runFunction(this.fn, this.context, [this.context], this.fn.length > 1));
  }

  checkPlan() {
    if (this.plan !== null && this.plan.expected !== this.plan.actual) {
      throw testFailure(`plan expected ${this.plan.expected} assertions but received ${this.plan.actual}`, kTestCodeFailure);
    }
  }

  /** Subtests still queued or running when the test's function has ended are cancelled. */
  async finishSubtests() {
    const unfinished = this.subtests.filter((subtest) => !subtest.finished);
    if (unfinished.length === 0) return;
    this.controller.abort();
    for (const subtest of unfinished) {
      if (subtest.started) {
        subtest.interrupt(testFailure(kCancelledByParentMessage, kCancelledByParent));
      } else {
        const queued = this.pending.indexOf(subtest);
        if (queued !== -1) this.pending.splice(queued, 1);
        subtest.cancel();
      }
    }
    await Promise.all(unfinished.map((subtest) => subtest.doneDeferred.promise));
  }

  cancel() {
    this.fail(testFailure(kCancelledByParentMessage, kCancelledByParent));
    this.cancelled = true;
    this.startTime ??= now();
    this.postRun();
  }

  postRun() {
    if (this.finished) return;
    this.endTime = now();
    this.mock?.reset();
    if (!this.controller.signal.aborted) this.controller.abort();
    const failed = this.subtests.filter((subtest) => !subtest.passed && !subtest.isTodo()).length;
    if (this.error === null && failed > 0) {
      this.fail(testFailure(`${failed} subtest${failed === 1 ? '' : 's'} failed`, kSubtestsFailed));
    }
    this.passed = this.error === null;
    if (kCancellations.has(this.error?.failureType)) this.cancelled = true;
    this.finished = true;
    this.doneDeferred.resolve();
    this.parent?.reportReady();
  }

  isTodo() {
    return this.todo !== undefined;
  }

  /** Reports, in order, every finished subtest whose earlier siblings have all been reported. */
  reportReady() {
    if (this.parent !== null) return;
    while (this.reportedUpTo < this.subtests.length && this.subtests[this.reportedUpTo].finished) {
      this.harness.reportTree(this.subtests[this.reportedUpTo]);
      this.reportedUpTo++;
    }
    this.harness.checkDone();
  }

  durationMs() {
    return Number(this.endTime - this.startTime) / 1e6;
  }
}

class Suite extends Test {
  constructor(args) {
    super(args);
    this.built = Promise.resolve();
    // A skipped suite declares nothing: its function does not run.
    if (this.skipped !== undefined) return;
    try {
      const result = this.harness.runInTest(this, () => this.fn.call(this.context, this.context));
      if (typeof result?.then === 'function') {
        this.built = Promise.resolve(result).then(undefined, (err) => this.fail(failure(err, kTestCodeFailure)));
      }
    } catch (err) {
      this.fail(failure(err, kTestCodeFailure));
    }
  }

  makeContext() {
    return new SuiteContext(this);
  }

  /** A suite runs its `before` hooks itself, before any of its tests. */
  runBeforeHooks() {
    return Promise.resolve();
  }

  get reportedType() {
    return 'suite';
  }

  async run() {
    this.started = true;
    this.startTime = now();
    await this.built;
    if (this.shouldSkipForOnly()) this.skipped = "'only' option not set";
    if (this.skipped === undefined && this.error === null) {
      try {
        await this.runHooks('before', this.context);
      } catch (err) {
        this.fail(err);
      }
      if (this.error !== null) {
        for (const subtest of this.subtests) subtest.cancel();
      } else {
        const ended = new AbortController();
        try {
          await Promise.race([
            abortedBy(this.userSignal),
            Promise.all(this.subtests.map((subtest) => this.startSubtest(subtest))),
            timeoutAfter(this.timeout, ended.signal, 'test'),
            this.cancellation.promise,
          ]);
        } catch (err) {
          this.fail(failure(err, kTestCodeFailure));
        } finally {
          ended.abort();
        }
        await this.finishSubtests();
        try {
          await this.runHooks('after', this.context);
        } catch (err) {
          this.fail(err);
        }
      }
    }
    this.postRun();
  }
}

module.exports = { Test, Suite, kUnwrapErrors, kSubtestsFailed, kCancelledByParent, testFailure, runHook };
