// Builds an ever deeper chain of nested objects and arrays under a 64 MiB memory limit.
// flags: --max-memory=64
// expect-status: 0 | 137
// expect-stderr: nodule: memory limit of 64 MiB exceeded
// timeout-ms: 8000
let deep = {};
try {
  for (;;) deep = { deep, list: [deep, deep], name: 'level' };
} catch {
  deep = null;
  console.log('HELD');
}
