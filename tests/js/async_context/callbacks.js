// The store follows ticks, timers, immediates, microtasks, I/O callbacks and EventEmitter's captureRejections.
const { AsyncLocalStorage } = require('node:async_hooks');
const EventEmitter = require('node:events');
const fs = require('node:fs');

// Callbacks run in an order that depends on timing, so what they saw is printed sorted at exit.
const seen = [];
const record = (...parts) => seen.push(parts.map(String).join(' '));
process.on('exit', () => console.log(seen.sort().join('\n')));

const als = new AsyncLocalStorage();

als.run('tick', () => process.nextTick((a, b) => record('nextTick', a, b, als.getStore()), 1, 2));
als.run('microtask', () => queueMicrotask(() => record('queueMicrotask', als.getStore())));
als.run('timeout', () => setTimeout((x) => record('setTimeout', x, als.getStore()), 1, 'arg'));
als.run('immediate', () => setImmediate(() => record('setImmediate', als.getStore())));
als.run('interval', () => {
  let count = 0;
  const timer = setInterval(() => {
    record('setInterval', count, als.getStore());
    if (++count === 2) clearInterval(timer);
  }, 1);
});
// A refreshed timer keeps the store of where it was created.
const refreshed = als.run('created', () => setTimeout(() => record('refreshed', als.getStore()), 5));
als.run('refreshing', () => refreshed.refresh());

// Nested: a tick inside a timer inside a run; a run inside the timer shadows it.
als.run('nest', () =>
  setTimeout(() => {
    process.nextTick(() => record('tick in timer', als.getStore()));
    als.run('inner', () => setImmediate(() => record('immediate in inner run', als.getStore())));
    record('timer body', als.getStore());
  }, 2),
);

// I/O callbacks and promises.
als.run('readFile', () =>
  fs.readFile(__filename, (err, data) => {
    record('readFile callback', err, data.length > 0, als.getStore());
    fs.stat(__filename, () => record('nested stat', als.getStore()));
  }),
);
als.run('fs.promises', async () => {
  await fs.promises.readFile(__filename);
  record('fs.promises', als.getStore());
});

// captureRejections: the 'error' listener runs in the store of the emit that failed.
const emitter = new EventEmitter({ captureRejections: true });
emitter.on('event', async () => {
  throw new Error('listener failed');
});
emitter.on('error', (err) => record('captured', err.message, als.getStore()));
als.run('emit', () => emitter.emit('event'));

// Listeners run in the emitter's caller's store, not the one they were added in.
const plain = new EventEmitter();
als.run('added', () => plain.on('ping', () => record('listener', als.getStore())));
als.run('emitted', () => plain.emit('ping'));

record('sync', als.getStore());
