// nodule-flags: --allow-worker
// terminate() ends a busy worker and a waiting one; unref() lets the program end first.
const { Worker } = require('worker_threads');

(async () => {
  const busy = new Worker("require('worker_threads').parentPort.postMessage('spinning'); for (;;) {}", { eval: true });
  const exits = [];
  busy.on('exit', (code) => exits.push(['busy exit', code]));
  await new Promise((resolve) => busy.once('message', resolve));
  console.log('terminated with', await busy.terminate());
  const waiting = new Worker("require('worker_threads').parentPort.postMessage('waiting'); setInterval(() => {}, 1000)", { eval: true });
  waiting.on('exit', (code) => exits.push(['waiting exit', code]));
  await new Promise((resolve) => waiting.once('message', resolve));
  console.log('terminated with', await waiting.terminate());
  console.log('again after exit:', await waiting.terminate());
  console.log(exits);
  const forever = new Worker('setInterval(() => {}, 1000)', { eval: true });
  forever.on('exit', () => console.log('never printed: the program ends without waiting'));
  forever.unref();
  forever.ref();
  forever.unref();
  process.on('exit', () => console.log('program exits'));
})();
