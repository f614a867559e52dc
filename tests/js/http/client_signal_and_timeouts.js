// nodule-flags: --allow-net=127.0.0.1
// A request whose signal is already aborted fails with an AbortError at once; a too long
// request timeout is cut with its warning while setTimeout runs; the response's own
// timeout listener joins the socket only once a response has begun; res.closed.
const http = require('http');

process.on('warning', (warning) => console.log('warning', warning.name, warning.message.split('\n')[0], warning.stack.includes(__filename)));

const server = http.createServer((req, res) => {
  console.log('server closed before', res.closed);
  res.on('close', () => console.log('server closed after', res.closed));
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const controller = new AbortController();
  controller.abort('stop');
  const aborted = http.get({ port, host: '127.0.0.1', signal: controller.signal });
  console.log('aborted at once', aborted.destroyed);
  aborted.on('error', (err) => console.log('aborted request', err.name, err.code, err.cause));

  const req = http.request({ port, host: '127.0.0.1', timeout: 5000 });
  req.setTimeout(2 ** 40);
  console.log('after setTimeout');
  req.on('socket', (socket) => {
    socket.on('connect', () => console.log('timeout listeners before the response', socket.listenerCount('timeout')));
  });
  req.on('response', (res) => {
    console.log('timeout listeners with a response', req.socket.listenerCount('timeout'));
    res.resume();
    res.on('end', () => server.close());
  });
  req.end();
});
