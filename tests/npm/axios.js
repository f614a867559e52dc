// nodule-flags: --allow-net=127.0.0.1
// axios over Node's http adapter: GET with params, JSON POST, headers, an error status,
// a timeout, and a redirect followed by follow-redirects.
const http = require('http');
const axios = require('axios');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    if (req.url === '/moved') {
      res.writeHead(302, { Location: '/target' });
      res.end();
    } else if (req.url === '/missing') {
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: 'nope' }));
    } else if (req.url === '/slow') {
      setTimeout(() => res.end('late'), 500);
    } else {
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('X-Custom', 'yes');
      res.end(JSON.stringify({ method: req.method, url: req.url, body, type: req.headers['content-type'] ?? null,
        agent: req.headers['user-agent'].split('/')[0], token: req.headers.authorization ?? null }));
    }
  });
});

server.listen(0, '127.0.0.1', async () => {
  const client = axios.create({ baseURL: `http://127.0.0.1:${server.address().port}` });
  const got = await client.get('/items', { params: { page: 2, tags: 'a b' } });
  console.log(got.status, got.headers['x-custom'], got.data);
  const posted = await client.post('/items', { name: 'nodule' }, { headers: { Authorization: 'Bearer t' } });
  console.log(posted.status, posted.data);
  const form = await client.post('/form', new URLSearchParams({ a: '1', b: '2' }));
  console.log(form.data.body, form.data.type);
  const redirected = await client.get('/moved');
  console.log(redirected.status, redirected.data.url);
  await client.get('/missing').catch((err) => console.log(err.name, err.message, err.response.status, err.response.data));
  await client.get('/slow', { timeout: 50 }).catch((err) => console.log(err.code, err.message));
  server.close();
});
