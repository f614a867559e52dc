// nodule-flags: --allow-net=127.0.0.1 --allow-fs-read=.
// cls-rtracer's request ids (AsyncLocalStorage) through Express and Fastify handlers that await, wait on timers
// and read files, with concurrent requests; pino stamps every log line with the id through a mixin.
const rTracer = require('cls-rtracer');
const express = require('express');
const fastify = require('fastify');
const pino = require('pino');
const fs = require('node:fs');
const { setTimeout: sleep } = require('node:timers/promises');

const lines = [];
const logger = pino(
  { base: undefined, timestamp: false, mixin: () => ({ requestId: rTracer.id() ?? null }) },
  { write: (line) => lines.push(line.trim()) },
);

async function handle(label, delay) {
  logger.info({ label, step: 'start' });
  await sleep(delay);
  logger.info({ label, step: 'after timer' });
  const size = await new Promise((resolve, reject) =>
    fs.readFile(__filename, (err, data) => (err ? reject(err) : resolve(data.length))),
  );
  logger.info({ label, step: 'after readFile', read: size > 0 });
  await Promise.all([sleep(1), Promise.resolve()]);
  return rTracer.id();
}

async function requestAll(base, framework) {
  const ids = ['first', 'second', 'third'].map((name) => `${framework}-${name}`);
  const replies = await Promise.all(
    ids.map((id, i) => fetch(`${base}/work?delay=${(3 - i) * 5}`, { headers: { 'X-Request-Id': id } }).then((r) => r.json())),
  );
  for (const reply of replies) console.log(framework, reply);
}

async function main() {
  const app = express();
  app.use(rTracer.expressMiddleware({ useHeader: true }));
  app.get('/work', async (req, res) => {
    const id = await handle('express', Number(req.query.delay));
    res.json({ header: req.get('x-request-id'), seen: id });
  });
  const server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  await requestAll(`http://127.0.0.1:${server.address().port}`, 'express');
  server.close();

  const instance = fastify();
  instance.register(rTracer.fastifyPlugin, { useHeader: true });
  instance.get('/work', async (request) => {
    const id = await handle('fastify', Number(request.query.delay));
    return { header: request.headers['x-request-id'], seen: id };
  });
  await instance.listen({ port: 0, host: '127.0.0.1' });
  await requestAll(`http://127.0.0.1:${instance.server.address().port}`, 'fastify');
  await instance.close();

  console.log('outside a request:', rTracer.id());
  // Requests interleave, so the log is sorted; each line carries its own request's id.
  console.log(lines.sort().join('\n'));
}

main();
