// nodule-flags: --allow-net=127.0.0.1
// An HTTP client's response events run in the store of the request, also on a
// keep-alive socket an earlier request opened, and for a request that waited for it.
const http = require('node:http');
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const server = http.createServer((req, res) => {
  console.log('server handler', req.url, als.getStore());
  als.run('handler', () => setTimeout(() => res.end('ok'), 1));
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const get = (name, done) =>
    als.run(name, () =>
      http.get({ port, host: '127.0.0.1', agent, path: `/${name}` }, (res) => {
        console.log('response', name, als.getStore());
        res.on('data', () => console.log('data', name, als.getStore()));
        res.on('end', () => {
          console.log('end', name, als.getStore());
          done();
        });
      }),
    );
  get('first', () =>
    get('second', () =>
      Promise.all([new Promise((resolve) => get('third', resolve)), new Promise((resolve) => get('fourth', resolve))]).then(
        () => {
          agent.destroy();
          server.close();
        },
      ),
    ),
  );
});
