// nodule-flags: --allow-child-process --allow-net=127.0.0.1
// A worker's life seen from the primary: fork, online, listening (on a port of its
// own), messages both ways, a disconnect the worker asked for, exit; and node:cluster
// as each side sees it.
const cluster = require('cluster');
const http = require('http');

if (cluster.isPrimary) {
  const shown = Object.keys(cluster).filter((key) => !key.startsWith('_'));
  console.log('primary:', shown.sort().join(','), cluster.schedulingPolicy === cluster.SCHED_RR);
  cluster.on('fork', (worker) => console.log('fork', worker.id, worker.state));
  cluster.on('online', (worker) => console.log('online', worker.id, worker.state));
  cluster.on('listening', (worker, address) => {
    console.log('listening', worker.id, worker.state, typeof address.port, address.addressType);
    http.get(`http://127.0.0.1:${address.port}/`, (res) => {
      res.setEncoding('utf8');
      res.on('data', (body) => {
        console.log('answered:', body);
        worker.send({ hello: worker.id });
      });
    });
  });
  cluster.on('message', (worker, message) => console.log('from', worker.id, JSON.stringify(message)));
  cluster.on('disconnect', (worker) => console.log('disconnect', worker.id, worker.exitedAfterDisconnect));
  cluster.on('exit', (worker, code, signal) => {
    console.log('exit', worker.id, code, signal, worker.state, worker.exitedAfterDisconnect, Object.keys(cluster.workers).length);
  });
  const worker = cluster.fork({ GREETING: 'hi' });
  console.log('forked', worker.id, worker.isConnected(), worker.isDead(), worker instanceof cluster.Worker);
} else {
  const { worker } = cluster;
  // Reported through the primary, so that the two processes' lines keep one order.
  const view = [worker.id, cluster.isWorker, cluster.isPrimary, process.env.GREETING, process.env.NODE_UNIQUE_ID, cluster.fork];
  process.send({ view: view.map(String) });
  http.createServer((req, res) => res.end(`worker ${worker.id}`)).listen(0, '127.0.0.1');
  worker.on('message', (message) => {
    process.send({ got: message });
    worker.disconnect();
  });
}
