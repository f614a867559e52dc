// nodule-flags: --allow-net
// Client protocol features: Expect: 100-continue ('continue'), 1xx 'information',
// Upgrade and CONNECT handing over the socket, maxHeadersCount, trailers,
// socket options before connect, and the request/response event order.
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/early-hints') {
    res.writeEarlyHints({ link: '</style.css>; rel=preload' });
    res.writeProcessing();
    res.end('after hints');
    return;
  }
  if (req.url === '/many-headers') {
    for (let i = 0; i < 5; i++) res.setHeader(`X-H${i}`, String(i));
    res.end();
    return;
  }
  if (req.url === '/trailers') {
    res.setHeader('Trailer', 'X-Sum');
    res.write('data');
    res.addTrailers({ 'X-Sum': '42' });
    res.end();
    return;
  }
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`got ${body}`));
});
server.on('upgrade', (req, socket, head) => {
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nhello from upgraded');
  socket.on('data', (d) => socket.end(`echo:${d}`));
  socket.resume();
});
server.on('connect', (req, socket) => {
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
  socket.on('data', (d) => socket.end(`tunnel:${d}`));
  socket.resume();
});

function collect(stream) {
  return new Promise((resolve) => {
    let text = '';
    stream.setEncoding('utf8');
    stream.on('data', (d) => { text += d; });
    stream.on('end', () => resolve(text));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const opts = { host: '127.0.0.1', port };

  await new Promise((resolve) => {
    const req = http.request({ ...opts, method: 'POST', path: '/continue', headers: { Expect: '100-continue' } });
    console.log('expect: head rendered', req.headersSent, req._header.split('\r\n')[0]);
    req.on('continue', () => {
      console.log('continue');
      req.end('the body');
    });
    req.on('response', async (res) => {
      console.log('response', res.statusCode, await collect(res));
      resolve();
    });
  });

  await new Promise((resolve) => {
    const req = http.get({ ...opts, path: '/early-hints' });
    req.on('information', (info) => console.log('information', info.statusCode, info.statusMessage, info.httpVersion,
      info.headers.link, Object.keys(info)));
    req.on('response', async (res) => {
      console.log('final', res.statusCode, await collect(res));
      resolve();
    });
  });

  await new Promise((resolve) => {
    const req = http.get({ ...opts, path: '/many-headers' });
    req.maxHeadersCount = 3;
    req.on('response', (res) => {
      console.log('maxHeadersCount', res.rawHeaders.length / 2, Object.keys(res.headers));
      res.resume().on('end', resolve);
    });
  });

  await new Promise((resolve) => {
    http.get({ ...opts, path: '/trailers' }, async (res) => {
      console.log('trailers', await collect(res), res.trailers, res.rawTrailers);
      resolve();
    });
  });

  await new Promise((resolve) => {
    const req = http.request({ ...opts, agent: false, headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
    req.on('upgrade', (res, socket, head) => {
      console.log('upgrade', res.statusCode, res.headers.upgrade, head.toString());
      socket.end('ping');
      collect(socket).then((text) => {
        console.log('upgraded socket', text);
        resolve();
      });
    });
    req.on('close', () => console.log('upgrade request close'));
    req.end();
  });

  await new Promise((resolve) => {
    const req = http.request({ ...opts, agent: false, method: 'CONNECT', path: 'example.test:443' });
    req.on('connect', (res, socket, head) => {
      console.log('connect', res.statusCode, res.statusMessage, head.length);
      socket.end('knock');
      collect(socket).then((text) => {
        console.log('tunnel', text);
        resolve();
      });
    });
    req.end();
  });

  await new Promise((resolve) => {
    const req = http.get({ ...opts, path: '/order' });
    req.setNoDelay(true);
    req.setSocketKeepAlive(true, 1000);
    const events = [];
    for (const e of ['socket', 'prefinish', 'finish', 'response', 'close']) req.on(e, () => events.push(`req ${e}`));
    req.on('response', (res) => {
      for (const e of ['end', 'close']) res.on(e, () => events.push(`res ${e}`));
      res.resume();
    });
    req.on('close', () => setImmediate(() => {
      console.log(events.join(', '));
      resolve();
    }));
  });

  server.close(() => console.log('closed'));
});
