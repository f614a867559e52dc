'use strict';
// Runs one program: sets up `process` for this run, runs the entry (a file, `-e` or
// `-p`), drains ticks and microtasks, runs the event loop, then fires 'exit'.
// Returns the exit status. Under `nodule serve` a tenant's app is run in two halves,
// `prepare` and `resume`, with the host's snapshot of the instance between them.

const { setup } = require('internal/process/object');
const { applyOptions, preloadModules, importedModules, inputIsModule } = require('internal/process/options');
const { afterCallback } = require('internal/process/task_queues');
const { triggerUncaughtException, takeParseLocation } = require('internal/process/execution');
const eventLoop = require('internal/event_loop');
const { updateLoopTime } = require('internal/timers');
const Module = require('internal/modules/cjs/loader');
const esm = require('internal/modules/esm/loader');
const { evalScript } = internalBinding('contextify');
const { setupThread } = require('internal/worker/thread');
const { reached } = require('internal/perf/node_timing');
const heldListens = require('internal/net/held_listens');

function runEntry(invocation) {
  // `--test` runs the test files its arguments name (the host passes no other entry).
  if (invocation.execArgv.includes('--test')) {
    require('internal/test_runner/runner')
      .runFiles(process.argv.slice(1))
      .then(undefined, (err) => triggerUncaughtException(err, false));
    return;
  }
  const kind = invocation.entryKind;
  if ((kind === 'eval' || kind === 'print' || kind === 'stdin') && inputIsModule(invocation.execArgv)) {
    if (kind === 'print') throw new (require('internal/errors').codes.ERR_EVAL_ESM_CANNOT_PRINT)();
    process._evalSource = invocation.entry;
    esm.runSource(invocation.entry).then(undefined, (err) => triggerUncaughtException(err, false));
    return;
  }
  switch (kind) {
    case 'file':
      if (esm.isModuleEntry(invocation.entry)) {
        esm.runMain(invocation.entry).then(undefined, (err) => triggerUncaughtException(err, false));
      } else {
        Module.runMain(invocation.entry);
      }
      break;
    case 'serve':
      require('internal/serve').start(invocation.entry);
      break;
    case 'eval':
    case 'print':
    case 'stdin': {
      // `-e`/`-p` and a program from stdin run as a script in the global scope of a
      // module in the working directory.
      const name = invocation.entryKind === 'stdin' ? '[stdin]' : '[eval]';
      process._evalSource = invocation.entry;
      const module = new Module(name);
      module.filename = require('path').join(process.cwd(), name);
      module.paths = Module._nodeModulePaths(process.cwd());
      globalThis.module = module;
      globalThis.exports = module.exports;
      globalThis.__filename = name;
      globalThis.__dirname = '.';
      globalThis.require = Module.createRequire(module.filename);
      let result;
      try {
        result = evalScript(invocation.entry, name);
      } catch (err) {
        takeParseLocation(err);
        throw err;
      }
      if (invocation.entryKind === 'print') console.log(result);
      break;
    }
  }
}

/** Everything before the event loop: `process` set up, preloads, the entry run, ticks and microtasks drained. */
function start(invocation) {
  reached('v8Start');
  // The loop time held in the snapshot is the build's.
  updateLoopTime();
  setup(invocation);
  reached('environment');
  Module._initPaths();
  try {
    setupThread();
    if (process.env.NODE_UNIQUE_ID !== undefined) {
      // Started by cluster.fork: node:cluster is this worker's, as in Node.
      require('internal/cluster/child').setup(require('cluster'));
      delete process.env.NODE_UNIQUE_ID;
    }
    applyOptions(invocation.execArgv);
    preloadModules(invocation.execArgv, Module);
    reached('bootstrapComplete');
    const imports = importedModules(invocation.execArgv);
    if (imports.length === 0) {
      runEntry(invocation);
    } else {
      // `--import` modules load in order, each to its end, before the entry runs.
      imports
        .reduce((previous, specifier) => previous.then(() => esm.importPreload(specifier)), Promise.resolve())
        .then(() => runEntry(invocation))
        .then(undefined, (err) => triggerUncaughtException(err, false));
    }
  } catch (err) {
    triggerUncaughtException(err, false);
  }
  afterCallback();
}

/** The event loop to its end, then 'exit'; returns the exit status. */
function finish() {
  eventLoop.run();
  reached('loopExit');
  process._exiting = true;
  try {
    process.emit('exit', process.exitCode | 0);
  } catch (err) {
    // As in Node, an 'exit' listener's exception is uncaught: an 'uncaughtException'
    // listener takes it (the later 'exit' listeners are skipped, the status stays), or it
    // is printed and the status is 1 ('exit' is not emitted again).
    triggerUncaughtException(err, false);
  }
  return process.exitCode | 0;
}

function run(invocation) {
  start(invocation);
  return finish();
}

/**
 * A tenant's app up to its first listen, which is held (see internal/net/held_listens);
 * the loop runs meanwhile only for what the app waits on. Whether it listened.
 */
function prepare(invocation) {
  heldListens.holdListens();
  start(invocation);
  eventLoop.runUntil(() => heldListens.heldCount() > 0);
  return heldListens.heldCount() > 0;
}

/** An instance of the snapshot taken after `prepare`: the held listens made, then the loop. */
function resume() {
  updateLoopTime();
  try {
    heldListens.release();
  } catch (err) {
    triggerUncaughtException(err, false);
  }
  afterCallback();
  return finish();
}

module.exports = { run, prepare, resume };
