// nodule-flags: --allow-net=127.0.0.1
// got over loopback: JSON, search params, headers, a POST with a JSON body, retries on 503,
// an HTTP error, a redirect, a stream, and hooks.
import http from 'node:http';
import got from 'got';

let attempts = 0;
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/flaky') {
      attempts += 1;
      if (attempts < 3) { res.writeHead(503, { 'retry-after': '0' }); res.end('busy'); return; }
      res.end(`ok after ${attempts}`);
    } else if (url.pathname === '/missing') {
      res.writeHead(404); res.end('nope');
    } else if (url.pathname === '/moved') {
      res.writeHead(301, { location: '/json?from=moved' }); res.end();
    } else if (url.pathname === '/stream') {
      res.write('one,'); setTimeout(() => res.end('two'), 10);
    } else {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams),
        body: body || null, type: req.headers['content-type'] ?? null, custom: req.headers['x-custom'] ?? null }));
    }
  });
});

server.listen(0, '127.0.0.1', async () => {
  const client = got.extend({ prefixUrl: `http://127.0.0.1:${server.address().port}`, retry: { limit: 0 } });
  console.log(await client('json', { searchParams: { a: 1, b: 'x y' }, headers: { 'x-custom': 'yes' } }).json());
  console.log(await client.post('json', { json: { hello: 'world' } }).json());
  console.log((await client('flaky', { retry: { limit: 3, statusCodes: [503], calculateDelay: ({ computedValue }) => computedValue && 1 } })).body);
  try {
    await client('missing');
  } catch (err) {
    console.log(err.name, err.code, err.response.statusCode, err.response.body);
  }
  const moved = await client('moved');
  console.log(moved.redirectUrls.length, JSON.parse(moved.body).query);
  const chunks = [];
  for await (const chunk of client.stream('stream')) chunks.push(chunk.toString());
  console.log(chunks.join(''));
  const hooked = await client('json', { hooks: { beforeRequest: [(options) => { options.headers['x-custom'] = 'hooked'; }] } }).json();
  console.log(hooked.custom);
  server.close();
});
