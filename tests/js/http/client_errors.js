// nodule-flags: --allow-net
// How client requests fail: refused connections, servers that hang up before or
// during a response, timeouts, abort()/destroy(), AbortSignal, malformed responses
// and invalid arguments; with the events in Node's order.
const http = require('http');
const net = require('net');

function describe(err) {
  return `${err.name} ${err.code} ${err.message.replace(/\d+\.\d+\.\d+\.\d+:\d+/, 'ADDR')}`;
}

function watch(label, req) {
  return new Promise((resolve) => {
    for (const event of ['socket', 'abort', 'timeout', 'finish']) req.on(event, () => console.log(label, event));
    req.on('error', (err) => console.log(label, 'error', describe(err)));
    req.on('response', (res) => {
      console.log(label, 'response', res.statusCode);
      res.on('aborted', () => console.log(label, 'res aborted'));
      res.on('error', (err) => console.log(label, 'res error', describe(err)));
      res.on('data', () => {});
      res.on('end', () => console.log(label, 'res end'));
      res.on('close', () => console.log(label, 'res close'));
    });
    req.on('close', () => {
      console.log(label, 'close');
      setTimeout(resolve, 10);
    });
  });
}

const raw = net.createServer((socket) => {
  socket.once('data', (data) => {
    const path = data.toString().split(' ')[1];
    if (path === '/hangup') socket.destroy();
    else if (path === '/partial') socket.end('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc');
    else if (path === '/garbage') socket.end('NOT HTTP AT ALL\r\n\r\n');
    else if (path === '/until-close') socket.end('HTTP/1.1 200 OK\r\n\r\nbody until close');
    else if (path === '/silent') socket.on('data', () => {});
  });
});

raw.listen(0, '127.0.0.1', async () => {
  const { port } = raw.address();
  const closed = net.createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = closed.address().port;
  await new Promise((resolve) => closed.close(resolve));

  await watch('refused', http.get({ host: '127.0.0.1', port: closedPort }));
  await watch('hangup', http.get({ host: '127.0.0.1', port, path: '/hangup' }));
  await watch('partial', http.get({ host: '127.0.0.1', port, path: '/partial' }));
  await watch('garbage', http.get({ host: '127.0.0.1', port, path: '/garbage' }));
  await watch('until-close', http.get({ host: '127.0.0.1', port, path: '/until-close' }));

  const timed = http.get({ host: '127.0.0.1', port, path: '/silent', timeout: 30 });
  timed.on('timeout', () => timed.destroy());
  await watch('timeout', timed);

  const later = http.get({ host: '127.0.0.1', port, path: '/silent' });
  later.setTimeout(30, () => later.abort());
  await watch('setTimeout+abort', later);

  const aborted = http.get({ host: '127.0.0.1', port, path: '/silent' });
  aborted.abort();
  await watch('abort early', aborted);
  console.log('aborted flags', aborted.aborted, aborted.destroyed);

  const destroyed = http.get({ host: '127.0.0.1', port, path: '/silent' });
  destroyed.on('socket', (socket) => socket.on('connect', () => destroyed.destroy(new Error('mine'))));
  await watch('destroy(err)', destroyed);

  const controller = new AbortController();
  const signalled = http.get({ host: '127.0.0.1', port, path: '/silent', signal: controller.signal });
  signalled.on('socket', (socket) => socket.on('connect', () => controller.abort()));
  await watch('signal', signalled);

  const invalid = [
    () => http.get('https://127.0.0.1/'),
    () => http.get('ftp://127.0.0.1/'),
    () => http.get({ port, path: '/a b' }),
    () => http.get({ port, method: 'BAD METHOD' }),
    () => http.get({ port, method: 42 }),
    () => http.get({ port, host: 42 }),
    () => http.get({ port, timeout: 'soon' }),
    () => http.get({ port, headers: { 'bad name': 1 } }),
    () => http.get({ port, headers: { good: 'bad\nvalue' } }),
    () => http.get('not a url'),
  ];
  for (const make of invalid) {
    try {
      make();
    } catch (err) {
      console.log('throws', describe(err));
    }
  }
  raw.close(() => console.log('closed'));
});
