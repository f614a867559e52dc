// nodule-flags: --allow-worker
// A worker's process.stdin is empty: it ends at once, and the parent's input stays the parent's.
const { Worker } = require('worker_threads');

const reader = `
const { parentPort } = require('worker_threads');
process.stdin.on('data', (chunk) => parentPort.postMessage('data ' + chunk));
process.stdin.on('end', () => parentPort.postMessage('end'));
process.stdin.on('error', (err) => parentPort.postMessage('error ' + err.code));
`;
const worker = new Worker(reader, { eval: true });
worker.on('message', (message) => console.log(message));
worker.on('exit', (code) => console.log('exit', code));
