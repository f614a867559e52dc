// The time one call of `fn` takes, in milliseconds: calls it (once to warm up) until
// `minMs` have passed. Shared by the throughput benches (builtins.js, intl.js).
function measure(fn, minMs = 200) {
  fn();
  let iterations = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    iterations++;
    elapsed = performance.now() - start;
  }
  return elapsed / iterations;
}

module.exports = { measure };
