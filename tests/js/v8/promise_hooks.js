// v8.promiseHooks: init (with the parent `then` was called on), before and after a
// reaction, settled on fulfilment and on rejection; stop functions; argument checks;
// a hook's error is the program's uncaught exception.
const { promiseHooks } = require('v8');

const names = new Map();
const name = (promise) => names.get(promise) ?? '?';
const events = [];
const stop = promiseHooks.createHook({
  init: (promise, parent) => events.push(`init ${parent === undefined ? 'no parent' : `parent ${name(parent)}`}`),
  before: (promise) => events.push(`before ${name(promise)}`),
  after: (promise) => events.push(`after ${name(promise)}`),
  settled: (promise) => events.push(`settled ${name(promise)}`),
});

const resolved = Promise.resolve(1);
names.set(resolved, 'resolved');
const child = resolved.then((value) => {
  events.push(`reaction ${value}`);
  return value + 1;
});
names.set(child, 'child');
const rejected = Promise.reject(new Error('no'));
names.set(rejected, 'rejected');
const caught = rejected.catch(() => events.push('caught'));
names.set(caught, 'caught');
let resolveLater;
const later = new Promise((resolve) => {
  resolveLater = resolve;
});
names.set(later, 'later');

setTimeout(() => {
  resolveLater();
  stop();
  Promise.resolve().then(() => {});
  for (const event of events) console.log(event);

  for (const bad of [async () => {}, function* () {}, 'x', undefined]) {
    try {
      promiseHooks.onInit(bad);
    } catch (err) {
      console.log(err.code, err.message);
    }
  }
  try {
    promiseHooks.createHook({ settled: async function () {} });
  } catch (err) {
    console.log(err.code, err.message);
  }

  const seen = [];
  const stopInit = promiseHooks.onInit(() => seen.push('init'));
  const stopSettled = promiseHooks.onSettled(() => seen.push('settled'));
  Promise.resolve();
  stopInit();
  Promise.reject(new Error('x')).catch(() => {});
  stopSettled();
  stopSettled();
  Promise.resolve();
  console.log(seen.join(' '));

  process.on('uncaughtException', (err) => console.log('uncaught', err.message));
  const stopThrowing = promiseHooks.onInit(() => {
    stopThrowing();
    throw new Error('from a hook');
  });
  Promise.resolve();
  console.log('after the throwing hook');
}, 1);
