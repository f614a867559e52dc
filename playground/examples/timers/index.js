// The order Node's event loop runs things in.
console.log('1: script start');

setTimeout(() => {
  console.log('6: setTimeout 0');
  // From a timer, the check phase (immediates) comes before the next timers phase.
  setTimeout(() => console.log('8: setTimeout 0 from a timer'), 0);
  setImmediate(() => console.log('7: setImmediate from a timer'));
}, 0);
process.nextTick(() => console.log('3: nextTick'));
Promise.resolve().then(() => console.log('4: promise microtask'));
queueMicrotask(() => console.log('5: queueMicrotask'));

setTimeout(() => {
  console.log('9: setTimeout 20');
  Promise.resolve().then(() => console.log('11: microtask inside a timer'));
  process.nextTick(() => console.log('10: nextTick inside a timer'));
}, 20);

const sleep = (ms, value) => new Promise((resolve) => setTimeout(resolve, ms, value));
(async () => {
  const results = await Promise.all([sleep(60, 'slow'), sleep(40, 'fast')]);
  console.log('12: Promise.all ->', results);
  const winner = await Promise.race([sleep(30, 'tortoise'), sleep(10, 'hare')]);
  console.log('13: Promise.race ->', winner);
  let ticks = 0;
  await new Promise((resolve) => {
    const interval = setInterval(() => {
      console.log(`14: interval tick ${++ticks}`);
      if (ticks === 3) {
        clearInterval(interval);
        resolve();
      }
    }, 5);
  });
  const started = Date.now();
  await require('node:timers/promises').setTimeout(50);
  console.log('15: waited at least 50 ms:', Date.now() - started >= 49);
})();

console.log('2: script end');
