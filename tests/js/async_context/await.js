// AsyncLocalStorage follows await, promise callbacks and thenables.
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const log = (label) => console.log(label, als.getStore(), other.getStore());

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

async function worker(name, rounds) {
  for (let i = 0; i < rounds; i++) {
    await null;
    log(`${name} loop ${i}`);
    await tick();
  }
  return `${name}:${als.getStore()}`;
}

async function main() {
  log('top');
  // Nested runs: the inner store shadows the outer one and goes away after.
  await als.run('outer', async () => {
    log('outer start');
    await other.run('other', async () => {
      await als.run('inner', async () => {
        await Promise.resolve();
        log('inner after await');
      });
      log('back in other');
    });
    log('outer end');
  });
  log('after outer');

  // Interleaved workers keep their own stores across awaits in loops.
  const results = await Promise.all([als.run('A', () => worker('A', 3)), als.run('B', () => worker('B', 3))]);
  console.log(results);
  log('after all');

  // .then callbacks take the store of where .then was called, not of where the promise resolved.
  let resolveLater;
  const pending = new Promise((resolve) => {
    resolveLater = resolve;
  });
  const seen = als.run('then-site', () => pending.then(() => als.getStore()));
  als.run('resolve-site', () => resolveLater());
  console.log('then store', await seen);

  // A thenable's then runs in the store of the code that resolved with it.
  const thenable = {
    then(resolve) {
      console.log('thenable then', als.getStore());
      resolve(als.getStore());
    },
  };
  console.log('thenable value', await als.run('thenable', async () => await thenable));
  console.log('resolved thenable', await als.run('resolve-thenable', () => Promise.resolve(thenable)));

  // Promise combinators.
  await als.run('combinators', async () => {
    const settled = await Promise.allSettled([Promise.reject(new Error('no')), tick().then(() => als.getStore())]);
    console.log(settled.map((r) => r.status), settled[1].value);
    console.log('race', await Promise.race([tick().then(() => als.getStore()), new Promise(() => {})]));
    console.log('any', await Promise.any([Promise.reject(new Error('x')), Promise.resolve().then(() => als.getStore())]));
  });

  // Errors: a rejected await keeps the store in catch and finally.
  await als.run('errors', async () => {
    try {
      await (async () => {
        await tick();
        throw new Error('boom');
      })();
    } catch (err) {
      console.log('caught', err.message, als.getStore());
    } finally {
      console.log('finally', als.getStore());
    }
    await Promise.reject(new Error('chained')).catch((err) => console.log('catch', err.message, als.getStore()));
  });

  // run returns the callback's value and rethrows its exception, restoring the store either way.
  try {
    als.run('throws', () => {
      throw new Error('sync');
    });
  } catch (err) {
    console.log('sync throw', err.message, als.getStore());
  }

  // Async generators and for await.
  async function* numbers() {
    for (let i = 0; i < 2; i++) {
      await tick();
      yield `${i}:${als.getStore()}`;
    }
  }
  await als.run('generator', async () => {
    for await (const n of numbers()) console.log('yielded', n, als.getStore());
  });

  // Timers started inside promise callbacks keep the store.
  await als.run('timer-in-promise', () =>
    Promise.resolve().then(
      () =>
        new Promise((resolve) =>
          setTimeout(() => {
            console.log('timeout in then', als.getStore());
            resolve();
          }, 1),
        ),
    ),
  );
  log('end');
}

main();
log('sync end');
