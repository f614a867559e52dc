// Doubles a string without end under a 64 MiB memory limit.
// flags: --max-memory=64
// expect-status: 0 | 137
// expect-stderr: nodule: memory limit of 64 MiB exceeded
// timeout-ms: 8000
let text = 'x';
const kept = [];
try {
  for (;;) {
    text += text;
    kept.push(text.slice(1));
  }
} catch {
  text = null;
  kept.length = 0;
  console.log('HELD');
}
