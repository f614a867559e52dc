// nodule-flags: --allow-net=127.0.0.1
// An Express app: routing with params and queries, JSON bodies, static files, errors.
const path = require('path');
const net = require('net');
const express = require('express');

const app = express();
app.use(express.json());
app.get('/', (req, res) => res.send('home'));
app.get('/users/:id', (req, res) => res.json({ id: req.params.id, query: req.query }));
app.post('/echo', (req, res) => res.status(201).json({ received: req.body, type: req.get('content-type') }));
app.get('/fail', () => { throw new Error('handler failed'); });
app.get('/redirect', (req, res) => res.redirect('/users/7'));
app.use('/static', express.static(path.join(__dirname, 'static')));
app.use((req, res) => res.status(404).type('text').send(`no route for ${req.method} ${req.path}`));
// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => res.status(err.status || 500).json({ error: err.type || err.message }));

/** Sends a raw request; returns the status line, the headers that do not vary per run, and the body. */
function request(port, method, target, { headers = {}, body = '' } = {}) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let raw = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { raw += d; });
    socket.on('end', () => {
      const [head, ...rest] = raw.split('\r\n\r\n');
      const [status, ...lines] = head.split('\r\n');
      const kept = lines.filter((line) => /^(content-type|content-length|location|x-powered-by):/i.test(line));
      resolve(`${status}\n  ${kept.join('\n  ')}\n  body: ${JSON.stringify(rest.join('\r\n\r\n'))}`);
    });
    const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
    // A real client keeps its side open until the response; Node's server answers a
    // half-closed connection only with what it already sent.
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n${extra}` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const json = { 'Content-Type': 'application/json' };
  for (const [method, target, options] of [
    ['GET', '/'],
    ['GET', '/users/42?sort=asc&tags[]=a&tags[]=b'],
    ['POST', '/echo', { headers: json, body: JSON.stringify({ name: 'nodule', list: [1, 2] }) }],
    ['POST', '/echo', { headers: json, body: '{"broken": ' }],
    ['GET', '/fail'],
    ['GET', '/redirect'],
    ['GET', '/static/hello.txt'],
    ['GET', '/static/'],
    ['HEAD', '/static/hello.txt'],
    ['GET', '/static/../package.json'],
    ['DELETE', '/nowhere'],
  ]) {
    console.log(method, target);
    console.log(await request(port, method, target, options));
  }
  server.close();
});
