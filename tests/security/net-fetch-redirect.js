// Its own granted server redirects fetch to the watched port, under several spellings and statuses.
// flags: --allow-net=127.0.0.1:{free}
const http = require('http');
const { port, free, refused, allowed, check, event, run } = require('./_hostile');

run(async () => {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/ok') return res.end('ok');
    res.writeHead(Number(url.searchParams.get('status')), { location: url.searchParams.get('to') });
    res.end();
  });
  server.listen(free, '127.0.0.1');
  await event(server, 'listening');
  const base = `http://127.0.0.1:${free}`;
  check('the granted server answers', (await allowed('fetch /ok', () => fetch(`${base}/ok`).then((r) => r.text()))) === 'ok', 'no');
  check(
    'a redirect inside the grant is followed',
    (await allowed('redirect to /ok', () => fetch(`${base}/r?status=302&to=/ok`).then((r) => r.text()))) === 'ok',
    'no',
  );
  const targets = [
    `http://127.0.0.1:${port}/`,
    `http://localhost:${port}/`,
    `http://[::1]:${port}/`,
    `//127.0.0.1:${port}/`,
    `http://2130706433:${port}/`,
  ];
  for (const status of [301, 302, 303, 307, 308]) {
    for (const to of targets) {
      const url = `${base}/r?status=${status}&to=${encodeURIComponent(to)}`;
      await refused(`${status} to ${to}`, ['ERR_ACCESS_DENIED'], () =>
        fetch(url).catch((err) => {
          throw err.cause ?? err;
        }),
      );
    }
  }
  server.close();
});
