// Grows an array of numbers without end under a 64 MiB memory limit.
// flags: --max-memory=64
// expect-status: 0 | 137
// expect-stderr: nodule: memory limit of 64 MiB exceeded
// timeout-ms: 8000
let hoard = [];
try {
  for (;;) hoard.push(Math.random(), {});
} catch {
  // Out of memory, caught: let go and report.
  hoard = null;
  console.log('HELD');
}
