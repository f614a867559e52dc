// An endless chain of empty setImmediate callbacks: each loop turn goes through the host.
// flags: --cpu-time=300
// expect-status: 152
// expect-stderr: nodule: cpu time limit of 300 ms exceeded
// timeout-ms: 5000
setImmediate(function again() {
  setImmediate(again);
});
