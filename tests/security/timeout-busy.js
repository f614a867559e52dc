// A synchronous endless loop under a wall-clock limit only.
// flags: --timeout=500
// expect-status: 124
// expect-stderr: nodule: time limit of 500 ms exceeded
// timeout-ms: 5000
for (;;) {
  // Spins.
}
