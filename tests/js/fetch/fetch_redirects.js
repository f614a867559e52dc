// nodule-flags: --allow-net
// fetch's redirect modes: follow (relative and absolute Location, 303 and POST
// turning into GET, 307 keeping method and body, the limit of 20), manual and error.
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    const url = new URL(req.url, 'http://x');
    const to = url.searchParams.get('to');
    const status = Number(url.searchParams.get('status') ?? 302);
    if (url.pathname === '/loop') {
      const n = Number(url.searchParams.get('n'));
      res.writeHead(302, { Location: `/loop?n=${n + 1}` });
      res.end();
      return;
    }
    if (to !== null) {
      res.writeHead(status, { Location: to });
      res.end('redirecting');
      return;
    }
    res.end(`${req.method} ${req.url} type=${req.headers['content-type']} auth=${req.headers.authorization} body=${body}`);
  });
});

async function show(label, promise) {
  try {
    const res = await promise;
    const text = await res.text();
    console.log(label, res.status, res.redirected, res.url.replace(/:\d+/, ':PORT'), res.headers.get('location'), text);
  } catch (err) {
    console.log(label, err.name, err.message, err.cause?.message);
  }
}

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  await show('relative', fetch(`${base}/start?to=/final`));
  await show('absolute', fetch(`${base}/start?to=${encodeURIComponent(`${base}/abs`)}&status=301`));
  await show('chain', fetch(`${base}/a?to=${encodeURIComponent('/b?to=/c')}`));
  await show('302 POST', fetch(`${base}/p?to=/got`, { method: 'POST', body: 'data' }));
  await show('303 PUT', fetch(`${base}/p?to=/got&status=303`, { method: 'PUT', body: 'data' }));
  await show('307 POST', fetch(`${base}/p?to=/got&status=307`, { method: 'POST', body: 'kept', headers: { Authorization: 'x' } }));
  await show('308 POST', fetch(`${base}/p?to=/got&status=308`, { method: 'POST', body: new URLSearchParams('k=v') }));
  await show('manual', fetch(`${base}/m?to=/elsewhere`, { redirect: 'manual' }));
  await show('error', fetch(`${base}/e?to=/elsewhere`, { redirect: 'error' }));
  await show('loop', fetch(`${base}/loop?n=0`));
  await show('bad scheme', fetch(`${base}/s?to=${encodeURIComponent('ftp://example.test/')}`));
  await show('no location', fetch(`${base}/n?status=302`));
  server.close(() => console.log('closed'));
});
