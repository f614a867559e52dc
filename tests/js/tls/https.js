// nodule-flags: --allow-net=127.0.0.1
// An https server and client over loopback: trusting the server's certificate with
// `ca`, skipping the check with rejectUnauthorized: false, and refusing it by default.
const https = require('https');
const fs = require('fs');
const path = require('path');

const key = fs.readFileSync(path.join(__dirname, 'key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'cert.pem'));

const server = https.createServer({ key, cert }, (req, res) => {
  res.setHeader('content-type', 'text/plain');
  res.end(`${req.method} ${req.url} over ${req.socket.encrypted ? 'tls' : 'tcp'} ${req.socket.alpnProtocol}`);
});

function get(label, options) {
  return new Promise((resolve) => {
    https.get({ host: '127.0.0.1', port: server.address().port, ...options }, (res) => {
      const { authorized } = res.socket;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => {
        console.log(label, res.statusCode, res.headers['content-type'], body, 'authorized', authorized);
        resolve();
      });
    }).on('error', (err) => {
      console.log(label, 'error:', err.code, err.message);
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await get('trusted', { path: '/a?b=1', ca: cert, servername: 'localhost' });
  await get('unverified', { path: '/unverified', rejectUnauthorized: false });
  await get('default roots', { path: '/refused' });
  await new Promise((resolve) => {
    const req = https.request({ host: '127.0.0.1', servername: 'localhost', port: server.address().port, method: 'POST',
      path: '/post', ca: cert, agent: false }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk) => console.log('post', res.statusCode, chunk));
      res.on('end', resolve);
    });
    req.end('body');
  });
  server.close(() => console.log('server closed'));
});
