// What AsyncLocalStorage costs: a request-like async handler (three awaits) run 10^5
// times bare, inside als.run with getStore after every await, and inside two nested
// storages' runs. Prints { parts: ms, checks }; compare runtimes with
// `for r in node target/release/nodule; do $r bench/async-local-storage.js; done`.
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
const COUNT = 1e5;

async function handler(i, read) {
  let total = 0;
  for (let step = 0; step < 3; step++) {
    total += await i;
    if (read) total += als.getStore().id;
  }
  return total;
}

async function timed(fn) {
  const start = performance.now();
  const check = await fn();
  return [Math.round(performance.now() - start), check];
}

async function main() {
  const parts = {};
  const checks = {};
  [parts.bare, checks.bare] = await timed(async () => {
    let total = 0;
    for (let i = 0; i < COUNT; i++) total += await handler(i, false);
    return total;
  });
  [parts['als.run + getStore'], checks.run] = await timed(async () => {
    let total = 0;
    for (let i = 0; i < COUNT; i++) total += await als.run({ id: i }, () => handler(i, true));
    return total;
  });
  [parts['two storages nested'], checks.nested] = await timed(async () => {
    const outer = new AsyncLocalStorage();
    let total = 0;
    for (let i = 0; i < COUNT; i++) total += await outer.run(i, () => als.run({ id: i }, () => handler(i, true)));
    return total;
  });
  console.log(JSON.stringify({ parts, checks }));
}

main();
