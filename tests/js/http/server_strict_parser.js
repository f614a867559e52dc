// nodule-flags: --allow-net=127.0.0.1
// Node's parser is llhttp in strict mode: the bytes request smuggling hides in (a bare
// CR or LF, folded or space-prefixed headers, repeated lengths, odd chunk lines) are
// refused with llhttp's code and reason, before or after the request is announced as
// llhttp does; what it accepts (HTTP/2.0 and 0.9 version numbers, latin1 values) passes.
const http = require('http');
const exchange = require('./lib/raw_exchange');

const cases = {
  'bare CR in header': 'GET / HTTP/1.1\r\nDummy: Header\rContent-Length: 1\r\n\r\n',
  'bare LF after header': 'GET / HTTP/1.1\r\nHost: localhost\r\nDummy: x\nContent-Length: 23\r\n\r\n',
  'folded header': 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n',
  'space before colon': 'GET / HTTP/1.1\r\nHost : x\r\n\r\n',
  'DEL in value': 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x7fb\r\n\r\n',
  'lower-case method': 'get / HTTP/1.1\r\nHost: x\r\n\r\n',
  'method typo': 'Oopsie-doopsie\r\n',
  'space in target': 'GET /a b HTTP/1.1\r\nHost: x\r\n\r\n',
  'same length twice': 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\na',
  'signed length': 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +1\r\n\r\na',
  'chunkedchunked': 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunkedchunked\r\n\r\n1\r\nA\r\n0\r\n\r\n',
  'chunk extension then LF': 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2;\nxx\r\n0\r\n\r\n',
  'chunk size overflow': 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffffff\r\n',
  'chunk extensions overflow': `POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2;${'A'.repeat(20000)}=b\r\nAA\r\n0\r\n\r\n`,
  'quoted chunk extension': 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2;a="b c";d=e\r\nAA\r\n0\r\nX-T: 1\r\n\r\n',
  'folded trailer': 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-T: 1\r\n 2\r\n\r\n',
  'HTTP/2.0 version': 'GET / HTTP/2.0\r\nHost: x\r\nConnection: close\r\n\r\n',
  'latin1 value': 'GET / HTTP/1.1\r\nHost: x\r\nX-A: caf\xe9\r\nConnection: close\r\n\r\n',
  'empty value': 'GET / HTTP/1.1\r\nHost: x\r\nCookie:\r\nConnection: close\r\n\r\n',
};

const server = http.createServer((req, res) => {
  const body = [];
  req.on('data', (chunk) => body.push(chunk));
  req.on('end', () => {
    console.log('  request', req.method, req.url, req.httpVersion, JSON.stringify(req.headers), JSON.stringify(Buffer.concat(body).toString('latin1')), JSON.stringify(req.trailers));
    res.end('ok');
  });
});
server.on('clientError', (err, socket) => {
  console.log('  clientError', err.code, JSON.stringify(err.reason), err.message);
  socket.destroy();
});


server.listen(0, '127.0.0.1', async () => {
  for (const [name, raw] of Object.entries(cases)) {
    console.log(name);
    console.log('  response', JSON.stringify(await exchange(server.address().port, raw)));
  }
  server.close();
});
