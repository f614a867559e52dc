// AsyncLocalStorage's and AsyncResource's API: enterWith, exit, disable, bind, snapshot, run's arguments.
const { AsyncLocalStorage, AsyncResource } = require('node:async_hooks');

const als = new AsyncLocalStorage();
// Callbacks run in an order that depends on timing, so what they saw is printed sorted at exit.
const seen = [];
const record = (...parts) => seen.push(parts.map(String).join(' '));
process.on('exit', () => console.log(seen.sort().join('\n')));
console.log(typeof AsyncLocalStorage, AsyncLocalStorage.name, AsyncLocalStorage.length);
console.log(Object.getOwnPropertyNames(AsyncLocalStorage).sort());
console.log(['disable', 'enterWith', 'run', 'exit', 'getStore'].map((name) => [name, AsyncLocalStorage.prototype[name].length]));
console.log(AsyncLocalStorage.bind.length, AsyncLocalStorage.snapshot.length);

console.log('initial', als.getStore());
console.log(
  'run returns',
  als.run({ id: 1 }, (a, b) => [a, b, als.getStore()], 'x', 'y'),
);
console.log(
  'run this',
  als.run(1, function () {
    return this === globalThis;
  }),
);

// exit: no store inside, the store again after.
als.run('kept', () => {
  console.log('exit returns', als.exit((a) => [a, als.getStore()], 'arg'));
  console.log('after exit', als.getStore());
  setTimeout(() => record('timer after exit', als.getStore()), 1);
  als.exit(() => setTimeout(() => record('timer inside exit', als.getStore()), 1));
});

// enterWith: the store for the rest of the synchronous run and what it schedules.
function entered() {
  als.enterWith('entered');
  console.log('enterWith', als.getStore());
  setImmediate(() => record('immediate after enterWith', als.getStore()));
}
als.run('before', () => {
  entered();
  console.log('same run after enterWith', als.getStore());
});
console.log('outside the run', als.getStore());

// An async function's enterWith does not leak to its caller after an await.
als.run('caller', async () => {
  await (async () => {
    await null;
    als.enterWith('callee');
  })();
  record('caller after callee enterWith', als.getStore());
});

// disable: getStore is undefined until the next run or enterWith.
const disabled = new AsyncLocalStorage();
disabled.run('first', () => {
  setTimeout(() => record('timer of a disabled storage', disabled.getStore()), 3);
  disabled.disable();
  console.log('after disable', disabled.getStore());
  disabled.run('second', () => console.log('run after disable', disabled.getStore()));
  console.log('after that run', disabled.getStore());
});
disabled.disable();

// bind and snapshot take the store of where they were called.
const bound = als.run('bound', () => AsyncLocalStorage.bind((x) => [x, als.getStore()]));
console.log('bind', bound('arg'), bound.length);
const snapshot = als.run('snapshot', () => AsyncLocalStorage.snapshot());
console.log('snapshot', typeof snapshot, als.run('elsewhere', () => snapshot((a, b) => [a, b, als.getStore()], 1, 2)));
try {
  AsyncLocalStorage.bind('not a function');
} catch (err) {
  console.log(err.name, err.code, err.message);
}

// Several storages are independent.
const a = new AsyncLocalStorage();
const b = new AsyncLocalStorage();
a.run('a', () => b.run('b', () => setTimeout(() => record('two storages', a.getStore(), b.getStore()), 1)));

// AsyncResource: runInAsyncScope and bind use the store of the resource's creation.
const resource = als.run('resource', () => new AsyncResource('Example'));
console.log('runInAsyncScope', resource.runInAsyncScope((x) => [x, als.getStore()], null, 'arg'));
const boundByResource = resource.bind(function () {
  return [this, als.getStore()];
});
console.log('resource.bind', boundByResource.call('self'));
const staticBound = als.run('static bind', () => AsyncResource.bind(() => als.getStore()));
console.log('AsyncResource.bind', staticBound());

// An EventEmitter whose listener is bound to the store of where it was added.
const EventEmitter = require('node:events');
const emitter = new EventEmitter();
als.run('listener added', () => emitter.on('go', AsyncResource.bind(() => console.log('bound listener', als.getStore()))));
als.run('emitted', () => emitter.emit('go'));

// A store may itself be a storage.
const first = new AsyncLocalStorage();
const second = new AsyncLocalStorage();
first.run(second, () =>
  second.run('inner', () => {
    console.log('store is a storage', first.getStore() === second, second.getStore());
    second.exit(() => console.log('exit keeps the other', first.getStore() === second, second.getStore()));
    first.exit(() => console.log('exit of the first', first.getStore(), second.getStore()));
  }),
);
