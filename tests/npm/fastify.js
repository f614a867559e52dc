// nodule-flags: --allow-net=127.0.0.1
// A Fastify app: params and queries, JSON-schema validation errors, hooks, 404s,
// inject() (light-my-request builds its own ServerResponse), called over loopback
// with node-fetch.
const fastify = require('fastify')({ logger: false });
const fetch = require('node-fetch');

fastify.addHook('onRequest', async (req, reply) => { reply.header('x-hooked', req.method); });
fastify.get('/hi/:name', async (req) => ({ hello: req.params.name, query: req.query }));
fastify.post('/echo', {
  schema: { body: { type: 'object', required: ['n'], properties: { n: { type: 'number' } } } },
}, async (req, reply) => {
  reply.code(201);
  return { got: req.body };
});
fastify.get('/boom', async () => { throw new Error('handler failed'); });

fastify.listen({ port: 0, host: '127.0.0.1' }, async (err, address) => {
  if (err) throw err;
  const show = async (label, response) => console.log(label, response.status, response.headers.get('x-hooked'),
    response.headers.get('content-type'), await response.json());
  const json = { 'content-type': 'application/json' };
  await show('GET', await fetch(`${address}/hi/bob?x=1`));
  await show('POST', await fetch(`${address}/echo`, { method: 'POST', body: JSON.stringify({ n: 5 }), headers: json }));
  await show('invalid', await fetch(`${address}/echo`, { method: 'POST', body: JSON.stringify({ n: 'x' }), headers: json }));
  await show('error', await fetch(`${address}/boom`));
  await show('missing', await fetch(`${address}/nowhere`));
  const injected = await fastify.inject({ method: 'GET', url: '/hi/injected' });
  console.log('inject', injected.statusCode, injected.headers['x-hooked'], injected.json());
  await fastify.close();
  console.log('closed');
});
