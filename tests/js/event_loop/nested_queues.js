// Ticks queued by ticks run before any promise; ticks queued by promises wait for the
// microtask queue to drain.
process.nextTick(() => {
  console.log('tick A');
  process.nextTick(() => console.log('tick A.1 (nested tick)'));
  Promise.resolve().then(() => {
    console.log('promise from tick A');
    process.nextTick(() => console.log('tick from promise'));
    Promise.resolve().then(() => console.log('promise from promise'));
  });
});
process.nextTick(() => console.log('tick B'));
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick queued by promise 1'));
}).then(() => console.log('promise 1 then'));
Promise.resolve().then(() => console.log('promise 2'));
