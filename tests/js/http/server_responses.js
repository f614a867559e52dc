// nodule-flags: --allow-net=127.0.0.1
// What the server writes for each way of answering, byte for byte (Date masked).
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/end': res.end('hello'); break;
    case '/chunks': res.write('x'); res.end('y'); break;
    case '/writeHead': res.writeHead(404, { 'X-Foo': 'bar' }); res.end(); break;
    case '/length': res.setHeader('Content-Length', 3); res.end('abc'); break;
    case '/no-content': res.statusCode = 204; res.end(); break;
    case '/set-then-write': res.setHeader('X-A', '1'); res.writeHead(201, 'Made', { 'x-a': '2', 'X-B': ['3', '4'] }); res.end('ok'); break;
    case '/trailers': res.setHeader('Trailer', 'X-Sum'); res.write('data'); res.addTrailers({ 'X-Sum': '42' }); res.end(); break;
    case '/head': res.end('body of head'); break;
    case '/remove': res.removeHeader('Date'); res.setHeader('Connection', 'close'); res.end('closing'); break;
    case '/buffer': res.end(Buffer.from([0x68, 0x69])); break;
    default: res.writeHead(500); res.end();
  }
});

function exchange(port, raw) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let out = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { out += d; });
    socket.on('end', () => resolve(out));
    socket.end(raw);
  });
}

const mask = (text) => text.replace(/Date: [^\r]*\r\n/g, 'Date: <date>\r\n');

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const path of ['/end', '/chunks', '/writeHead', '/length', '/no-content', '/set-then-write', '/trailers', '/remove', '/buffer']) {
    console.log(path, JSON.stringify(mask(await exchange(port, `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`))));
  }
  console.log('HEAD', JSON.stringify(mask(await exchange(port, 'HEAD /head HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'))));
  console.log('1.0', JSON.stringify(mask(await exchange(port, 'GET /end HTTP/1.0\r\n\r\n'))));
  console.log('1.0 keep-alive', JSON.stringify(mask(await exchange(port, 'GET /length HTTP/1.0\r\nConnection: keep-alive\r\n\r\n'))));
  server.close(() => console.log('closed'));
});
