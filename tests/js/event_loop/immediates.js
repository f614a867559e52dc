// Immediates queued while immediates run wait for the next loop iteration; ticks and
// microtasks drain between immediates.
setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate 3 (queued by 1)'));
  process.nextTick(() => console.log('tick in immediate 1'));
  Promise.resolve().then(() => console.log('promise in immediate 1'));
});
setImmediate(() => console.log('immediate 2'));
const cleared = setImmediate(() => console.log('never'));
clearImmediate(cleared);
setImmediate((a, b) => console.log('immediate args', a, b), 'x', 42);
