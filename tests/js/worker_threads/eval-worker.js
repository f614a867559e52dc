// nodule-flags: --allow-worker
// `eval: true` workers: argv, env, process.exit, uncaught errors and relative paths.
const { Worker } = require('worker_threads');

function run(source, options) {
  return new Promise((resolve) => {
    const worker = new Worker(source, { eval: true, ...options });
    const events = [];
    worker.on('message', (message) => events.push(['message', message]));
    worker.on('error', (err) => events.push(['error', err instanceof Error, err.name, err.message, err.code]));
    worker.on('exit', (code) => resolve([...events, ['exit', code]]));
  });
}

(async () => {
  const report = "require('worker_threads').parentPort.postMessage";
  console.log(await run(`${report}(process.argv.slice(1))`, { argv: ['x', 1, true] }));
  console.log(await run(`${report}([process.env.ONLY, Object.keys(process.env).length])`, { env: { ONLY: 'one' } }));
  console.log(await run('process.exit(42)'));
  console.log(await run('process.exitCode = 5'));
  console.log(await run("throw new TypeError('bad thing')"));
  console.log(await run("Promise.reject(new RangeError('rejected'))"));
  console.log(await run('throw 42'));
  console.log(await run(`process.on('uncaughtException', (e) => ${report}('caught ' + e.message)); throw new Error('x')`));
  console.log(await run(`${report}([require('worker_threads').isMainThread, typeof require('worker_threads').threadId])`));
})();
