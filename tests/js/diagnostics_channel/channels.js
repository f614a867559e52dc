// Channels, subscriptions, stores, tracing channels around sync, promise and callback
// calls, and a throwing subscriber.
const dc = require('diagnostics_channel');

const ch = dc.channel('app:request');
console.log(ch === dc.channel('app:request'), ch.name, ch.hasSubscribers, dc.hasSubscribers('app:request'));
const seen = [];
const onMessage = (message, name) => seen.push([name, message.id]);
dc.subscribe('app:request', onMessage);
console.log(ch.hasSubscribers, dc.hasSubscribers('app:request'), dc.hasSubscribers('never-made'));
ch.publish({ id: 1 });
console.log(seen, dc.unsubscribe('app:request', onMessage), dc.unsubscribe('app:request', onMessage), ch.hasSubscribers);
ch.publish({ id: 2 });
console.log(seen.length);

const store = { value: undefined, run(value, fn) { const old = this.value; this.value = value; try { return fn(); } finally { this.value = old; } } };
ch.bindStore(store, (data) => ({ wrapped: data.id }));
console.log(ch.runStores({ id: 3 }, function (a) { return [this.tag, a, store.value]; }, { tag: 't' }, 'arg'), store.value);
console.log(ch.unbindStore(store), ch.unbindStore(store));

const tc = dc.tracingChannel('app:work');
console.log(tc.start.name, tc.asyncEnd.name, tc.hasSubscribers);
const events = [];
const handlers = Object.fromEntries(['start', 'end', 'asyncStart', 'asyncEnd', 'error'].map((event) => [event,
  (ctx) => events.push(`${event}:${ctx.result ?? ''}${ctx.error ? ctx.error.message : ''}`)]));
tc.subscribe(handlers);
console.log(tc.traceSync((a, b) => a + b, {}, null, 2, 3));
try {
  tc.traceSync(() => { throw new Error('sync boom'); });
} catch (err) {
  console.log('caught', err.message);
}
console.log(events.splice(0));

(async () => {
  console.log(await tc.tracePromise(async (x) => x * 2, {}, null, 21));
  await tc.tracePromise(async () => { throw new Error('async boom'); }).catch((err) => console.log('rejected', err.message));
  console.log(events.splice(0));
  await new Promise((resolve) => tc.traceCallback((cb) => setTimeout(() => cb(null, 'done'), 1), -1, {}, null, (err, value) => {
    console.log('callback', err, value);
    resolve();
  }));
  console.log(events.splice(0), tc.unsubscribe(handlers), tc.hasSubscribers);

  for (const bad of [() => dc.channel(5), () => ch.subscribe('x'), () => dc.tracingChannel(5)]) {
    try {
      bad();
    } catch (err) {
      console.log(err.code, err.message);
    }
  }
  process.on('uncaughtException', (err) => console.log('uncaught', err.message));
  const loud = dc.channel('loud');
  loud.subscribe(() => { throw new Error('subscriber failed'); });
  loud.subscribe(() => console.log('second subscriber still runs'));
  loud.publish({});
})();
