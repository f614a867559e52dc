// nodule-flags: --allow-net=127.0.0.1
// socket.io server and client over both transports (long-polling, then WebSocket),
// events with acknowledgements; superagent against the same http server.
const http = require('http');
const { Server } = require('socket.io');
const { io } = require('socket.io-client');
const superagent = require('superagent');

const server = http.createServer((req, res) => {
  if (req.url !== '/api') return;
  res.setHeader('content-type', 'application/json');
  res.end('{"ok":true}');
});
const ioServer = new Server(server);
ioServer.on('connection', (socket) => {
  socket.on('greet', (name, ack) => ack(`hello ${name}`));
  socket.emit('welcome', { id: typeof socket.id, transport: socket.conn.transport.name });
});

server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}`;
  const response = await superagent.get(`${url}/api`).set('X-Test', '1');
  console.log('superagent', response.status, response.type, response.body);
  for (const transports of [['polling'], ['websocket']]) {
    await new Promise((resolve) => {
      const client = io(url, { transports });
      client.on('welcome', (data) => console.log(transports[0], 'welcome', data));
      client.on('connect', () => client.emit('greet', 'nodule', (reply) => {
        console.log(transports[0], 'ack', reply);
        client.close();
        resolve();
      }));
    });
  }
  ioServer.close();
});
