// A worker (and a worker it starts) tries what its parent may not: read the secret,
// write outside and over readonly.txt, connect, see the secret variable, start a
// process. Each must be refused as in the parent, while what the parent may do works.
// flags: --allow-worker --allow-fs-write=out --allow-env=HOSTILE_GRANTED
const { Worker } = require('worker_threads');
const { outside, port, free, check, run } = require('./_hostile');

const attempts = `
const fs = require('fs');
const { Worker } = require('worker_threads');
const { outside, secret, port, refused, allowed, check, connect, run } = require('./_hostile');
run(async () => {
  const denied = ['ERR_ACCESS_DENIED'];
  await refused('read the secret', denied, () => fs.readFileSync(secret, 'utf8'));
  await refused('read the secret, async', denied, () => fs.promises.readFile(secret, 'utf8'));
  await refused('write outside', denied, () => fs.writeFileSync(outside + '/pwned', 'x'));
  await refused('write readonly.txt', denied, () => fs.writeFileSync('readonly.txt', 'x'));
  await refused('connect', denied, () => connect({ port, host: '127.0.0.1' }));
  await refused('a process', denied, () => require('child_process').execSync('touch out/pwned'));
  check('the secret variable', process.env.HOSTILE_SECRET === undefined, process.env.HOSTILE_SECRET);
  check('the granted variable', process.env.HOSTILE_GRANTED === 'granted value', process.env.HOSTILE_GRANTED);
  await allowed('read readonly.txt', () => fs.readFileSync('readonly.txt', 'utf8'));
  await allowed('write out/', () => fs.writeFileSync('out/from-worker-' + require('worker_threads').threadId, 'ok'));
});
`;

/** Runs `source` in a worker (which prints its own verdict) and resolves with its exit status. */
function inWorker(source, env) {
  const worker = new Worker(source, { eval: true, argv: [outside, port, free], env });
  return new Promise((resolve) => worker.on('exit', resolve));
}

run(async () => {
  check('worker ended well', (await inWorker(attempts)) === 0, 'status');
  // A variable the parent names cannot make the host's value appear.
  check('env option', (await inWorker(attempts, { HOSTILE_GRANTED: 'granted value' })) === 0, 'status');
  const nested = `new (require('worker_threads').Worker)(${JSON.stringify(attempts)}, { eval: true, argv: process.argv.slice(2) })`;
  check('nested worker ended well', (await inWorker(nested)) === 0, 'status');
});
