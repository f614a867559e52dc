// bench/cluster.py's server: a cluster of N workers answering hello world on one port.
// usage: cluster-hello.js <port> <workers>; prints "ready" once every worker listens.
const cluster = require('cluster');
const http = require('http');

const port = Number(process.argv[2]);
const workers = Number(process.argv[3]);

if (cluster.isPrimary) {
  let listening = 0;
  cluster.on('listening', () => {
    listening += 1;
    if (listening === workers) console.log('ready');
  });
  for (let i = 0; i < workers; i++) cluster.fork();
} else {
  const server = http.createServer((req, res) => res.end('hello world\n'));
  server.keepAliveTimeout = 120000;
  server.listen(port, '127.0.0.1');
}
