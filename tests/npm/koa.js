// nodule-flags: --allow-net=127.0.0.1
// A Koa app with @koa/router: async middleware in onion order, params, bodies, errors.
const net = require('net');
const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();
const order = [];

app.use(async (ctx, next) => {
  order.push('outer in');
  await next();
  order.push('outer out');
  ctx.set('X-Order', order.splice(0).join(','));
});
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: err.message };
  }
});
router.get('/', (ctx) => { ctx.body = 'koa home'; });
router.get('/items/:id', (ctx) => { ctx.body = { id: Number(ctx.params.id), query: ctx.query }; });
router.post('/echo', async (ctx) => {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  ctx.status = 201;
  ctx.body = { length: Buffer.concat(chunks).length, type: ctx.get('content-type') };
});
router.get('/teapot', (ctx) => ctx.throw(418, 'short and stout'));
router.get('/crash', () => { throw new Error('unexpected'); });
app.use(router.routes()).use(router.allowedMethods());

function request(port, method, target, body = '') {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let raw = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { raw += d; });
    socket.on('end', () => {
      const [head, ...rest] = raw.split('\r\n\r\n');
      const [status, ...lines] = head.split('\r\n');
      const kept = lines.filter((line) => /^(content-type|content-length|allow|x-order):/i.test(line));
      resolve(`${status}\n  ${kept.join('\n  ')}\n  body: ${JSON.stringify(rest.join('\r\n\r\n'))}`);
    });
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n` +
      `Content-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const [method, target, body] of [
    ['GET', '/'], ['GET', '/items/9?x=1&x=2'], ['POST', '/echo', 'twelve bytes'], ['GET', '/teapot'],
    ['GET', '/crash'], ['PUT', '/'], ['GET', '/missing'],
  ]) {
    console.log(method, target);
    console.log(await request(port, method, target, body));
  }
  server.close();
});
