// nodule-flags: --max-memory=128
// A store referencing a promise whose pending reaction keeps that store's context is
// a cycle the garbage collector frees: 2000 stores of 1000 objects would not fit in 128 MiB.
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
for (let i = 0; i < 2000; i++) {
  const store = { payload: Array.from({ length: 1000 }, (_, j) => ({ i, j })) };
  als.run(store, () => {
    store.pending = new Promise(() => {});
    store.pending.then(() => console.log('never'));
  });
}
console.log('done', als.getStore());
