// A cluster worker listens on the listener its family shares, which the host binds for
// the first worker to ask: that listen is checked against the grants like any other,
// on every port and host a worker may name, and a worker's share never reaches a port
// its program was not granted. The control: two workers share the granted port.
// flags: --allow-child-process --allow-net=127.0.0.1:{free}
const cluster = require('cluster');
const http = require('http');
const { port, free, refused, allowed, check, listen, run } = require('./_hostile');

if (cluster.isWorker) {
  run(async () => {
    const denied = ['ERR_ACCESS_DENIED', 'EACCES'];
    await refused('share the watched port', denied, () => listen(http.createServer(), port, '127.0.0.1'));
    await refused('share port 0', denied, () => listen(http.createServer(), 0, '127.0.0.1'));
    await refused('share every interface', denied, () => listen(http.createServer(), free));
    await refused('share another address', denied, () => listen(http.createServer(), free, '127.0.0.2'));
    const server = http.createServer((req, res) => res.end(`${cluster.worker.id}`));
    await allowed('share the granted port', () => new Promise((resolve, reject) => server.listen(free, '127.0.0.1', resolve).on('error', reject)));
    check('the shared port is the granted one', server.address()?.port === free, server.address());
    process.send('listening');
    await new Promise((resolve) => process.once('message', resolve));
    // Leaves once the verdict is printed: a worker stays until it disconnects.
    setImmediate(() => cluster.worker.disconnect());
  });
} else {
  let listening = 0;
  const workers = [cluster.fork(), cluster.fork()];
  for (const worker of workers) {
    worker.on('message', () => {
      if (++listening < workers.length) return;
      // Both workers hold the granted port at once: it is shared, not refused.
      for (const each of workers) each.send('done');
    });
    worker.on('exit', (code) => {
      if (code !== 0) console.log(`BROKEN worker ${worker.id} exited with ${code}`);
    });
  }
}
