// 'uncaughtException' and 'unhandledRejection' listeners see the store of what failed.
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
// Callbacks run in an order that depends on timing, so what they saw is printed sorted at exit.
const seen = [];
const record = (...parts) => seen.push(parts.map(String).join(' '));
process.on('exit', () => console.log(seen.sort().join('\n')));
process.on('uncaughtException', (err) => record('uncaughtException', err.message, als.getStore()));
process.on('unhandledRejection', (err) => record('unhandledRejection', err.message, als.getStore()));

als.run('tick', () =>
  process.nextTick(() => {
    throw new Error('tick');
  }),
);
als.run('timer', () =>
  setTimeout(() => {
    throw new Error('timer');
  }, 1),
);
als.run('immediate', () =>
  setImmediate(() => {
    throw new Error('immediate');
  }),
);
als.run('rejection', () => Promise.reject(new Error('rejection')));
// Node reports a microtask's exception once its scope has closed, outside its store.
als.run('microtask', () =>
  queueMicrotask(() => {
    throw new Error('microtask');
  }),
);
als.run('async', async () => {
  await null;
  throw new Error('async function');
});
als.run('after', () => setTimeout(() => record('later', als.getStore()), 5));
