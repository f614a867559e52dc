'use strict';
// node:worker_threads — the program runs on the main thread and cannot start workers
// (ERR_ACCESS_DENIED, permission 'WorkerThreads', as Node's permission model).

const { denied } = require('internal/sandbox');

const environment = new Map();

module.exports = {
  isMainThread: true,
  parentPort: null,
  resourceLimits: {},
  threadId: 0,
  workerData: null,
  Worker: denied('WorkerThreads', 'Worker', 1),
  getEnvironmentData: (key) => environment.get(key),
  setEnvironmentData: (key, value) => {
    if (value === undefined) environment.delete(key);
    else environment.set(key, value);
  },
  markAsUntransferable(_object) {},
  isMarkedAsUntransferable: () => false,
  moveMessagePortToContext: denied('WorkerThreads', 'moveMessagePortToContext', 0),
  receiveMessageOnPort: (_port) => undefined,
};
