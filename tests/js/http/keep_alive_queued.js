// nodule-flags: --allow-net=127.0.0.1
// A keep-alive socket whose response body filled the reader in one piece (the socket
// paused for backpressure) reads on once the response is complete: the request waiting
// for it (maxSockets 1, made from the previous response's 'end') gets its response.
// npm's registry client makes its requests this way.
const http = require('http');

const server = http.createServer((req, res) => res.end(`${req.url} ${'x'.repeat(30000)}`));
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (path) =>
    new Promise((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: server.address().port, path, agent }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve(`${res.statusCode} ${body.slice(0, body.indexOf(' '))} ${body.length}`));
      });
      req.on('error', reject);
    });
  (async () => {
    // One after the other, each asked for as the previous one ends.
    for (const path of ['/a', '/b', '/c']) console.log(await get(path));
    // All at once: they wait in the agent's queue for the one socket.
    console.log(await Promise.all(['/d', '/e', '/f'].map(get)));
    // A slow reader: the body is read well after the socket paused.
    const slow = await new Promise((resolve) => {
      http.get({ host: '127.0.0.1', port: server.address().port, path: '/slow', agent }, (res) => {
        setTimeout(() => {
          let length = 0;
          res.on('data', (chunk) => {
            length += chunk.length;
          });
          res.on('end', () => resolve(length));
        }, 50);
      });
    });
    console.log('slow', slow, await get('/after-slow'));
    agent.destroy();
    server.close();
  })();
});
