// nodule-flags: --allow-net=127.0.0.1
// fetch asks for compressed bodies and decodes gzip, deflate and brotli, as undici does;
// the headers it sends by default.
const http = require('http');
const zlib = require('zlib');

const text = 'compressed '.repeat(200);
const server = http.createServer((req, res) => {
  if (req.url === '/headers') {
    res.end(JSON.stringify(req.headers));
    return;
  }
  const coding = req.url.slice(1);
  const encode = { gzip: zlib.gzipSync, deflate: zlib.deflateSync, br: zlib.brotliCompressSync, identity: Buffer.from }[coding];
  res.writeHead(200, coding === 'identity' ? {} : { 'Content-Encoding': coding });
  res.end(encode(text));
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const headers = await (await fetch(`${base}/headers`)).json();
  delete headers.host;
  console.log(headers);
  for (const coding of ['gzip', 'deflate', 'br', 'identity']) {
    const res = await fetch(`${base}/${coding}`);
    const body = await res.text();
    console.log(coding, res.headers.get('content-encoding'), body.length, body === text);
  }
  server.close();
});
