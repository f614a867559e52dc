// nodule-flags: --allow-net=127.0.0.1
// fetch over https reaches the server through TLS and, trusting only the default
// roots, refuses its self-signed certificate.
const https = require('https');
const fs = require('fs');
const path = require('path');

const key = fs.readFileSync(path.join(__dirname, 'key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'cert.pem'));
const server = https.createServer({ key, cert }, (req, res) => res.end('unreachable'));
server.listen(0, '127.0.0.1', async () => {
  try {
    await fetch(`https://127.0.0.1:${server.address().port}/`);
  } catch (err) {
    console.log(err.name, err.message, err.cause.code, err.cause.message);
  }
  server.close(() => console.log('server closed'));
});
