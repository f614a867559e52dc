const EventEmitter = require('events');
const { once, on, errorMonitor, getEventListeners } = EventEmitter;
const e = new EventEmitter();
const log = [];
e.on('newListener', (name) => log.push(`new ${String(name)}`));
e.on('x', (a, b) => log.push(`x1 ${a} ${b}`));
e.prependListener('x', () => log.push('x0'));
e.once('x', () => log.push('x once'));
e.prependOnceListener('x', () => log.push('x prepended once'));
console.log(e.emit('x', 1, 2), e.emit('x', 3, 4), e.emit('nothing'), log);
console.log(e.listenerCount('x'), e.eventNames(), e.listeners('x').length, e.rawListeners('x').length, e.getMaxListeners());
const removed = [];
e.on('removeListener', (name) => removed.push(name));
const handler = () => {};
e.on('y', handler);
e.off('y', handler);
e.removeAllListeners('x');
console.log(removed, e.listenerCount('x'), EventEmitter.defaultMaxListeners, EventEmitter.listenerCount(e, 'y'));
try {
  e.emit('error', new Error('boom'));
} catch (err) {
  console.log('thrown', err.message);
}
try {
  e.emit('error', 'not an error');
} catch (err) {
  console.log(err.code, err.message, err.context);
}
e.on(errorMonitor, (err) => console.log('monitor saw', err.message));
e.on('error', (err) => console.log('handled', err.message));
e.emit('error', new Error('second'));
const leaky = new EventEmitter();
leaky.setMaxListeners(1);
leaky.on('a', () => {});
leaky.on('a', () => {});
process.on('warning', (w) => console.log('warning event', w.name, w.count, w.type));
const captured = new EventEmitter({ captureRejections: true });
captured.on('event', async () => {
  throw new Error('async listener failed');
});
captured.on('error', (err) => console.log('captured', err.message));
captured.emit('event');
console.log(getEventListeners(e, 'error').length, typeof once, typeof on);
try {
  e.on('z', 'not a function');
} catch (err) {
  console.log(err.code, err.message);
}
(async () => {
  const source = new EventEmitter();
  setTimeout(() => source.emit('ready', 'payload', 2), 1);
  console.log('once resolved', await once(source, 'ready'));
  const failing = new EventEmitter();
  setTimeout(() => failing.emit('error', new Error('rejected')), 1);
  await once(failing, 'done').catch((err) => console.log('once rejected', err.message));
  const ac = new AbortController();
  const pending = once(new EventEmitter(), 'never', { signal: ac.signal });
  ac.abort();
  await pending.catch((err) => console.log('aborted', err.name, err.code));
  const stream = new EventEmitter();
  setTimeout(() => {
    stream.emit('data', 1);
    stream.emit('data', 2);
    stream.emit('end');
  }, 1);
  const iterator = on(stream, 'data');
  stream.once('end', () => iterator.return());
  for await (const [value] of iterator) console.log('on yielded', value);
  console.log('done');
})();
