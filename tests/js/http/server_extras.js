// nodule-flags: --allow-net=127.0.0.1
// ServerResponse.writeEarlyHints' checks, OutgoingMessage.prototype.write on any object,
// http.setMaxIdleHTTPParsers' checks, and `await using` of servers (Symbol.asyncDispose).
const http = require('http');
const net = require('net');

for (const value of [Symbol('s'), {}, '1', null, -1, 0, 1.5, 1]) {
  try {
    http.setMaxIdleHTTPParsers(value);
    console.log('setMaxIdleHTTPParsers accepted', value);
  } catch (err) {
    console.log('setMaxIdleHTTPParsers', err.code);
  }
}

for (const chunk of [undefined, 1, null]) {
  try {
    http.OutgoingMessage.prototype.write.call({ _header: 'test', _hasBody: true }, chunk);
  } catch (err) {
    console.log('write', err.code, err.message);
  }
}

const server = http.createServer((req, res) => {
  for (const hints of ['bad', { link: '</>; ' }, { link: 'rel=preload; </a.js>' }, { link: ['</a.css>; rel=preload', 'x'] }]) {
    try {
      res.writeEarlyHints(hints);
    } catch (err) {
      console.log('writeEarlyHints', err.code, err.message);
    }
  }
  res.writeEarlyHints({ link: ['</a.css>; rel=preload; as=style', '</b.js>; rel="preload"'], 'x-extra': 'yes' });
  res.end('done');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1' });
  req.on('information', (info) => console.log('information', info.statusCode, info.headers));
  req.on('response', (res) => {
    res.setEncoding('utf8');
    res.on('data', (data) => console.log('body', data));
    res.on('end', async () => {
      server.on('close', () => console.log('http server closed'));
      await server[Symbol.asyncDispose]();
      console.log('disposed, listening:', server.listening);
      await server[Symbol.asyncDispose]().catch((err) => console.log('again:', err.code));
      const plain = net.createServer();
      await plain[Symbol.asyncDispose]();
      console.log('a net server never listening disposes quietly');
    });
  });
});
