// nodule-flags: --allow-net
// http.request/http.get against a local server: options and URL forms, methods,
// headers (object and array form), auth, Host, bodies framed by length and chunked.
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    const h = req.headers;
    const seen = {
      method: req.method, url: req.url, host: h.host.replace(/:\d+$/, ':PORT'), te: h['transfer-encoding'],
      length: h['content-length'], connection: h.connection, auth: h.authorization, x: h['x-thing'], body,
    };
    if (req.url === '/chunked') {
      res.write('first,');
      res.write('second,');
      res.end('third');
      return;
    }
    if (req.url === '/head') {
      res.setHeader('Content-Length', 99);
      res.end();
      return;
    }
    if (req.url === '/empty') {
      res.writeHead(204);
      res.end();
      return;
    }
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('X-Multi', ['a', 'b']);
    res.setHeader('Set-Cookie', ['c=1', 'd=2']);
    res.end(JSON.stringify(seen));
  });
});

function fetchText(makeRequest) {
  return new Promise((resolve, reject) => {
    const req = makeRequest((res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve({ res, text }));
    });
    req.on('error', reject);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const base = `http://127.0.0.1:${port}`;

  let { res, text } = await fetchText((cb) => http.get(`${base}/a/b?c=d`, cb));
  console.log('get string url', res.statusCode, res.statusMessage, res.httpVersion, text);
  console.log('headers', res.headers['content-type'], res.headers['x-multi'], res.headers['set-cookie']);
  console.log('raw names', res.rawHeaders.filter((_, i) => i % 2 === 0).filter((n) => n !== 'Date' && n !== 'Keep-Alive'));

  ({ res, text } = await fetchText((cb) => http.get(new URL(`${base}/url-object`), { headers: { 'X-Thing': 'yes' } }, cb)));
  console.log('get URL + options', text);

  ({ text } = await fetchText((cb) => http.get({ host: '127.0.0.1', port, path: '/opts', auth: 'user:pa ss', agent: false }, cb)));
  console.log('options + auth + agent false', text);

  ({ text } = await fetchText((cb) => http.get(`http://u%40x:p%3Ay@127.0.0.1:${port}/userinfo`, cb)));
  console.log('url userinfo', JSON.parse(text).auth, Buffer.from(JSON.parse(text).auth.slice(6), 'base64').toString());

  ({ text } = await fetchText((cb) => {
    const req = http.request({ hostname: '127.0.0.1', port, method: 'post', path: '/len' }, cb);
    req.end('hello body');
    return req;
  }));
  console.log('post with end(data)', text);

  ({ text } = await fetchText((cb) => {
    const req = http.request({ hostname: '127.0.0.1', port, method: 'PUT', path: '/chunks' }, cb);
    req.write('one ');
    req.write(Buffer.from('two '));
    req.end('three');
    return req;
  }));
  console.log('put chunked', text);

  ({ text } = await fetchText((cb) => {
    const req = http.request({ hostname: '127.0.0.1', port, method: 'POST', path: '/array',
      headers: ['Host', 'example.test', 'X-Thing', 'first', 'Content-Length', '2'] }, cb);
    console.log('array headers getHeader', req.getHeader('x-thing'), req.getRawHeaderNames());
    req.end('ok');
    return req;
  }));
  console.log('array headers', text);

  ({ text } = await fetchText((cb) => http.get({ port, host: '127.0.0.1', path: '/nohost', setHost: false,
    headers: { host: 'manual' } }, cb)));
  console.log('setHost false', JSON.parse(text).host);

  ({ res, text } = await fetchText((cb) => http.get(`${base}/chunked`, cb)));
  console.log('chunked response', res.headers['transfer-encoding'], text);

  ({ res, text } = await fetchText((cb) => http.request(`${base}/head`, { method: 'HEAD' }, cb).end()));
  console.log('HEAD', res.statusCode, res.headers['content-length'], JSON.stringify(text));

  ({ res, text } = await fetchText((cb) => http.get(`${base}/empty`, cb)));
  console.log('204', res.statusCode, JSON.stringify(text), res.complete);

  const req = http.request({ host: '127.0.0.1', port, headers: { 'X-A': '1', 'x-b': ['2', '3'] } });
  req.setHeader('X-C', 'c');
  console.log('request fields', req.method, req.path, req.host, req.protocol, req.getHeaderNames(), req.getRawHeaderNames(),
    req.getHeader('x-b'), req.hasHeader('X-A'), req.reusedSocket, req.maxHeadersCount, req.headersSent);
  req.removeHeader('x-a');
  await new Promise((resolve) => req.on('response', (r) => r.resume().on('end', resolve)).end());
  console.log('sent', req.headersSent, req.finished, req.writableEnded);
  server.close(() => console.log('closed'));
});
