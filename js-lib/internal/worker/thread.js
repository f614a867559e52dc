'use strict';
// A worker's own side, set up before its program runs: `process.env` is what the parent
// gave; a worker thread's `worker_threads` says it is not the main thread and has its
// `threadId`, `workerData` and `parentPort`, while a child process started by `fork`
// gets its IPC channel (internal/child_process/channel). A thread's messages to its
// parent are tagged strings: 'o' once online, 'm' and a message, 'e' and the error that
// ended the worker.

const { Receiver } = require('internal/worker/receiver');
const { serialize, deserialize } = require('internal/worker/serialize');
const { linkedPort, kEnqueue } = require('internal/worker/io');
const { environment } = require('internal/worker/environment');
const { createEnv } = require('internal/process/object');
const { setUncaughtExceptionReporter } = require('internal/process/execution');

const binding = internalBinding('workers');

/** `parentPort`'s way to the parent: posts through the host, and receives while started. */
class ParentLink {
  #receiver;

  post(value, transfer) {
    binding.postToParent(`m${serialize(value, transfer)}`);
  }

  start(port) {
    this.#receiver ??= new Receiver(
      () => binding.receiveFromParent(),
      (event) => {
        if (typeof event !== 'string') {
          // The parent let go of this worker.
          port.close();
          return;
        }
        port[kEnqueue](deserialize(event));
        this.#receiver.receive();
      },
    );
    this.#receiver.receive();
  }

  close() {
    this.#receiver?.stop();
  }

  ref() {
    this.#receiver?.ref();
  }

  unref() {
    this.#receiver?.unref();
  }

  hasRef() {
    return this.#receiver?.hasRef() ?? false;
  }
}

/** An uncaught exception ends a worker; its parent gets it as an 'error' event. */
function reportToParent(err) {
  let message;
  try {
    message = serialize(err);
  } catch {
    message = serialize(String(err));
  }
  binding.postToParent(`e${message}`);
}

/** Sets up a worker's side when this instance is one. */
function setupThread() {
  const link = binding.parent();
  if (link === null) return;
  const start = deserialize(link.data);
  process.env = createEnv(start.env);
  if (start.child) {
    if (start.ipc) require('internal/child_process/channel').setupChannel();
    return;
  }
  const workerThreads = require('worker_threads');
  workerThreads.isMainThread = false;
  workerThreads.threadId = link.threadId;
  workerThreads.workerData = start.workerData;
  workerThreads.resourceLimits = start.resourceLimits;
  workerThreads.parentPort = linkedPort(new ParentLink());
  for (const [key, value] of start.environmentData) environment.set(key, value);
  setUncaughtExceptionReporter(reportToParent);
  binding.postToParent('o');
}

module.exports = { setupThread };
