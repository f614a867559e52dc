// nodule-flags: --allow-net=127.0.0.1
// The server's parser reads a connection's bytes itself until a program listens for
// them: a 'data' listener on the socket sees every byte from then on and the server
// still parses them; a request nobody reads still ends, and an upgraded socket's bytes
// reach whoever reads them. Also what an untouched request reports after its response.
const http = require('http');
const net = require('net');

function exchange(port, payload) {
  return new Promise((resolve) => {
    const client = net.connect(port, '127.0.0.1', () => client.end(payload));
    let text = '';
    client.setEncoding('latin1');
    client.on('data', (chunk) => (text += chunk));
    client.on('close', () => resolve(text.replace(/Date: [^\r]*\r\n/g, '')));
  });
}

async function socketListener() {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => res.end(`${req.method} ${req.url} body=${body}`));
    // After the first request has been parsed, a program starts listening.
    if (req.url === '/one') res.on('finish', () => req.socket.on('data', (chunk) => (seen += chunk.toString('latin1'))));
  });
  let seen = '';
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address();
  const client = net.connect(port, '127.0.0.1');
  let text = '';
  client.setEncoding('latin1');
  client.on('data', (chunk) => {
    text += chunk;
    if (text.endsWith('body=abc')) client.end('GET /two HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  client.write('POST /one HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc');
  await new Promise((resolve) => client.on('close', resolve));
  console.log('responses:', JSON.stringify(text.replace(/Date: [^\r]*\r\n/g, '')));
  console.log('the listener saw:', JSON.stringify(seen));
  server.close();
}

async function untouchedRequest() {
  let request;
  const server = http.createServer((req, res) => {
    request = req;
    res.end('ok');
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  await exchange(server.address().port, 'GET /untouched HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  await new Promise((resolve) => setTimeout(resolve, 20));
  console.log('untouched request:', {
    complete: request.complete,
    readable: request.readable,
    readableEnded: request.readableEnded,
    destroyed: request.destroyed,
    readableLength: request.readableLength,
  });
  let ended = false;
  request.on('end', () => (ended = true));
  request.resume();
  await new Promise((resolve) => setTimeout(resolve, 20));
  console.log('a late listener for end:', ended, request.readableEnded);
  server.close();
}

async function lateBodyRead() {
  const server = http.createServer((req, res) => {
    // The body is read only after the handler returned and the body arrived.
    setImmediate(() => {
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', () => res.end(`late body=${Buffer.concat(chunks)} complete=${req.complete}`));
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const client = net.connect(server.address().port, '127.0.0.1');
  let text = '';
  client.setEncoding('latin1');
  client.on('data', (chunk) => (text += chunk));
  client.write('PUT /late HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello');
  await new Promise((resolve) => client.on('close', resolve));
  console.log('late read:', JSON.stringify(text.replace(/Date: [^\r]*\r\n/g, '')));
  server.close();
}

async function upgrade() {
  const server = http.createServer();
  server.on('upgrade', (req, socket, head) => {
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nhead=${head}|`);
    socket.on('data', (chunk) => socket.write(`echo=${chunk}|`));
    socket.on('end', () => socket.end());
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const client = net.connect(server.address().port, '127.0.0.1');
  let text = '';
  client.setEncoding('latin1');
  client.on('data', (chunk) => {
    text += chunk;
    if (text.endsWith('head=first|')) client.end('second');
  });
  client.write('GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nfirst');
  await new Promise((resolve) => client.on('close', resolve));
  console.log('upgrade:', JSON.stringify(text));
  server.close();
}

(async () => {
  await socketListener();
  await untouchedRequest();
  await lateBodyRead();
  await upgrade();
})();
