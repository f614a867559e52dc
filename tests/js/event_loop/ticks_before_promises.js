// process.nextTick runs before promise callbacks; both before any timer.
const log = (what) => console.log(what);
setTimeout(() => log('timeout'), 0);
Promise.resolve().then(() => log('promise 1'));
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => log('promise 2'));
process.nextTick(() => log('tick 2'));
queueMicrotask(() => log('microtask'));
log('sync');
