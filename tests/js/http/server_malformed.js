// nodule-flags: --allow-net=127.0.0.1
// Malformed and hostile requests get Node's status line and a closed connection,
// and 'clientError' sees Node's parse error codes; the server keeps serving.
const http = require('http');
const exchange = require('./lib/raw_exchange');

const server = http.createServer((req, res) => res.end('fine'));


const cases = {
  'bad request line': 'BAD\r\n\r\n',
  'unknown method': 'FETCH / HTTP/1.1\r\nHost: x\r\n\r\n',
  'bad version': 'GET / HTTP/9.1\r\nHost: x\r\n\r\n',
  'space in header name': 'GET / HTTP/1.1\r\nHo st: x\r\n\r\n',
  'control char in value': 'GET / HTTP/1.1\r\nHost: x\r\nX: a\x01b\r\n\r\n',
  'length and chunked': 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  'two lengths': 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
  'bad length': 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1x\r\n\r\na',
  'te not chunked last': 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n',
  'bad chunk size': 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
  'oversized head': `GET / HTTP/1.1\r\nHost: x\r\nX: ${'a'.repeat(20000)}\r\n\r\n`,
};

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const [name, raw] of Object.entries(cases)) console.log(name, JSON.stringify(await exchange(port, raw)));
  server.on('clientError', (err, socket) => {
    console.log('clientError', err.code, err.message, err instanceof Error);
    socket.end('HTTP/1.1 400 Custom\r\n\r\n');
  });
  console.log('custom', JSON.stringify(await exchange(port, 'GET / HTTP/1.1\r\nHo st: x\r\n\r\n')));
  console.log('still serving', JSON.stringify(await exchange(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')));
  server.close();
});
