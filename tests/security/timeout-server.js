// A granted server that nobody calls, waiting forever under a wall-clock limit.
// flags: --timeout=500 --allow-net=127.0.0.1:{free}
// expect-status: 124
// expect-stderr: nodule: time limit of 500 ms exceeded
// timeout-ms: 5000
const { free } = require('./_hostile');

require('net').createServer().listen(free, '127.0.0.1');
