// Writes 256 MiB to a connection whose peer never reads, ignoring backpressure, under a 64 MiB limit.
// flags: --max-memory=64 --allow-net=127.0.0.1:{free}
// expect-status: 0 | 137
// expect-stderr: nodule: memory limit of 64 MiB exceeded
// timeout-ms: 8000
const net = require('net');
const { free } = require('./_hostile');

// The guest may run out while the stream joins its queued chunks, in a callback of its
// own: caught here, that is the catchable error the limit promises.
process.on('uncaughtException', (err) => {
  console.log(/memory|allocation/i.test(err.message) ? 'HELD' : `UNEXPECTED ${err.stack}`);
  process.exit(0);
});

const server = net.createServer((socket) => socket.pause());
server.listen(free, '127.0.0.1', () => {
  const client = net.connect(free, '127.0.0.1', () => {
    const chunk = Buffer.alloc(1 << 20, 1);
    try {
      for (let i = 0; i < 256; i++) client.write(chunk);
    } catch {
      // Out of memory while queueing, caught.
    }
    // Queued in the guest; give the host time to take what it will before letting go.
    setTimeout(() => {
      client.destroy();
      server.close();
      console.log('HELD');
    }, 300);
  });
});
