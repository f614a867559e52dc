// events.getEventListeners for EventEmitters and EventTargets, including handleEvent
// objects, capture listeners, a signal's internal abort listener, and bad arguments.
const { EventEmitter, getEventListeners } = require('events');

const target = new EventTarget();
const fn = () => {};
const handler = { handleEvent() {} };
target.addEventListener('x', fn);
target.addEventListener('x', handler);
target.addEventListener('x', fn, { capture: true });
console.log(getEventListeners(target, 'x'), getEventListeners(target, 'y'));
target.removeEventListener('x', fn);
console.log(getEventListeners(target, 'x').length);

const controller = new AbortController();
target.addEventListener('z', () => {}, { signal: controller.signal });
console.log(getEventListeners(controller.signal, 'abort').length);
controller.abort();
console.log(getEventListeners(target, 'z').length);

const emitter = new EventEmitter();
emitter.on('e', fn);
emitter.once('e', fn);
console.log(getEventListeners(emitter, 'e').length);
try {
  getEventListeners({}, 'x');
} catch (err) {
  console.log(err.code);
}
