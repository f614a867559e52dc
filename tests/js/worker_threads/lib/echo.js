// Answers each message with what it received and where it ran; 'exit' ends the worker.
const { parentPort, workerData, threadId, isMainThread } = require('worker_threads');

parentPort.postMessage({ ready: true, workerData, isMainThread, threadIdIsNumber: threadId > 0, argv: process.argv.slice(2) });
parentPort.on('message', (message) => {
  if (message === 'exit') process.exit(3);
  parentPort.postMessage({ echo: message });
});
