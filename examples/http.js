// A small JSON API served and called inside the sandbox (run with --allow-net=127.0.0.1):
// http.createServer, fetch, a gzip-compressed response, and a refused connection.
const http = require('http');
const zlib = require('zlib');

const notes = [{ id: 1, text: 'runs in WebAssembly' }];

const server = http.createServer((req, res) => {
  const send = (status, value) => {
    const body = zlib.gzipSync(JSON.stringify(value));
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': body.length });
    res.end(body);
  };
  if (req.method === 'GET' && req.url === '/notes') return send(200, notes);
  if (req.method === 'POST' && req.url === '/notes') {
    let raw = '';
    req.on('data', (chunk) => { raw += chunk; });
    req.on('end', () => {
      const note = { id: notes.length + 1, text: JSON.parse(raw).text };
      notes.push(note);
      send(201, note);
    });
    return undefined;
  }
  return send(404, { error: `no route for ${req.method} ${req.url}` });
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log('listening on', base);
  const created = await fetch(`${base}/notes`, { method: 'POST', body: JSON.stringify({ text: 'fetched over loopback' }) });
  console.log(created.status, await created.json());
  const listed = await fetch(`${base}/notes`);
  console.log(listed.status, listed.headers.get('content-encoding'), await listed.json());
  const missing = await fetch(`${base}/nowhere`);
  console.log(missing.status, await missing.json());
  server.close();
  // Only 127.0.0.1 was granted: anything else is refused before a socket exists.
  await fetch('http://example.com/').catch((err) => console.log('example.com:', err.cause.code));
});
