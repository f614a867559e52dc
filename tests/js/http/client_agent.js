// nodule-flags: --allow-net
// http.Agent: keep-alive reuse of one socket across sequential requests, the
// maxSockets queue, the pool's bookkeeping, getName, options and destroy.
const http = require('http');

let connections = 0;
const server = http.createServer((req, res) => {
  res.end(`${req.url} ${req.headers.connection}`);
});
server.on('connection', () => { connections++; });

const names = (obj) => Object.fromEntries(Object.entries(obj).map(([k, v]) => [k.replace(/:\d+:/, ':PORT:'), v.length]));

function get(options) {
  return new Promise((resolve, reject) => {
    const req = http.get(options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve({ req, text }));
    });
    req.on('error', reject);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  console.log('options', agent.keepAlive, agent.keepAliveMsecs, agent.maxSockets, agent.maxFreeSockets, agent.maxTotalSockets,
    agent.scheduling, agent.defaultPort, agent.protocol, agent.totalSocketCount);
  console.log('getName', agent.getName({ host: 'h', port: 1, localAddress: 'l', family: 6 }), agent.getName(), agent.getName({ port: 0 }));

  const sockets = new Set();
  agent.on('free', (socket) => { sockets.add(socket); });
  for (let i = 0; i < 3; i++) {
    const { req, text } = await get({ host: '127.0.0.1', port, path: `/seq${i}`, agent });
    await new Promise((resolve) => setImmediate(resolve));
    console.log(text, 'reused', req.reusedSocket, 'free', names(agent.freeSockets), 'busy', names(agent.sockets));
  }
  console.log('one socket', sockets.size, 'connections', connections);

  const order = [];
  const parallel = [0, 1, 2].map((i) => {
    const req = http.get({ host: '127.0.0.1', port, path: `/par${i}`, agent }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (d) => order.push(d));
    });
    return new Promise((resolve) => req.on('close', resolve));
  });
  console.log('queued', names(agent.requests), 'busy', names(agent.sockets));
  await Promise.all(parallel);
  console.log('order', order, 'connections', connections);

  const closing = [...sockets].map((socket) => new Promise((resolve) => socket.on('close', resolve)));
  agent.destroy();
  await Promise.all(closing);
  console.log('after destroy', names(agent.freeSockets), agent.totalSocketCount);

  const plain = new http.Agent();
  const first = await get({ host: '127.0.0.1', port, path: '/plain', agent: plain });
  console.log(first.text, first.req.shouldKeepAlive);
  await new Promise((resolve) => setImmediate(resolve));
  console.log('plain free', names(plain.freeSockets), 'connections', connections);

  const fifo = new http.Agent({ keepAlive: true, scheduling: 'fifo', maxFreeSockets: 1 });
  await Promise.all([get({ host: '127.0.0.1', port, path: '/f1', agent: fifo }), get({ host: '127.0.0.1', port, path: '/f2', agent: fifo })]);
  await new Promise((resolve) => setImmediate(resolve));
  console.log('maxFreeSockets', names(fifo.freeSockets));
  fifo.destroy();

  try {
    new http.Agent({ scheduling: 'random' });
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  try {
    http.get({ port, agent: {} });
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  console.log('globalAgent', http.globalAgent instanceof http.Agent, http.globalAgent.keepAlive, http.globalAgent.options.timeout);
  server.close(() => console.log('closed'));
});
