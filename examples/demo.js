// A tour of the event loop as Node runs it, inside the sandbox.
const { setTimeout: sleep } = require('timers/promises');

console.log('1. synchronous code runs first');
process.nextTick(() => console.log('2. then process.nextTick callbacks'));
Promise.resolve().then(() => console.log('3. then promise callbacks (microtasks)'));
setTimeout(() => {
  console.log('5. timers fire in the timers phase');
  setImmediate(() => console.log('6. an immediate set by a timer runs before the next timer'));
}, 0);
queueMicrotask(() => console.log('4. queueMicrotask shares the microtask queue'));

async function countdown() {
  for (let i = 3; i > 0; i--) {
    console.log(`   countdown ${i}`);
    await sleep(100);
  }
  return 'lift-off';
}

setTimeout(async () => {
  console.log('7. async functions and awaited timers:');
  const started = performance.now();
  const result = await countdown();
  console.log(`8. ${result} after ${Math.round(performance.now() - started)} ms`);
  console.log('9. objects print as Node prints them:', { runtime: 'nodule', node: process.version, sandboxed: true, list: [1, 2, 3] });
}, 10);

process.on('exit', (code) => console.log(`10. 'exit' fired with code ${code}`));
