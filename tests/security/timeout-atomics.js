// Blocks the guest's only thread in Atomics.wait for an hour under a wall-clock limit.
// flags: --timeout=500
// expect-status: 0 | 124
// expect-stderr: nodule: time limit of 500 ms exceeded
// timeout-ms: 5000
try {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3_600_000);
  console.log('ESCAPED waited an hour');
} catch {
  // The engine refuses to block its only thread: nothing to wait for.
  console.log('HELD');
}
