// A worker asks for more memory than its parent's limit and grows an array without end.
// flags: --allow-worker --max-memory=64
// timeout-ms: 20000
const { Worker } = require('worker_threads');
const { check, run } = require('./_hostile');

const hoarder = `
let hoard = [];
try {
  for (;;) hoard.push(Math.random(), {});
} catch {
  hoard = null;
  require('worker_threads').parentPort.postMessage('caught');
}
`;

run(async () => {
  const worker = new Worker(hoarder, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
  const messages = [];
  worker.on('message', (message) => messages.push(message));
  worker.on('error', (err) => messages.push(err.message));
  const status = await new Promise((resolve) => worker.on('exit', resolve));
  check('the worker ran out of memory at the parent limit', messages.join() === 'caught' && status === 0, [messages, status]);
});
