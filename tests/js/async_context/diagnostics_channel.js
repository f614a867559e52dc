// diagnostics_channel stores bound to an AsyncLocalStorage follow await and timers, as OpenTelemetry-style tracing needs.
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const ch = dc.channel('x');
ch.bindStore(als, (data) => ({ wrapped: data }));
ch.runStores(5, async () => { console.log('in', als.getStore()); await null; console.log('after await', als.getStore()); setTimeout(() => console.log('timer', als.getStore()), 1); });
console.log('out', als.getStore());
const tc = dc.tracingChannel('y');
tc.start.bindStore(als, (d) => d.id);
tc.tracePromise(async () => { await null; console.log('traced', als.getStore()); }, { id: 'p' });
