// AsyncResource scopes and binding, execution ids inside them, createHook's checks.
const ah = require('async_hooks');

const resource = new ah.AsyncResource('JOB');
console.log(typeof resource.asyncId(), resource.triggerAsyncId() === ah.executionAsyncId());
console.log(ah.executionAsyncId(), ah.triggerAsyncId());
console.log(resource.runInAsyncScope(function (a, b) {
  return [this.x, a, b, ah.executionAsyncId() === resource.asyncId(), ah.executionAsyncResource() === resource];
}, { x: 1 }, 2, 3));
console.log(ah.executionAsyncId());
const staticBound = ah.AsyncResource.bind(function () { return this; }, 'T', { y: 2 });
console.log(staticBound(), staticBound.length);
const bound = resource.bind(function (a) { return [this, a, ah.executionAsyncId() === resource.asyncId()]; });
console.log(bound.call({ z: 1 }, 5), bound.length);
const hook = ah.createHook({ init() {} });
console.log(hook.enable() === hook, hook.disable() === hook, resource.emitDestroy() === resource);
for (const attempt of [() => new ah.AsyncResource(), () => new ah.AsyncResource('x', { triggerAsyncId: -2 }),
  () => ah.createHook({ init: 1 }), () => resource.bind(5)]) {
  try {
    attempt();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
