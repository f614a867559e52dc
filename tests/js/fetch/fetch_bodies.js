// nodule-flags: --allow-net
// fetch against a local server: GET and POST with every kind of request body, the
// Content-Type and Content-Length each implies, response bodies read each way,
// response headers, HEAD and 204.
const http = require('http');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    if (req.url === '/json') {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ ok: true, list: [1, 2] }));
      return;
    }
    if (req.url === '/chunked') {
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      res.setHeader('X-Multi', ['x', 'y']);
      res.write('part one, ');
      setTimeout(() => res.end('part two'), 5);
      return;
    }
    if (req.url === '/empty') {
      res.writeHead(204, 'Nothing Here');
      res.end();
      return;
    }
    const type = (req.headers['content-type'] ?? '').replace(/boundary=.*/, 'boundary=BOUNDARY');
    const text = body.toString('latin1').replace(/----formdata-undici-0\d+/g, 'BOUNDARY');
    res.writeHead(201, 'Made', { 'Content-Type': 'text/plain', 'X-Echo-Method': req.method });
    res.end(`${req.method} ${req.url} type=${type} length=${req.headers['content-length']} te=${req.headers['transfer-encoding']} ` +
      `accept=${req.headers.accept} custom=${req.headers['x-custom']} body=${JSON.stringify(text)}`);
  });
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;

  let res = await fetch(`${base}/plain?q=1`);
  console.log(res.status, res.statusText, res.ok, res.type, res.redirected, res.url === `${base}/plain?q=1`);
  console.log(res.headers.get('content-type'), res.headers.get('x-echo-method'), await res.text(), res.bodyUsed);

  const form = new FormData();
  form.append('field', 'value');
  form.append('file', new Blob(['file contents'], { type: 'text/plain' }), 'notes.txt');
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('streamed '));
      controller.enqueue(new TextEncoder().encode('body'));
      controller.close();
    },
  });
  const bodies = [
    ['string', 'hello'],
    ['Buffer', Buffer.from('buffer bytes')],
    ['ArrayBuffer', new TextEncoder().encode('array buffer').buffer],
    ['Uint16Array', new Uint16Array([0x6968, 0x0021])],
    ['DataView', new DataView(new TextEncoder().encode('viewed!').buffer, 2, 3)],
    ['URLSearchParams', new URLSearchParams({ a: '1', b: 'two words' })],
    ['Blob', new Blob(['blob body'], { type: 'application/x-blob' })],
    ['FormData', form],
    ['ReadableStream', stream],
  ];
  for (const [kind, body] of bodies) {
    const init = { method: 'POST', body, headers: { 'X-Custom': kind } };
    if (kind === 'ReadableStream') init.duplex = 'half';
    res = await fetch(`${base}/post`, init);
    console.log(kind, res.status, await res.text());
  }

  res = await fetch(new Request(`${base}/put`, { method: 'put', body: 'from a Request', headers: [['Accept', 'text/plain']] }));
  console.log(await res.text());

  res = await fetch(`${base}/json`);
  console.log('json', await res.json());
  res = await fetch(`${base}/json`);
  const buffer = await res.arrayBuffer();
  console.log('arrayBuffer', buffer instanceof ArrayBuffer, buffer.byteLength);
  res = await fetch(`${base}/json`);
  const blob = await res.blob();
  console.log('blob', blob.type, blob.size, await blob.text());

  res = await fetch(`${base}/chunked`);
  console.log('set-cookie', res.headers.getSetCookie(), res.headers.get('set-cookie'), res.headers.get('x-multi'));
  const reader = res.body.getReader();
  let streamed = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    streamed += new TextDecoder().decode(value);
  }
  console.log('streamed', streamed, res.bodyUsed);

  res = await fetch(`${base}/head`, { method: 'HEAD' });
  console.log('HEAD', res.status, res.body, await res.text());
  res = await fetch(`${base}/empty`);
  console.log('204', res.status, res.statusText, res.body);

  res = await fetch(`${base}/json`);
  await res.text();
  try {
    await res.text();
  } catch (err) {
    console.log('second read', err.name, err.message);
  }
  server.close(() => console.log('closed'));
});
