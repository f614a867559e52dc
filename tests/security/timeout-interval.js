// A program that waits forever (an interval) under a wall-clock limit.
// flags: --timeout=500
// expect-status: 124
// expect-stderr: nodule: time limit of 500 ms exceeded
// timeout-ms: 5000
setInterval(() => {}, 1000);
