// Since Node 11 the tick and microtask queues drain after each timer callback, not
// after the whole batch of expired timers.
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('promise in timer 1'));
  process.nextTick(() => console.log('tick in timer 1'));
}, 0);
setTimeout(() => {
  console.log('timer 2');
  Promise.resolve().then(() => console.log('promise in timer 2'));
}, 0);
setTimeout(() => console.log('timer 3'), 0);
