// nodule-flags: --allow-net=127.0.0.1
// strictContentLength: a chunk that would pass the stated Content-Length, or a last chunk
// that leaves it short, is refused before anything of it is written, and the response
// can still be finished correctly; without a stated length nothing is checked.
const http = require('http');

const attempt = (label, f) => {
  try {
    f();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.code, err.message);
  }
};

const server = http.createServer((req, res) => {
  res.strictContentLength = true;
  if (req.url === '/more') {
    res.setHeader('Content-Length', 5);
    attempt('write 5', () => res.write('hello'));
    attempt('write 1 more', () => res.write('a'));
    attempt('end', () => res.end());
  } else if (req.url === '/fewer') {
    res.setHeader('Content-Length', 5);
    attempt('write 1', () => res.write('a'));
    attempt('end with 3', () => res.end('aaa'));
    attempt('end with 4', () => res.end('aaaa'));
  } else {
    attempt('write without a length', () => res.write('helloaa'));
    attempt('end', () => res.end('ending'));
  }
});

server.listen(0, '127.0.0.1', async () => {
  for (const path of ['/more', '/fewer', '/none']) {
    const body = await new Promise((resolve) => {
      http.get({ host: '127.0.0.1', port: server.address().port, path }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve(`${res.statusCode} ${res.headers['content-length'] ?? 'chunked'} ${text}`));
      });
    });
    console.log(path, body);
  }
  server.close();
});
