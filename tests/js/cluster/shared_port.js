// nodule-flags: --allow-child-process --allow-net=127.0.0.1
// Workers listening on the same port (0 included) share it: four workers with two
// servers each listen on two ports in all, every worker's first server answers on the
// first, and the connections are spread over the workers. An exclusive listen gets a
// port of its own, and is not reported to the primary.
const cluster = require('cluster');
const http = require('http');

const WORKERS = 4;

if (cluster.isPrimary) {
  const ports = [new Set(), new Set()];
  const exclusivePorts = new Set();
  let listening = 0;
  let exclusives = 0;
  const startWhenReady = () => {
    if (listening === WORKERS * 2 && exclusives === WORKERS) requestAll([...ports[0]][0]);
  };
  cluster.on('listening', () => {
    listening += 1;
    startWhenReady();
  });
  cluster.on('message', (_worker, message) => {
    if (message.exclusive !== undefined) {
      exclusivePorts.add(message.exclusive);
      exclusives += 1;
    } else {
      ports[message.server].add(message.port);
    }
    startWhenReady();
  });
  function requestAll(port) {
    console.log('shared ports:', ports[0].size, ports[1].size, 'exclusive ports:', exclusivePorts.size);
    const answeredBy = new Set();
    let answered = 0;
    for (let i = 0; i < 40; i++) {
      http.get({ host: '127.0.0.1', port, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => {
          answeredBy.add(body);
          if (++answered === 40) {
            console.log('answered by more than one worker:', answeredBy.size > 1);
            cluster.disconnect(() => console.log('disconnected'));
          }
        });
      });
    }
  }
  for (let i = 0; i < WORKERS; i++) cluster.fork();
} else {
  // Each answer waits a little, so that one worker cannot take every connection.
  const first = http.createServer((req, res) => setTimeout(() => res.end(`worker ${cluster.worker.id}`), 10));
  first.listen(0, '127.0.0.1', () => process.send({ server: 0, port: first.address().port }));
  const second = http.createServer((req, res) => res.end('second'));
  second.listen(0, '127.0.0.1', () => process.send({ server: 1, port: second.address().port }));
  const exclusive = http.createServer((req, res) => res.end('exclusive'));
  exclusive.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
    process.send({ exclusive: exclusive.address().port });
    exclusive.close();
  });
}
