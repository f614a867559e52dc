// nodule-flags: --allow-net=127.0.0.1
// ws: a WebSocket server on an http server's upgrade and a client, text and binary
// messages, ping/pong, and a clean close with a code and reason.
const http = require('http');
const { WebSocketServer, WebSocket } = require('ws');

const server = http.createServer((req, res) => res.end('plain http'));
// Both ends close at about the same time: report once both have.
let closes = 0;
const closed = [];
function onClosed(line) {
  closed.push(line);
  if (++closes < 2) return;
  console.log(closed.sort().join('\n'));
  wss.close();
  server.close();
}
const wss = new WebSocketServer({ server });
wss.on('connection', (socket, req) => {
  console.log('server: connection for', req.url);
  socket.on('message', (data, isBinary) => {
    if (isBinary) socket.send(Buffer.from(data).reverse());
    else socket.send(`echo:${data}`);
  });
  socket.on('close', (code, reason) => onClosed(`server: closed ${code} ${reason}`));
});

server.listen(0, '127.0.0.1', () => {
  const client = new WebSocket(`ws://127.0.0.1:${server.address().port}/chat`);
  const received = [];
  client.on('open', () => {
    client.ping('hi');
    client.send('hello');
  });
  client.on('pong', (data) => console.log('client: pong', String(data)));
  client.on('message', (data, isBinary) => {
    received.push(isBinary ? [...data] : String(data));
    if (received.length === 1) client.send(Buffer.from([1, 2, 3]));
    else client.close(1000, 'done');
  });
  client.on('close', (code, reason) => onClosed(`client: closed ${code} ${reason} ${JSON.stringify(received)}`));
});
