// nodule-flags: --allow-net=127.0.0.1
// What a request handler sees: method, url, version, headers by Node's merge rules,
// raw headers, bodies framed by length and by chunks, trailers.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    console.log(JSON.stringify({
      method: req.method, url: req.url, httpVersion: req.httpVersion, complete: req.complete,
      headers: req.headers, rawHeaders: req.rawHeaders, distinct: req.headersDistinct,
      body: Buffer.concat(chunks).toString(), trailers: req.trailers, rawTrailers: req.rawTrailers,
    }));
    res.end();
  });
});

function exchange(port, raw) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.resume();
    socket.on('end', resolve);
    socket.end(raw);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await exchange(port, 'GET /path?q=1&r=%20 HTTP/1.1\r\nHost: example\r\nConnection: close\r\n\r\n');
  await exchange(port, 'POST /form HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\nConnection: close\r\n\r\nhello world');
  await exchange(port, 'PUT /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
    '5\r\nhello\r\n1;ext=1\r\n \r\n5\r\nworld\r\n0\r\nX-Trailer: yes\r\n\r\n');
  await exchange(port, 'GET / HTTP/1.1\r\nHost: x\r\nCookie: a=1\r\ncookie: b=2\r\nX-A: 1\r\nx-a: 2\r\nSet-Cookie: 1\r\n' +
    'Set-Cookie: 2\r\nContent-Type: a\r\nContent-Type: b\r\nConnection: close\r\n\r\n');
  await exchange(port, 'DELETE /x HTTP/1.0\r\nHost: x\r\n\r\n');
  server.close();
});
