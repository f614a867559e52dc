// An endless chain of microtasks (the event loop never gets a turn) under a CPU-time limit.
// flags: --cpu-time=300
// expect-status: 152
// expect-stderr: nodule: cpu time limit of 300 ms exceeded
// timeout-ms: 5000
Promise.resolve().then(function again() {
  return Promise.resolve().then(again);
});
(async () => {
  for (;;) await null;
})();
