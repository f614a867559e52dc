// nodule-flags: --allow-worker
// setEnvironmentData values reach the workers started after them, as copies.
const { Worker, getEnvironmentData, setEnvironmentData } = require('worker_threads');

setEnvironmentData('config', { mode: 'test', list: [1, 2] });
setEnvironmentData('gone', 1);
setEnvironmentData('gone', undefined);
console.log(getEnvironmentData('config'), getEnvironmentData('gone'));
const worker = new Worker(
  "const wt = require('worker_threads'); wt.parentPort.postMessage([wt.getEnvironmentData('config'), wt.getEnvironmentData('gone')]);",
  { eval: true },
);
worker.on('message', (message) => console.log('in the worker:', message));
