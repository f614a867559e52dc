// nodule-flags: --allow-net=127.0.0.1
// http-proxy in front of an Express app that gzips with compression: the proxied
// request keeps its path and gains X-Forwarded-For; the body arrives compressed.
const http = require('http');
const httpProxy = require('http-proxy');
const compression = require('compression');
const express = require('express');

const app = express();
app.use(compression({ threshold: 0 }));
app.get('/data', (req, res) => res.json({ big: 'x'.repeat(2000), path: req.url, forwardedFor: req.headers['x-forwarded-for'] }));
const backend = app.listen(0, '127.0.0.1', () => {
  const proxy = httpProxy.createProxyServer({ target: `http://127.0.0.1:${backend.address().port}`, xfwd: true });
  const front = http.createServer((req, res) => proxy.web(req, res)).listen(0, '127.0.0.1', async () => {
    const res = await fetch(`http://127.0.0.1:${front.address().port}/data?q=1`);
    const body = await res.json();
    console.log(res.status, res.headers.get('content-encoding'), res.headers.get('vary'), body.big.length, body.path, body.forwardedFor);
    front.close();
    backend.close();
    proxy.close();
  });
});
