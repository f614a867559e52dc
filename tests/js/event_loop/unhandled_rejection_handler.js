// 'unhandledRejection' gets the reason and the promise; a handler added later fires
// 'rejectionHandled'.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
process.on('rejectionHandled', (promise) => console.log('rejectionHandled:', promise instanceof Promise));
const late = Promise.reject(new Error('late'));
Promise.reject(42);
const caught = Promise.reject(new Error('caught in time'));
caught.catch(() => console.log('caught in the same tick'));
setTimeout(() => {
  late.catch(() => console.log('handled late'));
}, 5);
