// Fills a Map and a Set with fresh keys without end under a 64 MiB memory limit.
// flags: --max-memory=64
// expect-status: 0 | 137
// expect-stderr: nodule: memory limit of 64 MiB exceeded
// timeout-ms: 8000
let map = new Map();
let set = new Set();
try {
  for (let i = 0; ; i++) {
    map.set(`key ${i}`, { i });
    set.add(i * 1.5);
  }
} catch {
  map = set = null;
  console.log('HELD');
}
