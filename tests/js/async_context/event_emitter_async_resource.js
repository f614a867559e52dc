// events.EventEmitterAsyncResource: listeners run in the store of the emitter's creation.
const { EventEmitterAsyncResource, EventEmitter } = require('node:events');
const { AsyncLocalStorage, AsyncResource } = require('node:async_hooks');

const als = new AsyncLocalStorage();
const emitter = als.run('created', () => new EventEmitterAsyncResource({ name: 'Thing' }));
emitter.on('event', (a, b) => console.log('listener', a, b, als.getStore()));
console.log('emit returns', als.run('emitting', () => emitter.emit('event', 1, 2)));
console.log('no listener', emitter.emit('nothing'));
console.log(
  emitter instanceof EventEmitter,
  emitter.asyncResource instanceof AsyncResource,
  typeof emitter.asyncId,
  typeof emitter.triggerAsyncId,
  emitter.asyncResource.eventEmitter === emitter,
);
console.log(Object.getOwnPropertyNames(EventEmitterAsyncResource.prototype));
console.log(EventEmitterAsyncResource.name, EventEmitterAsyncResource.length);
console.log(new EventEmitterAsyncResource('Named').asyncResource.constructor.name);
for (const options of [{ name: 1 }, undefined]) {
  try {
    new EventEmitterAsyncResource(options);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
// A subclass is named after itself and needs no name.
class Job extends EventEmitterAsyncResource {}
const job = als.run('job', () => new Job({ captureRejections: true }));
job.on('error', (err) => console.log('captured rejection', err.message, als.getStore()));
job.on('run', async () => {
  throw new Error('listener failed');
});
job.emit('run');
try {
  EventEmitterAsyncResource.prototype.emit.call({}, 'x');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
