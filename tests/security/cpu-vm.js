// An endless loop inside a vm context (its own QuickJS context) under a CPU-time limit.
// flags: --cpu-time=300
// expect-status: 152
// expect-stderr: nodule: cpu time limit of 300 ms exceeded
// timeout-ms: 5000
require('vm').runInNewContext('for (;;) {}');
