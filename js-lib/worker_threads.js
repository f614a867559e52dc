'use strict';
// node:worker_threads. A Worker is another instance of this runtime on a host thread of
// its own, inside this program's sandbox: the host gives it this program's grants and
// limits, never more, and refuses to start it without --allow-worker. Parent and worker
// share no memory; messages cross as strings (internal/worker/serialize). A worker's
// side is set up by internal/worker/thread before its program runs.

const EventEmitter = require('events');
const path = require('path');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_WORKER_PATH },
  uvException,
} = require('internal/errors');
const { validateObject, validateArray } = require('internal/validators');
const { fileURLToPath, isURL } = require('internal/url');
const { Receiver } = require('internal/worker/receiver');
const { serialize, deserialize } = require('internal/worker/serialize');
const { MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort } = require('internal/worker/io');
const { environment } = require('internal/worker/environment');
const { accessDenied, denied } = require('internal/sandbox');

const binding = internalBinding('workers');

/** What V8 would give a worker: the figures Node reports for limits left unset. */
const defaultResourceLimits = { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 4096, codeRangeSizeMb: 0, stackSizeMb: 4 };

/** Exit status of a worker ended by `terminate()`. */
const TERMINATED_STATUS = 1;

function resolveEntry(filename, isEval) {
  if (isEval) {
    if (typeof filename !== 'string') {
      throw new ERR_INVALID_ARG_VALUE('options.eval', isEval, "must be false when 'filename' is not a string");
    }
    return ['eval', filename];
  }
  if (isURL(filename)) return ['file', fileURLToPath(filename)];
  if (typeof filename !== 'string') throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
  if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) throw new ERR_WORKER_PATH(filename);
  return ['file', path.resolve(filename)];
}

function resourceLimitsOf(limits) {
  if (limits === undefined) return { ...defaultResourceLimits };
  validateObject(limits, 'options.resourceLimits');
  const chosen = { ...defaultResourceLimits };
  for (const key of Object.keys(defaultResourceLimits)) {
    if (typeof limits[key] === 'number' && limits[key] > 0) chosen[key] = limits[key];
  }
  return chosen;
}

class Worker extends EventEmitter {
  #threadId;
  #receiver;
  #exitCode;
  #terminations = [];
  #resourceLimits;

  constructor(filename, options = {}) {
    super();
    const [kind, entry] = resolveEntry(filename, options.eval === true);
    if (options.argv !== undefined) validateArray(options.argv, 'options.argv');
    if (options.execArgv !== undefined) validateArray(options.execArgv, 'options.execArgv');
    if (options.env !== undefined && options.env !== null && typeof options.env !== 'object' && typeof options.env !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('options.env', 'object', options.env);
    }
    if (!process.permission.has('worker')) throw accessDenied('WorkerThreads');
    this.#resourceLimits = resourceLimitsOf(options.resourceLimits);
    const env = typeof options.env === 'object' && options.env !== null ? options.env : process.env;
    const start = {
      workerData: options.workerData,
      env: Object.fromEntries(Object.entries(env).map(([name, value]) => [name, `${value}`])),
      environmentData: [...environment],
      resourceLimits: options.resourceLimits === undefined ? {} : this.#resourceLimits,
    };
    const argv = [process.execPath, kind === 'eval' ? '[worker eval]' : entry, ...(options.argv ?? []).map(String)];
    const maxMemory = options.resourceLimits === undefined ? undefined : this.#resourceLimits.maxOldGenerationSizeMb * 2 ** 20;
    const data = serialize(start, options.transferList);
    const threadId = binding.start({ child: false, entryKind: kind, entry, argv, data, maxMemory, captureOutput: false });
    if (threadId < 0) throw uvException(threadId, 'Worker');
    this.#threadId = threadId;
    this.#receiver = new Receiver(
      () => binding.receive(threadId),
      (event) => this.#onEvent(event),
    );
    this.#receiver.receive();
  }

  get threadId() {
    return this.#exitCode === undefined ? this.#threadId : -1;
  }

  get resourceLimits() {
    return this.#exitCode === undefined ? { ...this.#resourceLimits } : {};
  }

  /** Worker output goes to this program's own stdout and stderr, not through streams. */
  get stdin() {
    return null;
  }

  get stdout() {
    return null;
  }

  get stderr() {
    return null;
  }

  postMessage(...args) {
    if (args.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this.#exitCode !== undefined) return;
    const transfer = Array.isArray(args[1]) || args[1] === undefined || args[1] === null ? args[1] : args[1].transfer;
    binding.post(this.#threadId, serialize(args[0], transfer));
  }

  terminate(callback) {
    if (callback !== undefined) {
      process.emitWarning(
        'Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
        'DeprecationWarning',
        'DEP0132',
      );
    }
    if (this.#exitCode !== undefined) {
      if (typeof callback === 'function') process.nextTick(callback, null, undefined);
      return Promise.resolve();
    }
    const { promise, resolve } = Promise.withResolvers();
    this.#terminations.push(resolve);
    if (typeof callback === 'function') promise.then((code) => callback(null, code));
    binding.terminate(this.#threadId);
    return promise;
  }

  ref() {
    this.#receiver.ref();
  }

  unref() {
    this.#receiver.unref();
  }

  #onEvent(event) {
    if (typeof event !== 'string') {
      this.#exited(event.terminated ? TERMINATED_STATUS : event.exitCode);
      return;
    }
    this.#receiver.receive();
    switch (event[0]) {
      case 'o':
        this.emit('online');
        break;
      case 'm':
        this.emit('message', deserialize(event.slice(1)));
        break;
      case 'e':
        this.emit('error', deserialize(event.slice(1)));
        break;
    }
  }

  #exited(code) {
    this.#exitCode = code;
    this.emit('exit', code);
    for (const resolve of this.#terminations.splice(0)) resolve(code);
  }
}

function getEnvironmentData(key) {
  return environment.get(key);
}

function setEnvironmentData(key, value) {
  if (value === undefined) environment.delete(key);
  else environment.set(key, value);
}

/** Objects never transferred but copied: this runtime transfers only by copying, so marking changes nothing. */
const untransferable = new WeakSet();

module.exports = {
  isMainThread: true,
  parentPort: null,
  resourceLimits: {},
  threadId: 0,
  workerData: null,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  MessageChannel,
  MessagePort,
  BroadcastChannel,
  receiveMessageOnPort,
  getEnvironmentData,
  setEnvironmentData,
  markAsUntransferable(object) {
    if ((typeof object === 'object' && object !== null) || typeof object === 'function') untransferable.add(object);
  },
  isMarkedAsUntransferable: (object) => untransferable.has(object),
  moveMessagePortToContext: denied('WorkerThreads', 'moveMessagePortToContext', 0),
};
