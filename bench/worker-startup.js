// Worker start-up: the median time from `new Worker` to its 'exit' for a worker with
// nothing to do, over `worker-startup.js [runs]` workers started one after another.
const { Worker } = require('worker_threads');

const runs = Number(process.argv[2] ?? 20);
const times = [];
function next() {
  if (times.length === runs) {
    times.sort((a, b) => a - b);
    console.log(`median ${times[runs >> 1].toFixed(1)} ms`);
    return;
  }
  const started = performance.now();
  new Worker('', { eval: true }).once('exit', () => {
    times.push(performance.now() - started);
    next();
  });
}
next();
