// A CPU-bound job (counting primes below a bound) split over N workers:
// `cores.js <workers> [bound]` prints the count and the job's time in ms.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

/** Primes among start, start + step, ... below end. */
function countPrimes(start, step, end) {
  let count = 0;
  for (let n = start; n < end; n += step) {
    let prime = n > 1;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
  }
  return count;
}

if (isMainThread) {
  const workers = Number(process.argv[2] ?? 1);
  const bound = Number(process.argv[3] ?? 4e6);
  const started = performance.now();
  const parts = Array.from(
    { length: workers },
    (_, index) =>
      new Promise((resolve) => new Worker(__filename, { workerData: { start: index, step: workers, end: bound } }).once('message', resolve)),
  );
  Promise.all(parts).then((counts) => {
    console.log(counts.reduce((a, b) => a + b), `${(performance.now() - started).toFixed(0)} ms`);
  });
} else {
  parentPort.postMessage(countPrimes(workerData.start, workerData.step, workerData.end));
}
