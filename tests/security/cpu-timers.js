// CPU burnt in short slices from timers, each under a millisecond, that add up past the limit.
// flags: --cpu-time=300
// expect-status: 152
// expect-stderr: nodule: cpu time limit of 300 ms exceeded
// timeout-ms: 5000
setTimeout(function slice() {
  const start = process.hrtime.bigint();
  while (process.hrtime.bigint() - start < 500_000n) {
    // Half a millisecond of work.
  }
  setTimeout(slice, 0);
}, 0);
