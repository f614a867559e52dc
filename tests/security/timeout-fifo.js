// Waits forever on a read of a FIFO nobody writes (blocked in the host, not the guest) under a wall-clock limit.
// flags: --timeout=500
// mkfifo: out/fifo
// expect-status: 124
// expect-stderr: nodule: time limit of 500 ms exceeded
// timeout-ms: 5000
require('fs').promises.readFile('out/fifo');
