// Promise-heavy work for the cost of the engine's async context (vendor/rquickjs-sys/patches):
// every promise reaction and job keeps the context current when it was created. Plain
// enough for native `qjs` too; prints one JSON line like bench/cpu.js. Run by bench/promises.sh.

function timed(fn) {
  const start = performance.now();
  return fn().then((check) => [performance.now() - start, check]);
}

async function awaitLoop(count) {
  let total = 0;
  for (let i = 0; i < count; i++) total += await i;
  return total;
}

function thenChain(length) {
  let promise = Promise.resolve(0);
  for (let i = 0; i < length; i++) promise = promise.then((value) => value + 1);
  return promise;
}

async function fanOut(rounds, width) {
  let total = 0;
  for (let round = 0; round < rounds; round++) {
    const values = await Promise.all(Array.from({ length: width }, (_, i) => Promise.resolve(i).then((v) => v * 2)));
    total += values.length;
  }
  return total;
}

async function nestedCalls(count) {
  const leaf = async (i) => i;
  const middle = async (i) => (await leaf(i)) + (await leaf(i + 1));
  let total = 0;
  for (let i = 0; i < count; i++) total += await middle(i);
  return total;
}

async function main() {
  const parts = {};
  const checks = {};
  [parts['await x1e6'], checks.await] = await timed(() => awaitLoop(1e6));
  [parts['then chain 3e5'], checks.then] = await timed(() => thenChain(3e5));
  [parts['Promise.all 1000x200'], checks.all] = await timed(() => fanOut(1000, 200));
  [parts['nested async 2e5'], checks.nested] = await timed(() => nestedCalls(2e5));
  parts.total = Object.values(parts).reduce((a, b) => a + b, 0);
  console.log(JSON.stringify({ parts, checks }));
}

main();
