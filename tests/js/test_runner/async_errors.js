// Errors nothing caught: they fail the test whose code raised them, and after it ended
// (or outside every test) are reported before the summary and fail the run.
const { test } = require('node:test');
Error.stackTraceLimit = 0;
test('throws later', async () => {
  setTimeout(() => {
    throw new Error('from a timer');
  }, 1);
  await new Promise((resolve) => setTimeout(resolve, 20));
});
test('rejects later', async () => {
  Promise.reject(new Error('unhandled'));
  await new Promise((resolve) => setTimeout(resolve, 20));
});
test('ends first', () => {
  setTimeout(() => {
    throw new Error('after the end');
  }, 5);
});
test('waits', () => new Promise((resolve) => setTimeout(resolve, 30)));
setTimeout(() => {
  throw new Error('outside every test');
}, 60);
