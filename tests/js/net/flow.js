// nodule-flags: --allow-net=127.0.0.1
// Backpressure and flow: a large transfer arrives whole, pause/resume, destroy with an
// error, timeouts, unref'd servers, and writes after the peer ended.
const net = require('net');
const crypto = require('crypto');

const payload = Buffer.alloc(4 * 1024 * 1024);
for (let i = 0; i < payload.length; i++) payload[i] = (i * 31) & 0xff;
const digest = crypto.createHash('sha256').update(payload).digest('hex');

const server = net.createServer((socket) => {
  socket.end(payload);
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const client = net.connect(port, '127.0.0.1');
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  let pausedOnce = false;
  client.on('data', (chunk) => {
    hash.update(chunk);
    bytes += chunk.length;
    if (!pausedOnce && bytes > 1024 * 1024) {
      pausedOnce = true;
      client.pause();
      setTimeout(() => client.resume(), 10);
    }
  });
  client.on('end', () => {
    console.log('received', bytes, hash.digest('hex') === digest);
    client.end();
    server.close();
    timeouts();
  });
});

function timeouts() {
  const idle = net.createServer(() => {});
  idle.listen(0, '127.0.0.1', () => {
    const socket = net.connect(idle.address().port, '127.0.0.1');
    socket.setTimeout(30, () => {
      console.log('timeout fired, still open', !socket.destroyed, socket.timeout);
      socket.destroy(new Error('gave up'));
    });
    socket.on('error', (err) => console.log('error', err.message));
    socket.on('close', (hadError) => {
      console.log('closed with error', hadError);
      idle.close();
      unrefed();
    });
  });
}

function unrefed() {
  const server = net.createServer();
  server.listen(0, '127.0.0.1', () => {
    server.unref();
    console.log('unref\'d server does not keep the program alive');
  });
}
