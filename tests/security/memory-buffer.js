// Allocates 8 MiB Buffers and keeps them, under a 64 MiB memory limit.
// flags: --max-memory=64
// expect-status: 0 | 137
// expect-stderr: nodule: memory limit of 64 MiB exceeded
// timeout-ms: 8000
let kept = [];
try {
  for (;;) kept.push(Buffer.alloc(8 << 20, 1));
} catch {
  kept = null;
  console.log('HELD');
}
