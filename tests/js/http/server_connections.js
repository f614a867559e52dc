// nodule-flags: --allow-net=127.0.0.1
// Connection handling: keep-alive reuse, pipelined requests answered in order,
// 100-continue, Expect failures, the Host requirement and upgrades.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  if (req.url === '/slow') setTimeout(() => res.end('slow'), 20);
  else req.on('end', () => res.end(`${req.method} ${req.url} ${Buffer.byteLength(req.url)}`)).resume();
});
server.on('upgrade', (req, socket, head) => {
  console.log('upgrade', req.headers.upgrade, JSON.stringify(head.toString()));
  socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nupgraded');
});

const mask = (text) => text.replace(/Date: [^\r]*\r\n/g, '');

function exchange(port, parts) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let out = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { out += d; });
    socket.on('end', () => resolve(mask(out)));
    for (const part of parts) socket.write(part);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  console.log(JSON.stringify(await exchange(port, [
    'GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /second HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /third HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  ])));
  console.log(JSON.stringify(await exchange(port, [
    'POST /continue HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\n', 'ok',
  ])));
  console.log(JSON.stringify(await exchange(port, ['GET /expect HTTP/1.1\r\nHost: x\r\nExpect: something\r\n\r\n'])));
  console.log(JSON.stringify(await exchange(port, ['GET /nohost HTTP/1.1\r\n\r\n'])));
  console.log(JSON.stringify(await exchange(port, [
    'GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nearly',
  ])));
  server.close(() => console.log('closed'));
});
