// nodule-flags: --allow-worker
// A worker from a file: workerData in, messages both ways, 'online' and its exit status.
const { Worker, isMainThread, threadId, parentPort, workerData } = require('worker_threads');
const path = require('path');

console.log('main:', isMainThread, threadId, parentPort, workerData);
const worker = new Worker(path.join(__dirname, 'lib', 'echo.js'), { workerData: { n: 1, list: [1, 2] }, argv: ['a', 2] });
console.log('threadId is a number:', typeof worker.threadId === 'number' && worker.threadId > 0);
let online = false;
worker.on('online', () => {
  online = true;
});
const seen = [];
worker.on('message', (message) => {
  seen.push(message);
  if (message.ready) {
    worker.postMessage('hello');
    worker.postMessage({ nested: { deep: [true, null] } });
  } else if (seen.length === 3) {
    worker.postMessage('exit');
  }
});
worker.on('exit', (code) => {
  console.log('online before exit:', online);
  console.log(seen);
  console.log('exit', code, 'threadId after exit', worker.threadId);
});
